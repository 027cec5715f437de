package org.moneymen.io.ftm;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.moneymen.model.config.StationKind;

/** Station cities the importer recognises in addresses and notes, with the kind of station each is. */
final class Stations {
    /** Where a company goes when the data names no station city abroad. */
    static final String UNKNOWN = "Abroad (city not in the data)";

    private static final Map<String, StationKind> CITIES = new LinkedHashMap<>();

    static {
        for (String c : new String[] {"Beijing", "Shanghai", "Shenyang", "Guangzhou", "Shenzhen", "Dalian",
            "Hong Kong", "Macau", "Zhuhai", "Vladivostok", "Moscow", "Khabarovsk", "Nakhodka", "Dubai", "Bangkok",
            "Kuala Lumpur", "Singapore", "Yangon", "Ulaanbaatar", "Hanoi", "Phnom Penh", "Vientiane", "Tehran",
            "Damascus", "Khartoum", "Windhoek", "Taipei"}) {
            CITIES.put(c, StationKind.MAJOR_CITY);
        }
        for (String c : new String[] {"Dandong", "Hunchun", "Yanji", "Tumen", "Ji'an", "Changbai"}) {
            CITIES.put(c, StationKind.BORDER);
        }
        for (String c : new String[] {"Berlin", "Vienna", "Rome", "Warsaw", "Sofia", "Bucharest", "Prague",
            "Geneva", "Minsk", "Belgrade", "Stockholm", "London", "Paris", "Madrid"}) {
            CITIES.put(c, StationKind.EUROPE);
        }
    }

    private Stations() {
    }

    /** The first station city named in a text (an address or a note), or null. */
    static String find(String text) {
        if (text == null) {
            return null;
        }
        String t = text.toLowerCase(Locale.ROOT);
        String best = null;
        int at = Integer.MAX_VALUE;
        for (String c : CITIES.keySet()) {
            int i = t.indexOf(c.toLowerCase(Locale.ROOT));
            if (i >= 0 && i < at) {
                best = c;
                at = i;
            }
        }
        return best;
    }

    /** The kind of station a city is (major city when unknown). */
    static StationKind kind(String city) {
        return CITIES.getOrDefault(city, StationKind.MAJOR_CITY);
    }
}
