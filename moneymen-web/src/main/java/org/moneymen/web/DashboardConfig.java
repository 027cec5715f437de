package org.moneymen.web;

import java.nio.file.Path;
import java.util.List;
import org.moneymen.experiment.Runs;
import org.moneymen.io.Stamp;

/**
 * Where the dashboard listens, where it finds scenarios and writes runs, and its limits.
 *
 * @param host the address to bind (127.0.0.1 unless told otherwise)
 * @param port the port, or 0 for any free port
 * @param scenarios the folder of shipped scenarios (*.yaml)
 * @param runs the folder runs are written to, one sub-folder per run
 * @param maxRuns how many runs may go at once
 * @param maxRequestBytes the largest request body accepted (an uploaded scenario, say)
 * @param runner what runs a scenario
 * @param stamp what the runs' summaries say made them: this build and the command that started the server
 */
public record DashboardConfig(String host, int port, Path scenarios, Path runs, int maxRuns, long maxRequestBytes,
                              ScenarioRunner runner, Stamp stamp) {

    /** The defaults: 127.0.0.1:7070, scenarios/, runs/web/, two runs at once, requests up to 1 MB, stamp of serve. */
    public static DashboardConfig defaults() {
        return new DashboardConfig("127.0.0.1", 7070, Path.of("scenarios"), Path.of("runs", "web"), 2, 1 << 20,
                Runs::run, Stamp.of(List.of("serve")));
    }

    /** The same with another address. */
    public DashboardConfig withAddress(String newHost, int newPort) {
        return new DashboardConfig(newHost, newPort, scenarios, runs, maxRuns, maxRequestBytes, runner, stamp);
    }

    /** The same with other folders. */
    public DashboardConfig withFolders(Path newScenarios, Path newRuns) {
        return new DashboardConfig(host, port, newScenarios, newRuns, maxRuns, maxRequestBytes, runner, stamp);
    }

    /** The same with another limit on concurrent runs. */
    public DashboardConfig withMaxRuns(int n) {
        return new DashboardConfig(host, port, scenarios, runs, n, maxRequestBytes, runner, stamp);
    }

    /** The same with another runner. */
    public DashboardConfig withRunner(ScenarioRunner r) {
        return new DashboardConfig(host, port, scenarios, runs, maxRuns, maxRequestBytes, r, stamp);
    }

    /** The same with another stamp. */
    public DashboardConfig withStamp(Stamp s) {
        return new DashboardConfig(host, port, scenarios, runs, maxRuns, maxRequestBytes, runner, s);
    }
}
