package org.rarewatch.app.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code ./rarewatch import KIND FILE...}: official data releases into the database. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Import official data releases into the database, with provenance.",
        subcommands = {ImportCwtCommand.class})
public class ImportCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "say what to import, e.g. import cwt FILE...");
    }
}
