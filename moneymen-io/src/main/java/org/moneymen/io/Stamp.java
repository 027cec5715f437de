package org.moneymen.io;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * Which build wrote an output and the command that asked for it, written into every output so that a file says
 * where it came from.
 *
 * @param version the Maven project version of the build
 * @param commit the git commit the build was made from, with {@code -dirty} when the checkout had uncommitted or
 *               untracked files, or {@code unknown} when the sources were not a git checkout
 * @param command the command line as typed: {@code moneymen} and the arguments, quoted for a POSIX shell where needed
 */
public record Stamp(String version, String commit, String command) {
    /** The key the stamp goes under in JSON and YAML, and the prefix of its Parquet metadata keys. */
    public static final String KEY = "moneymen";

    /** What version or commit says when the build did not record it. */
    public static final String UNKNOWN = "unknown";

    /** Arguments that a POSIX shell reads as they are, with no quotes. */
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_@%+=:,./-]+");

    /** This build's version and commit, read once from the resource the build wrote (moneymen-io/pom.xml). */
    private static final Stamp BUILD = readBuild();

    /** This build's stamp for the command {@code moneymen ARGS}, with the arguments as the program received them. */
    public static Stamp of(List<String> args) {
        StringBuilder line = new StringBuilder("moneymen");
        for (String a : args) {
            line.append(' ').append(quote(a));
        }
        return new Stamp(BUILD.version, BUILD.commit, line.toString());
    }

    /** The stamp as written into JSON and Parquet: version, commit and command, in that order. */
    public Map<String, String> toMap() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("version", version);
        m.put("commit", commit);
        m.put("command", command);
        return m;
    }

    /** The stamp as a YAML block under {@link #KEY}, each value a double-quoted string, ending in a line end. */
    public String toYaml() {
        StringBuilder out = new StringBuilder(KEY).append(":\n");
        // A JSON string is a YAML double-quoted scalar, so JSON's escaping is YAML's.
        toMap().forEach((k, v) -> out.append("  ").append(k).append(": \"")
                .append(JsonStringEncoder.getInstance().quoteAsString(v)).append("\"\n"));
        return out.toString();
    }

    /** One argument as a POSIX shell needs it to read it back unchanged. */
    public static String quote(String arg) {
        if (PLAIN.matcher(arg).matches()) {
            return arg;
        }
        return "'" + arg.replace("'", "'\\''") + "'";
    }

    private static Stamp readBuild() {
        Properties p = new Properties();
        try (InputStream in = Stamp.class.getResourceAsStream("build.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read moneymen's build.properties", e);
        }
        String version = known(p.getProperty("version"));
        String commit = known(p.getProperty("commit"));
        if (!commit.equals(UNKNOWN) && "true".equals(p.getProperty("dirty"))) {
            commit += "-dirty";
        }
        return new Stamp(version, commit, "");
    }

    /** A value the build filled in, or {@link #UNKNOWN} for none or a placeholder left unfilled (an IDE's copy). */
    private static String known(String value) {
        return value == null || value.isBlank() || value.startsWith("${") ? UNKNOWN : value.trim();
    }
}
