package org.moneymen.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The stamp: the build's version and commit as the build recorded them, and the command as a shell reads it back. */
final class StampTest {
    /** The project's root folder (tests run in the module's folder). */
    static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    @Test
    void theBuildRecordsTheProjectVersionAndTheCheckoutsCommitOrUnknownWithoutGit() throws Exception {
        Stamp build = Stamp.of(List.of());
        Matcher parent = Pattern.compile("<parent>.*?<version>([^<]+)</version>", Pattern.DOTALL)
                .matcher(Files.readString(Path.of("pom.xml")));
        assertThat(parent.find()).isTrue();
        assertThat(build.version()).isEqualTo(parent.group(1));
        // The build read the commit from git when the sources were a checkout; a copy without .git says unknown.
        Optional<String> head = git("rev-parse", "HEAD");
        if (head.isEmpty()) {
            assertThat(build.commit()).isEqualTo(Stamp.UNKNOWN);
        } else {
            boolean dirty = !git("status", "--porcelain").orElseThrow().isEmpty();
            assertThat(build.commit()).isEqualTo(head.get().trim() + (dirty ? "-dirty" : ""));
        }
    }

    /** What git prints for these arguments in the project's root, or nothing when it fails (no git, no checkout). */
    static Optional<String> git(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("git", "-C", ROOT.toString()));
        command.addAll(List.of(args));
        Process p;
        try {
            p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException e) {
            return Optional.empty();
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return p.waitFor() == 0 ? Optional.of(out) : Optional.empty();
    }

    @Test
    void theCommandIsMoneymenAndTheArgumentsQuotedOnlyWhereAShellNeedsIt() {
        assertThat(Stamp.of(List.of("run", "scenarios/baseline.yaml", "--seed", "2")).command())
                .isEqualTo("moneymen run scenarios/baseline.yaml --seed 2");
        assertThat(Stamp.of(List.of("run", "x.yaml", "--set", "purges=[{date: 2013-12-08, patron: jang}]")).command())
                .isEqualTo("moneymen run x.yaml --set 'purges=[{date: 2013-12-08, patron: jang}]'");
        assertThat(Stamp.quote("it's")).isEqualTo("'it'\\''s'");
        assertThat(Stamp.quote("")).isEqualTo("''");
    }

    @Test
    void aShellSplitsTheRecordedCommandBackIntoTheArgumentsGiven() throws Exception {
        List<String> args = List.of("sweep", "a b.yaml", "--set", "x=$HOME", "it's", "", "*", "semi;colon", "back\\slash",
                "\"double\"", "new\nline", "tab\there", "!bang", "~", "--by", "purges[0].date");
        String command = Stamp.of(args).command();
        // The shell reads the command line as typed and prints each word after "moneymen", NUL-terminated.
        Process sh = new ProcessBuilder("sh", "-c", "eval \"set -- $1\"; shift; printf '%s\\0' \"$@\"", "sh", command)
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String printed = new String(sh.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(sh.waitFor()).isZero();
        assertThat(List.of(printed.split("\0", -1))).containsExactlyElementsOf(withEmptyLast(args));
    }

    private static List<String> withEmptyLast(List<String> args) {
        List<String> out = new ArrayList<>(args);
        out.add("");
        return out;
    }

    @Test
    void theYamlBlockReadsBackToTheSameValuesWhateverTheCommandHolds() throws Exception {
        Stamp s = new Stamp("1.2.3", "abc-dirty", "moneymen sweep 'a: b' --set \"x=#1\" back\\slash\nnext: line");
        JsonNode yaml = new ObjectMapper(new YAMLFactory()).readTree(s.toYaml());
        assertThat(new ObjectMapper().convertValue(yaml.get(Stamp.KEY), Map.class)).isEqualTo(s.toMap());
        assertThat(yaml.size()).isEqualTo(1);
        assertThat(s.toYaml()).startsWith(Stamp.KEY + ":\n").endsWith("\n");
    }
}
