package org.moneymen.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.moneymen.io.RunFiles;
import org.moneymen.io.sweep.SweepStore;
import org.moneymen.io.story.StoryException;

/** The run folders the dashboard serves: real folders inside the runs folder, never a link out of it. */
final class RunFolders {
    /** A run id: letters, digits, dot, dash, underscore; never a path. */
    static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,120}");

    /** The files a finished run's folder must hold for the page to show it. */
    static final List<String> REQUIRED = List.of(RunFiles.SUMMARY, RunFiles.TIMESERIES, RunFiles.RESOLVED);

    private RunFolders() {
    }

    /**
     * The folder of a finished run with this id, if there is one: the id is never a path, and neither the folder nor
     * its summary is a link, so nothing outside the runs folder's real path is listed or served.
     */
    static Optional<Path> finished(Path root, String id) {
        return holding(root, id, RunFiles.SUMMARY);
    }

    /** The folder of a sweep or what-if with this id (it holds sweep.resolved.yaml), on the same terms as a run's. */
    static Optional<Path> sweep(Path root, String id) {
        return holding(root, id, SweepStore.RESOLVED);
    }

    private static Optional<Path> holding(Path root, String id, String marker) {
        if (id == null || !ID.matcher(id).matches()) {
            return Optional.empty();
        }
        Path dir = root.resolve(id).normalize();
        Path file = dir.resolve(marker);
        if (!dir.getParent().equals(root) || Files.isSymbolicLink(dir) || Files.isSymbolicLink(file)
                || !Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)
                || !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        try {
            // A link higher up (the runs folder itself may be one) is fine; what counts is that the run's real
            // folder sits directly in the runs folder's real folder.
            if (!dir.toRealPath().getParent().equals(root.toRealPath())) {
                return Optional.empty();
            }
        } catch (IOException e) {
            return Optional.empty();
        }
        return Optional.of(dir);
    }

    /** Reads a run folder, turning any fault in its files into {@link Damaged} with the run named. */
    static <T> T read(String id, Path dir, Reader<T> reader) throws StoryException {
        List<String> missing = REQUIRED.stream().filter(name -> Files.isSymbolicLink(dir.resolve(name))
                || !Files.isRegularFile(dir.resolve(name), LinkOption.NOFOLLOW_LINKS)).toList();
        if (!missing.isEmpty()) {
            throw new Damaged("The run '" + id + "' is incomplete: its folder has no " + String.join(" or ", missing)
                    + ", so it cannot be shown. Run the scenario again; the folder can be deleted.", null);
        }
        try {
            return reader.read();
        } catch (StoryException | Dashboard.NotFound | Dashboard.BadRequest e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new Damaged("The run '" + id + "' could not be read: a file in its folder is damaged or was"
                    + " changed by hand. Run the scenario again; the folder can be deleted.", e);
        }
    }

    /** What reads a run folder. */
    @FunctionalInterface
    interface Reader<T> {
        T read() throws IOException, StoryException;
    }

    /** A run folder whose files cannot be read as a run: answered 422 with words, its cause only in the log. */
    static final class Damaged extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Damaged(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
