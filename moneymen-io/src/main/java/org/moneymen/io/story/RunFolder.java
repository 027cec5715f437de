package org.moneymen.io.story;

import java.nio.file.Files;
import java.nio.file.Path;
import org.moneymen.io.RunFiles;

/** A run's output folder, checked: it exists and holds an event log. */
public final class RunFolder {
    private final Path dir;
    private Network network;

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
        return new RunFolder(dir);
    }

    /** The folder. */
    public Path dir() {
        return dir;
    }

    /** The event log. */
    public Path events() {
        return dir.resolve(RunFiles.EVENTS);
    }

    /** The network as the resolved scenario set it up (unknown if that file cannot be read). */
    public synchronized Network network() {
        if (network == null) {
            network = Network.read(dir.resolve(RunFiles.RESOLVED));
        }
        return network;
    }
}
