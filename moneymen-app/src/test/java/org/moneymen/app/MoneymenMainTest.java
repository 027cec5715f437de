package org.moneymen.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** The launcher's entry point: the command line's commands plus serve. */
final class MoneymenMainTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return MoneymenMain.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    @Test
    void helpListsServeBesideTheOtherCommands() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString()).contains("serve", "run", "explain", "sweep");
    }

    @Test
    void serveHelpNamesItsOptions() {
        assertThat(run("serve", "--help")).isZero();
        assertThat(out.toString()).contains("--port", "--host", "127.0.0.1", "--max-runs", "runs/web");
    }

    @Test
    void serveRefusesABadPortWithStatus2() {
        assertThat(run("serve", "--port", "70000")).isEqualTo(2);
        assertThat(err.toString()).contains("--port must be 0 to 65535, got 70000");
        assertThat(run("serve", "--port", "x")).isEqualTo(2);
    }
}
