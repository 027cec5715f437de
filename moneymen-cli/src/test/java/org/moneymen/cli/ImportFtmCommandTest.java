package org.moneymen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code moneymen import ftm} on a small FtM file written for the tests (no OpenSanctions data is shipped). */
final class ImportFtmCommandTest {
    static final Path SMALL = Path.of("src/test/resources/ftm/small.ftm.jsonl");

    @TempDir
    Path tmp;

    @Test
    void smallExport_importsIntoAScenarioThatValidatesRunsAndNamesEveryEntity() throws Exception {
        Path yaml = tmp.resolve("ftm.yaml");
        Cli imp = Cli.run("import", "ftm", SMALL.toString(), "--out", yaml.toString());
        assertThat(imp.status()).as(imp.err()).isZero();
        assertThat(imp.out()).contains("Person                  5        3  -> officials 3")
                .contains("not in force on 2016-01-01 1").contains("Spaceship").contains("Company.topics 1");
        assertThat(Cli.run("validate", yaml.toString()).status()).isZero();
        Path run = tmp.resolve("run");
        Cli r = Cli.run("run", yaml.toString(), "--out", run.toString(), "--set", "months=3");
        assertThat(r.status()).as(r.err()).isZero();
        List<String> net = Files.readAllLines(run.resolve("network.jsonl"));
        for (String[] named : new String[][] {{"company", "Test Daesong Bank", "t-bank"},
            {"company", "Test Kumgang Trading", "t-trade"}, {"company", "Test Front Ltd", "t-front"},
            {"official", "Kim Test-chol", "t-p1"}, {"official", "Ri Test-song", "t-p2"},
            {"official", "Pak Test-il", "t-p3"}}) {
            assertThat(net).as(named[1]).anyMatch(l -> l.contains("\"kind\":\"" + named[0] + "\"")
                    && l.contains("\"name\":\"" + named[1] + "\"") && l.contains("\"external_id\":\"" + named[2] + "\""));
        }
        // The designation's what-if, as printed, freezes the bank's three accounts on its day.
        Path frozen = tmp.resolve("frozen");
        Cli f = Cli.run("run", yaml.toString(), "--out", frozen.toString(), "--set", "months=3", "--set",
                "removals=[{date: 2016-03-02, account: 1}, {date: 2016-03-02, account: 2},"
                        + " {date: 2016-03-02, account: 3}]");
        assertThat(f.status()).as(f.err()).isZero();
        assertThat(Files.readAllLines(frozen.resolve("events.jsonl"))).filteredOn(l -> l.contains("\"cause\":\"frozen\""))
                .hasSize(3).allMatch(l -> l.contains("\"date\":\"2016-03-02\"") && l.contains("\"company\":1"));
        // Kim's wife is of the DPRK (a Family link): his family is held at home; the others' is left to the share.
        assertThat(net).anyMatch(l -> l.contains("\"external_id\":\"t-p1\"") && l.contains("\"family_at_home\":true"));
        // Pyongyang's owner organs become patrons; the head is the director, the employee is staff.
        String text = Files.readString(yaml);
        assertThat(text).contains("patron: office39_owner").contains("patron: ftm_test_reconnaissance_bureau")
                .contains("city: Dandong").contains("city: Shenyang")
                .contains("  - name: Kim Test-chol\n    external_id: t-p1\n    family_at_home: true\n")
                .contains("2016-03-02  Test Council TEST-DPRK -> company: Test Daesong Bank (t-bank)\n#     what-if:"
                        + " --set 'removals=[{date: 2016-03-02, account: 1}, {date: 2016-03-02, account: 2},"
                        + " {date: 2016-03-02, account: 3}]'\n")
                .doesNotContain("Unrelated Test GmbH").doesNotContain("Choe Test-ho");
    }

    @Test
    void reimport_givesTheSameFileByteForByte_andLineOrderDoesNotMatter() throws Exception {
        Path a = tmp.resolve("a.yaml");
        Path b = tmp.resolve("b.yaml");
        assertThat(Cli.run("import", "ftm", SMALL.toString(), "--out", a.toString()).status()).isZero();
        Path shuffled = tmp.resolve("small.ftm.jsonl");
        List<String> lines = new java.util.ArrayList<>(Files.readAllLines(SMALL));
        java.util.Collections.reverse(lines);
        Files.write(shuffled, lines);
        assertThat(Cli.run("import", "ftm", shuffled.toString(), "--out", b.toString()).status()).isZero();
        assertThat(Files.readAllBytes(b)).isEqualTo(Files.readAllBytes(a));
        assertThat(Cli.run("import", "ftm", SMALL.toString(), "--out", a.toString(), "--overwrite").status()).isZero();
        assertThat(Files.readAllBytes(a)).isEqualTo(Files.readAllBytes(b));
    }

    @Test
    void badLine_isRefusedWithLineAndColumn_exit2_andNothingWritten() throws Exception {
        Path bad = tmp.resolve("bad.jsonl");
        List<String> lines = Files.readAllLines(SMALL).stream().limit(3).collect(Collectors.toList());
        lines.add("{\"id\": \"x\", \"schema\": \"Person\", \"properties\": {\"name\": [\"Kim\", 7]}}");
        Files.write(bad, lines);
        Path out = tmp.resolve("out.yaml");
        Cli c = Cli.run("import", "ftm", bad.toString(), "--out", out.toString());
        assertThat(c.status()).isEqualTo(2);
        assertThat(c.err()).contains("bad.jsonl:4:64: \"properties.name\" must be a list of strings, found 7")
                .doesNotContain("Exception");
        Files.writeString(bad, "{\"id\": \"x\", \"schema\": \n");
        c = Cli.run("import", "ftm", bad.toString(), "--out", out.toString());
        assertThat(c.status()).isEqualTo(2);
        assertThat(c.err()).contains("bad.jsonl:1:").contains("not valid JSON");
        assertThat(out).doesNotExist();
    }

    @Test
    void aFileMoneymenDidNotWrite_isNeverReplaced() throws Exception {
        Path mine = tmp.resolve("notes.yaml");
        Files.writeString(mine, "my notes\n");
        Cli c = Cli.run("import", "ftm", SMALL.toString(), "--out", mine.toString(), "--overwrite");
        assertThat(c.status()).isEqualTo(2);
        assertThat(c.err()).contains("was not written by moneymen");
        assertThat(Files.readString(mine)).isEqualTo("my notes\n");
    }
}
