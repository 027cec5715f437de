package org.moneymen.io.ftm;

import java.util.Locale;

/** The state bodies the model knows, recognised by name in an export. */
final class KnownOrgans {
    private KnownOrgans() {
    }

    /** The model's organ id for a body's name, or null when it is not one of them. */
    static String idOf(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.matches(".*\\b(office|bureau|room|division) (no\\.? ?)?39\\b.*")) {
            return "office39";
        }
        if (n.contains("general staff")) {
            return "gsd";
        }
        if (n.contains("state security")) {
            return "ssd";
        }
        if (n.contains("administrative department")) {
            return "admin";
        }
        if (n.contains("state planning commission")) {
            return "planning";
        }
        return null;
    }
}
