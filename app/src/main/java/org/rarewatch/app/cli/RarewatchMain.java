package org.rarewatch.app.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code ./rarewatch} command line. Usage errors exit with 2 and one line on stderr; failures
 * while running exit with 1 and one line per problem.
 */
@Command(name = "rarewatch",
        mixinStandardHelpOptions = true,
        versionProvider = RarewatchMain.Version.class,
        description = "Holds national cancer plans to account for people with rare and less common cancers.",
        subcommands = {ServeCommand.class, ImportCommand.class, ExportCommand.class, WaitsCommand.class,
                StageCommand.class, GenerateCommand.class, ReportCommand.class})
public class RarewatchMain implements Runnable {

    public static final int EXIT_OK = 0;
    public static final int EXIT_FAILURE = 1;
    public static final int EXIT_USAGE = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        int exitCode = execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true));
        System.exit(exitCode);
    }

    /** Runs one command line and returns its exit code (the server command returns when it stops). */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new RarewatchMain());
        cli.setOut(out);
        cli.setErr(err);
        cli.setParameterExceptionHandler((e, a) -> {
            err.println("rarewatch: " + firstLine(e.getMessage()) + " (see ./rarewatch --help)");
            return EXIT_USAGE;
        });
        cli.setExecutionExceptionHandler((e, c, parsed) -> {
            for (String line : CliErrors.describe(e)) {
                err.println("rarewatch: " + line);
            }
            return EXIT_FAILURE;
        });
        return cli.execute(args);
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    private static String firstLine(String message) {
        return message == null ? "invalid command line" : message.lines().findFirst().orElse(message);
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = RarewatchMain.class.getPackage().getImplementationVersion();
            return new String[] {"rarewatch " + (version == null ? "development build" : version)};
        }
    }
}
