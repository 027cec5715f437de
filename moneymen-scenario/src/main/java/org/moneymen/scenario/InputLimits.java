package org.moneymen.scenario;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Locale;

/**
 * The limits on what moneymen reads from a user: scenario and sweep files, {@code --set} values and the dashboard's
 * uploads all pass them, so a huge, endless or hostile input is refused at once with the limit named, never read
 * until memory or patience runs out.
 */
public final class InputLimits {
    /** The largest file (or text) read: 10 MB. */
    public static final long MAX_BYTES = 10L * 1024 * 1024;
    /** The longest line, in characters. */
    public static final int MAX_LINE = 100_000;
    /** The deepest nesting of mappings and lists. */
    public static final int MAX_DEPTH = 50;

    private InputLimits() {
    }

    /**
     * Reads a user's file as UTF-8 text after checking, without opening it, that it is a regular file (a link to one
     * is fine) of at most {@link #MAX_BYTES}; {@code what} names what is allowed ("a scenario file (YAML), such as
     * scenarios/baseline.yaml"). Every refusal is a problem located at the file.
     */
    public static String read(Path file, String what) throws ScenarioException {
        Location at = new Location(file.toString(), 0, 0);
        BasicFileAttributes attrs;
        try {
            attrs = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            throw new ScenarioException(new Problem(at, "", "no such file"));
        } catch (IOException e) {
            throw new ScenarioException(new Problem(at, "", "cannot read: " + e.getMessage()));
        }
        if (!attrs.isRegularFile()) {
            String kind = attrs.isDirectory() ? "a folder" : "a device, pipe or socket";
            throw new ScenarioException(new Problem(at, "", "is " + kind + ", not a regular file; give " + what));
        }
        if (attrs.size() > MAX_BYTES) {
            throw new ScenarioException(new Problem(at, "", tooBig(attrs.size())));
        }
        byte[] bytes;
        // Read at most one byte past the limit: a file that grows (or a /proc file that says it is empty) is still
        // bounded.
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes((int) MAX_BYTES + 1);
        } catch (IOException e) {
            throw new ScenarioException(new Problem(at, "", "cannot read: " + e.getMessage()));
        }
        if (bytes.length > MAX_BYTES) {
            throw new ScenarioException(new Problem(at, "", tooBig(bytes.length)));
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        checkLines(file.toString(), text);
        return text;
    }

    /** Checks text given in memory (an upload, an override): at most {@link #MAX_BYTES} and no line too long. */
    public static void check(String source, String text) throws ScenarioException {
        if (utf8Length(text, MAX_BYTES + 1) > MAX_BYTES) {
            throw new ScenarioException(new Problem(new Location(source, 0, 0), "",
                    tooBig(utf8Length(text, Long.MAX_VALUE))));
        }
        checkLines(source, text);
    }

    /** Refuses a {@code --set path=value} longer than {@link #MAX_LINE}, quoting only its start. */
    static void checkOverride(String text) throws ScenarioException {
        if (text.length() > MAX_LINE) {
            throw new ScenarioException(new Problem(Location.commandLine("--set " + abbreviate(text, 60)), "",
                    "is " + number(text.length()) + " characters long; an override (--set) may hold at most "
                            + number(MAX_LINE) + " characters (put a long value in the scenario file)"));
        }
    }

    /** Refuses the first line longer than {@link #MAX_LINE} characters, at its line and the column past the limit. */
    static void checkLines(String source, String text) throws ScenarioException {
        int line = 1;
        int start = 0;
        int n = text.length();
        for (int i = 0; i <= n; i++) {
            char c = i < n ? text.charAt(i) : '\n';
            if (c == '\n' || c == '\r') {
                if (i - start > MAX_LINE) {
                    throw new ScenarioException(new Problem(new Location(source, line, MAX_LINE + 1), "",
                            "line " + line + " is " + number(i - start) + " characters long; a line may hold at most "
                                    + number(MAX_LINE) + " characters (write a long list over several lines)"));
                }
                if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
                line++;
                start = i + 1;
            }
        }
    }

    /** A text shortened for an error message that quotes it. */
    public static String abbreviate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max) + "... (" + number(text.length()) + " characters)";
    }

    private static String tooBig(long bytes) {
        return "is " + megabytes(bytes) + " (" + number(bytes) + " bytes); the most moneymen reads is "
                + megabytes(MAX_BYTES) + " (" + number(MAX_BYTES) + " bytes)";
    }

    private static String megabytes(long bytes) {
        String mb = String.format(Locale.ROOT, "%.1f", bytes / (1024.0 * 1024.0));
        return (mb.endsWith(".0") ? mb.substring(0, mb.length() - 2) : mb) + " MB";
    }

    private static String number(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /** The UTF-8 length of a text, counted up to {@code stop}. */
    private static long utf8Length(String text, long stop) {
        long bytes = 0;
        for (int i = 0; i < text.length() && bytes < stop; i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                bytes++;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1))) {
                bytes += 4;
                i++;
            } else {
                bytes += 3;
            }
        }
        return bytes;
    }
}
