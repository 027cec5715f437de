package org.moneymen.scenario;

/**
 * One thing wrong with a scenario: where it is, which parameter, and what is allowed.
 *
 * @param location where the offending value (or the map missing a key) is
 * @param path the parameter path, such as {@code quota.recall_line} or {@code companies[2].city}
 * @param message what is wrong and what is allowed
 */
public record Problem(Location location, String path, String message) {

    @Override
    public String toString() {
        return location + ": " + (path.isEmpty() ? "" : path + ": ") + message;
    }
}
