package org.moneymen.io.ftm;

import java.time.LocalDate;
import java.util.Locale;

/**
 * Which entities of an export are the network: parties with a country (or nationality, citizenship, jurisdiction)
 * of {@code country}, from {@code dataset} when one is named, and links in force on {@code asOf}.
 *
 * @param country ISO code in lower case (kp), or null for any country
 * @param dataset an FtM data set name, or null for any
 * @param asOf the day the network is taken at: links that started after it or ended before it are left out
 */
public record FtmFilter(String country, String dataset, LocalDate asOf) {

    /** Whether a party is in the network's core. */
    boolean inScope(FtmEntity e) {
        if (!FtmSchemas.PARTIES.contains(e.schema())) {
            return false;
        }
        if (dataset != null && !e.datasets().contains(dataset)) {
            return false;
        }
        return country == null || FtmSchemas.COUNTRIES.stream().flatMap(p -> e.values(p).stream())
                .anyMatch(c -> c.strip().toLowerCase(Locale.ROOT).equals(country));
    }

    /** Whether a link is in force on {@code asOf} (dates FtM gives as 2013, 2013-05 or 2013-05-02). */
    boolean inForce(FtmEntity link) {
        String day = asOf.toString();
        for (String start : link.values("startDate")) {
            if (cut(start).compareTo(day.substring(0, Math.min(day.length(), cut(start).length()))) > 0) {
                return false;
            }
        }
        for (String end : link.values("endDate")) {
            if (cut(end).compareTo(day.substring(0, Math.min(day.length(), cut(end).length()))) < 0) {
                return false;
            }
        }
        return true;
    }

    private static String cut(String date) {
        String d = date.strip();
        return d.length() > 10 ? d.substring(0, 10) : d;
    }
}
