package org.moneymen.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Nothing moneymen writes replaces a file or folder it did not make. Before a command writes a folder, the guard
 * looks at what is there: nothing, or an empty folder, is fine; a folder moneymen wrote (it holds the marker
 * {@link #MARKER} and only the files moneymen writes there) is replaced only when the user says {@code --overwrite};
 * anything else (a file, a link, a folder with other files) is never touched.
 */
public final class OutputGuard {
    /** The file {@link AtomicDirectory} puts in every folder it writes. */
    public static final String MARKER = ".moneymen";

    /** The kinds of folder moneymen writes, with the names each may hold. */
    public enum Kind {
        /** A run's output folder. */
        RUN("run folder", Set.of(MARKER, RunFiles.TIMESERIES, RunFiles.EVENTS, RunFiles.NETWORK, RunFiles.SUMMARY,
                RunFiles.RESOLVED, "charts")),
        /** A key-player analysis's folder ({@code keyplayers}). */
        KEYPLAYERS("key-player folder", Set.of(MARKER, "keyplayers.csv", "keyplayers.parquet", "accounts.csv",
                "sets.csv", "keyplayers.yaml", "scenario.resolved.yaml", "charts")),
        /** The charts {@code plot} writes. */
        CHARTS("charts folder", null);

        private final String words;
        private final Set<String> names;

        Kind(String words, Set<String> names) {
            this.words = words;
            this.names = names;
        }

        /** Whether a name is one moneymen writes in such a folder (charts: any .png or .svg). */
        boolean writes(String name) {
            if (names == null) {
                return name.equals(MARKER) || name.endsWith(".png") || name.endsWith(".svg");
            }
            return names.contains(name);
        }
    }

    /** Why a folder may not be written: the path and the reason, for the user. */
    public static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;

        Refused(String message) {
            super(message);
        }
    }

    private OutputGuard() {
    }

    /** Checks that a command may write a folder of this kind at {@code target}; throws saying why not. */
    public static void check(Path target, Kind kind, boolean overwrite, String option) throws Refused, IOException {
        if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        if (Files.isSymbolicLink(target)) {
            throw new Refused(target + " is a symbolic link; moneymen writes only folders it makes: give " + option
                    + " a new folder");
        }
        if (!Files.isDirectory(target)) {
            throw new Refused(target + " is a file, not a folder moneymen wrote; it is left as it is: give " + option
                    + " a new folder");
        }
        List<String> entries;
        try (Stream<Path> s = Files.list(target)) {
            entries = s.map(p -> p.getFileName().toString()).sorted().toList();
        }
        if (entries.isEmpty()) {
            return;
        }
        List<String> foreign = entries.stream().filter(n -> !kind.writes(n)).toList();
        if (!entries.contains(MARKER) || !foreign.isEmpty()) {
            String what = foreign.isEmpty() ? "it was not written by moneymen"
                    : "it holds files moneymen did not write (" + String.join(", ", foreign.subList(0,
                    Math.min(3, foreign.size()))) + (foreign.size() > 3 ? ", ..." : "") + ")";
            throw new Refused(target + " already exists and " + what + "; moneymen never replaces such a folder:"
                    + " give " + option + " a new folder");
        }
        if (!overwrite) {
            throw new Refused(target + " already holds a " + kind.words + " moneymen wrote; add --overwrite to"
                    + " replace it, or give " + option + " another folder");
        }
    }

    /**
     * Checks that a command may write one file at {@code target}: nothing there is fine; a regular file whose first
     * line is {@code header} (one moneymen wrote) is replaced only with {@code overwrite}; anything else never.
     */
    public static void checkFile(Path target, String header, boolean overwrite, String option)
            throws Refused, IOException {
        if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        if (!Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
            throw new Refused(target + " exists and is not a file moneymen wrote; it is left as it is: give " + option
                    + " a new file");
        }
        String first;
        try (var r = Files.newBufferedReader(target, java.nio.charset.StandardCharsets.UTF_8)) {
            char[] buf = new char[header.length()];
            int n = r.read(buf);
            first = n < 0 ? "" : new String(buf, 0, n);
        } catch (java.nio.charset.CharacterCodingException e) {
            first = "";
        }
        if (!first.equals(header)) {
            throw new Refused(target + " already exists and was not written by moneymen; moneymen never replaces"
                    + " such a file: give " + option + " a new file");
        }
        if (!overwrite) {
            throw new Refused(target + " already holds a file moneymen wrote; add --overwrite to replace it, or give "
                    + option + " another file");
        }
    }
}
