package org.moneymen.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code moneymen import}: makes a scenario from outside data (FollowTheMoney exports). */
@Command(name = "import", mixinStandardHelpOptions = true, subcommands = ImportFtmCommand.class,
        description = "Make a scenario from outside data: moneymen import ftm FILE.jsonl --out SCENARIO.yaml")
final class ImportCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name what to import: moneymen import ftm ...");
    }
}
