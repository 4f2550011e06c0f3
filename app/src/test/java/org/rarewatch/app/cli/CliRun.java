package org.rarewatch.app.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** One command line run in-process, with what it printed on stdout and stderr. */
record CommandRun(int exit, String out, String err) {

    static CommandRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = RarewatchMain.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new CommandRun(exit, out.toString(), err.toString());
    }
}
