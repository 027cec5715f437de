package org.moneymen.web;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.util.stream.Collectors;

/** Says in plain words what is wrong with a request's JSON, never with Jackson's text (it names Java classes). */
final class BadJson {
    static final String FIELDS = "scenario, yaml, fileName, overrides";

    private BadJson() {
    }

    static String words(JsonProcessingException e) {
        String where = where(e.getLocation());
        if (e instanceof UnrecognizedPropertyException u) {
            return "The request has a field the server does not know, \"" + u.getPropertyName() + "\"" + where
                    + "; the fields are " + FIELDS + ".";
        }
        String original = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        if (original.startsWith("Duplicate field")) {
            // Jackson's words here are only "Duplicate field 'x'": safe to pass on with the place.
            return "The request gives a field twice (" + original.substring("Duplicate field ".length()) + ")" + where
                    + "; give each field once.";
        }
        if (e instanceof MismatchedInputException m) {
            String path = path(m);
            if (path.isEmpty()) {
                return "The request must be a JSON object with the fields " + FIELDS + where + ".";
            }
            return "The request's field \"" + path + "\" has the wrong kind of value" + where + ": scenario, yaml and"
                    + " fileName are text, overrides is an object of parameter paths to values.";
        }
        return "The request is not valid JSON" + where + "; send a JSON object with the fields " + FIELDS + ".";
    }

    private static String path(JsonMappingException e) {
        return e.getPath().stream().map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining("."));
    }

    private static String where(JsonLocation at) {
        if (at == null || at.getLineNr() < 1) {
            return "";
        }
        return " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
    }
}
