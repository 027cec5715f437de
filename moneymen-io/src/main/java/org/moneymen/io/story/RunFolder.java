package org.moneymen.io.story;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.moneymen.io.RunFiles;
import org.moneymen.io.network.NetworkFile;

/** A run's output folder, checked: it exists and holds an event log and the network the model wrote. */
public final class RunFolder {
    private final Path dir;
    private NetworkFile network;

    private RunFolder(Path dir) {
        this.dir = dir;
    }

    /** Opens a run folder, or says what is wrong with it. */
    public static RunFolder open(Path dir) throws StoryException {
        if (!Files.exists(dir)) {
            throw new StoryException("no such folder: " + dir);
        }
        if (!Files.isDirectory(dir)) {
            throw new StoryException(dir + " is not a folder; give the folder a run wrote (moneymen run --out DIR)");
        }
        if (!Files.isRegularFile(dir.resolve(RunFiles.EVENTS))) {
            throw new StoryException(dir + " is not a run folder: it has no " + RunFiles.EVENTS
                    + " (moneymen run writes one into its --out folder)");
        }
        requireNetwork(dir);
        return new RunFolder(dir);
    }

    /**
     * Refuses a folder written before runs wrote their network: its companies, cities and organs could only be
     * guessed from the scenario, and on a scaled scenario the guess names the wrong ones.
     */
    public static void requireNetwork(Path dir) throws StoryException {
        if (!Files.isRegularFile(dir.resolve(RunFiles.NETWORK))) {
            throw new StoryException(dir + " was written by an older version of moneymen: it has no "
                    + RunFiles.NETWORK + ", the network the run's events name; run it again (moneymen run "
                    + dir.resolve(RunFiles.RESOLVED) + " --out NEW_DIR)");
        }
    }

    /** The folder. */
    public Path dir() {
        return dir;
    }

    /** The event log. */
    public Path events() {
        return dir.resolve(RunFiles.EVENTS);
    }

    /**
     * The network's organs, patron persons, cities, companies and officials as the model wrote them, read once:
     * what stories, tables and the network view name (its posts, counterparts, accounts and deals are not read).
     */
    public synchronized NetworkFile network() throws StoryException {
        if (network == null) {
            network = readNetwork(dir);
        }
        return network;
    }

    /** The kinds of entity readers name: the rest of a large run's network (its deals above all) is left unread. */
    private static final Set<String> NAMED_KINDS = Set.of("organ", "patron", "city", "company", "official");

    /** A run folder's named entities (as {@link #network()}), or a clear error when the file is missing or bad. */
    public static NetworkFile readNetwork(Path dir) throws StoryException {
        requireNetwork(dir);
        Path f = dir.resolve(RunFiles.NETWORK);
        try {
            return NetworkFile.read(f, NAMED_KINDS);
        } catch (IOException e) {
            throw new StoryException("cannot read " + f + ": " + e.getMessage(), e);
        }
    }
}
