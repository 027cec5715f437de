package org.moneymen.io.ftm;

import java.util.List;
import java.util.Map;

/**
 * One FollowTheMoney entity as a line of an export holds it: every property value is a list of strings, and links
 * are entities whose properties name the ids they join.
 *
 * @param id the entity's FtM id
 * @param schema its schema (Person, Company, Ownership, ...)
 * @param properties property name to values, in the file's order
 * @param datasets the data sets it comes from
 * @param where file:line it was read at, for messages
 */
public record FtmEntity(String id, String schema, Map<String, List<String>> properties, List<String> datasets,
                        String where) {

    /** The values of a property, empty when it has none. */
    public List<String> values(String property) {
        return properties.getOrDefault(property, List.of());
    }

    /** The first value of a property, or null. */
    public String first(String property) {
        List<String> v = values(property);
        return v.isEmpty() ? null : v.get(0);
    }

    /** The entity's caption: its first name, or its id when it has none. */
    public String caption() {
        String n = first("name");
        return n == null || n.isBlank() ? id : n.strip();
    }
}
