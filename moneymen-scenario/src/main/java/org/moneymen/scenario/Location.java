package org.moneymen.scenario;

/**
 * Where a value came from: a file with 1-based line and column, or a command-line override.
 *
 * @param source file name as the user gave it, or the override text such as {@code --set quota.ratchet=2}
 * @param line 1-based line, 0 when the source has no lines
 * @param column 1-based column, 0 when the source has no columns
 */
public record Location(String source, int line, int column) {

    /** A location for a value given on the command line. */
    public static Location commandLine(String text) {
        return new Location(text, 0, 0);
    }

    @Override
    public String toString() {
        return line > 0 ? source + ":" + line + ":" + column : source;
    }
}
