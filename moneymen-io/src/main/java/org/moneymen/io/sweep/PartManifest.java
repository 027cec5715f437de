package org.moneymen.io.sweep;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.moneymen.io.AtomicDirectory;

/**
 * A sweep folder's record of its Parquet parts, {@code parts.jsonl}: one line per part written, with its file name
 * (relative to the folder), row count, size in bytes and SHA-256, such as
 * {@code {"file":"runs/part-00003.parquet","rows":40,"bytes":10619,"sha256":"9f86..."}}. A batch's two lines are
 * appended in one write, forced to disk, once both its parts are whole under their temporary names and just before
 * they are renamed into place, so every part in place is recorded; a line cut short by a kill is ignored when read. The whole file is rewritten atomically (a temporary file, then a rename)
 * when a sweep starts, when a resume has checked it, and in part order when a sweep finishes, so a finished folder is
 * the same bytes whatever engine or thread count wrote it.
 */
final class PartManifest {
    /** The manifest's name in a sweep folder. */
    static final String FILE = "parts.jsonl";
    /** The part files a manifest may name. */
    private static final Pattern NAME = Pattern.compile("(runs|series)/part-\\d{5,}\\.parquet");
    /** Longer lines are not ours: skipped unread. */
    private static final int MAX_LINE = 1000;
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One recorded part. */
    record Entry(String file, long rows, long bytes, String sha256) {
        String line() {
            return "{\"file\":\"" + file + "\",\"rows\":" + rows + ",\"bytes\":" + bytes + ",\"sha256\":\"" + sha256
                    + "\"}\n";
        }
    }

    private PartManifest() {
    }

    /** The entry for a part recorded as {@code file} (relative to the folder), whose bytes are now at {@code p}. */
    static Entry describe(Path p, String file, long rows) throws IOException {
        return new Entry(file, rows, Files.size(p), sha256(p, Long.MAX_VALUE));
    }

    /**
     * The recorded parts by file name, in the order recorded (a later line for the same file wins), or null when the
     * folder has no manifest (written before parts were recorded). Lines that are not whole entries are skipped.
     */
    static Map<String, Entry> read(Path dir) throws IOException, StoreException {
        Path f = dir.resolve(FILE);
        if (!Files.exists(f, LinkOption.NOFOLLOW_LINKS)) {
            return null;
        }
        if (!Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS)) {
            throw new StoreException(f + " is not a file; it should be the sweep's record of its parts (remove it,"
                    + " and sweep --resume reads every part and records it again)");
        }
        Map<String, Entry> out = new LinkedHashMap<>();
        try (BufferedReader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
            StringBuilder line = new StringBuilder();
            int c;
            while ((c = r.read()) >= 0) {
                if (c != '\n') {
                    if (line.length() <= MAX_LINE) {
                        line.append((char) c);
                    }
                    continue;
                }
                Entry e = parse(line.toString());
                if (e != null) {
                    out.remove(e.file());
                    out.put(e.file(), e);
                }
                line.setLength(0);
            }
            // Text after the last newline is a line a kill cut short: not an entry.
        }
        return out;
    }

    private static Entry parse(String line) {
        if (line.length() > MAX_LINE) {
            return null;
        }
        try {
            JsonNode n = JSON.readTree(line);
            if (n == null || !n.isObject() || !n.path("file").isTextual() || !n.path("rows").canConvertToLong()
                    || !n.path("bytes").canConvertToLong() || !n.path("sha256").isTextual()) {
                return null;
            }
            String file = n.get("file").asText();
            String sha = n.get("sha256").asText();
            if (!NAME.matcher(file).matches() || !sha.matches("[0-9a-f]{64}")) {
                return null;
            }
            return new Entry(file, n.get("rows").asLong(), n.get("bytes").asLong(), sha);
        } catch (IOException e) {
            return null;
        }
    }

    /** Replaces the manifest with these entries, atomically. */
    static void rewrite(Path dir, Collection<Entry> entries) throws IOException {
        StringBuilder out = new StringBuilder();
        entries.forEach(e -> out.append(e.line()));
        AtomicDirectory.writeFile(dir.resolve(FILE), out.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** Appends entries in one write and forces them to disk. */
    static void append(Path dir, Collection<Entry> entries) throws IOException {
        StringBuilder out = new StringBuilder();
        entries.forEach(e -> out.append(e.line()));
        ByteBuffer bytes = ByteBuffer.wrap(out.toString().getBytes(StandardCharsets.UTF_8));
        try (FileChannel ch = FileChannel.open(dir.resolve(FILE), StandardOpenOption.WRITE, StandardOpenOption.APPEND,
                StandardOpenOption.CREATE)) {
            while (bytes.hasRemaining()) {
                ch.write(bytes);
            }
            ch.force(false);
        }
    }

    /**
     * What is wrong with a recorded part as it is on disk, in a few words ("missing", "checksum mismatch"), or null
     * when it is the file recorded: a regular file of the recorded size with the recorded SHA-256.
     */
    static String problem(Path dir, Entry e) throws IOException {
        Path p = dir.resolve(e.file());
        if (!Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
            return "missing";
        }
        if (!Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
            return "not a regular file";
        }
        long size = Files.size(p);
        if (size != e.bytes()) {
            return (size < e.bytes() ? "truncated" : "grown") + " to " + size + " bytes (" + e.bytes() + " recorded)";
        }
        return sha256(p, e.bytes()).equals(e.sha256()) ? null : "checksum mismatch";
    }

    /** The SHA-256 of a file's first {@code max} bytes, in hex. */
    private static String sha256(Path p, long max) throws IOException {
        MessageDigest md;
        try {
            md = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
        byte[] buf = new byte[1 << 16];
        long left = max;
        try (InputStream in = Files.newInputStream(p)) {
            int n;
            while (left > 0 && (n = in.read(buf, 0, (int) Math.min(buf.length, left))) > 0) {
                md.update(buf, 0, n);
                left -= n;
            }
        }
        return HexFormat.of().formatHex(md.digest());
    }
}
