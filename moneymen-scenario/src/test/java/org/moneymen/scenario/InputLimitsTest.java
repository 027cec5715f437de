package org.moneymen.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What moneymen reads from a user is bounded: a file over 10 MB, a line over 100,000 characters, something that is not
 * a regular file, an alias, nesting past 50 levels, a --set over the line limit: each is refused at once, located, with
 * the limit or what is allowed named.
 */
final class InputLimitsTest {
    static final Path BASELINE = Path.of("..", "scenarios", "baseline.yaml");

    @TempDir
    Path tmp;

    static Problem refused(Path file, String... sets) {
        try {
            ScenarioLoader.load(file, List.of(sets));
        } catch (ScenarioException e) {
            assertThat(e.problems()).hasSize(1);
            return e.problems().get(0);
        }
        throw new AssertionError("expected " + file + " to be refused");
    }

    static Problem refusedText(String text) {
        try {
            ScenarioLoader.parse("s.yaml", text, List.of());
        } catch (ScenarioException e) {
            assertThat(e.problems()).hasSize(1);
            return e.problems().get(0);
        }
        throw new AssertionError("expected the text to be refused");
    }

    @Test
    void anElevenMegabyteFile_isRefusedNamingTheLimit() throws IOException {
        Path f = tmp.resolve("big.yaml");
        Files.writeString(f, "name: big\n");
        try (RandomAccessFile raf = new RandomAccessFile(f.toFile(), "rw")) {
            raf.setLength(11L * 1024 * 1024);
        }
        Problem p = refused(f);
        assertThat(p.location()).isEqualTo(new Location(f.toString(), 0, 0));
        assertThat(p.message()).isEqualTo("is 11 MB (11,534,336 bytes); the most moneymen reads is 10 MB"
                + " (10,485,760 bytes)");
    }

    @Test
    void aTwentyMegabyteOneLineName_isRefusedNamingTheLimit_asAFileAndAsText() throws IOException {
        String text = "name: " + "x".repeat(20_000_000) + "\n";
        Path f = tmp.resolve("long.yaml");
        Files.writeString(f, text);
        assertThat(refused(f).message()).contains("the most moneymen reads is 10 MB");
        assertThat(refusedText(text).message()).contains("is 19.1 MB (20,000,007 bytes)", "10 MB");
    }

    @Test
    void aLineOverTheLineLimit_isRefusedAtItsLine() throws IOException {
        Path f = tmp.resolve("line.yaml");
        Files.writeString(f, "months: 12\r\nstart: 2013-01-01\nname: " + "x".repeat(2_000_000) + "\n");
        Problem p = refused(f);
        assertThat(p.location()).isEqualTo(new Location(f.toString(), 3, 100_001));
        assertThat(p.message()).isEqualTo("line 3 is 2,000,006 characters long; a line may hold at most 100,000"
                + " characters (write a long list over several lines)");
        assertThat(refusedText("name: " + "y".repeat(100_001)).location()).isEqualTo(new Location("s.yaml", 1, 100_001));
    }

    @Test
    void devZeroAFolderAndAPipe_areRefusedSayingWhatIsAllowed() throws Exception {
        Problem zero = refused(Path.of("/dev/zero"));
        assertThat(zero.toString()).isEqualTo("/dev/zero: is a device, pipe or socket, not a regular file; give a"
                + " scenario file (YAML), such as scenarios/baseline.yaml");
        assertThat(refused(tmp).message()).startsWith("is a folder, not a regular file; give a scenario file");
        Path fifo = tmp.resolve("fifo");
        Assumptions.assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "mkfifo");
        assertThat(refused(fifo).message()).startsWith("is a device, pipe or socket, not a regular file");
        Path link = tmp.resolve("link.yaml");
        Files.createSymbolicLink(link, Path.of("/dev/zero"));
        assertThat(refused(link).message()).startsWith("is a device, pipe or socket");
        Files.delete(link);
    }

    @Test
    void billionLaughs_isALocatedErrorAtTheFirstAlias() {
        StringBuilder b = new StringBuilder("name: laughs\nlol0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (int i = 1; i < 10; i++) {
            b.append("lol").append(i).append(": &a").append(i).append(" [")
                    .append(String.join(", ", java.util.Collections.nCopies(9, "*a" + (i - 1)))).append("]\n");
        }
        Problem p = refusedText(b.toString());
        assertThat(p.location()).isEqualTo(new Location("s.yaml", 3, 12));
        assertThat(p.message()).startsWith("'*a0' is a YAML alias; moneymen reads no aliases");
        // An alias is never read as the text of its name, as the streaming parser would give it.
        assertThat(refusedText("name: &n tiny\ndescription: *n\n").message()).contains("'*n' is a YAML alias");
    }

    @Test
    void nestingPastFiftyLevels_isALocatedError() {
        Problem p = refusedText("name: deep\nx: " + "[".repeat(60) + "]".repeat(60) + "\n");
        assertThat(p.location()).isEqualTo(new Location("s.yaml", 2, 53));
        assertThat(p.message()).isEqualTo("nested more than 50 levels deep; mappings and lists may nest at most 50"
                + " levels");
    }

    @Test
    void aSetOverTheLineLimit_isRefusedNamingItShortly() {
        Problem p = refused(BASELINE, "name=" + "x".repeat(20_000_000));
        assertThat(p.location().source()).startsWith("--set name=xxx").endsWith("... (20,000,005 characters)")
                .hasSizeLessThan(120);
        assertThat(p.message()).isEqualTo("is 20,000,005 characters long; an override (--set) may hold at most"
                + " 100,000 characters"
                + " (put a long value in the scenario file)");
    }

    @Test
    void theShippedScenarios_areWellWithinTheLimits() throws Exception {
        for (String s : List.of("baseline", "recall-2016", "purge-2013", "world")) {
            assertThat(ScenarioLoader.load(Path.of("..", "scenarios", s + ".yaml"), List.of())).isNotNull();
        }
    }
}
