package org.rarewatch.app.cli;

import java.util.ArrayList;
import java.util.List;
import org.rarewatch.engine.io.InputProblem;
import org.rarewatch.engine.io.InvalidInputException;
import org.springframework.boot.web.server.PortInUseException;

/** Turns whatever stopped a command into the lines a person needs to read, without a stack trace. */
final class CliErrors {

    private CliErrors() {
    }

    static List<String> describe(Throwable failure) {
        List<String> lines = new ArrayList<>();
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof InvalidInputException invalid) {
                invalid.problems().stream().map(InputProblem::describe).forEach(lines::add);
                return lines;
            }
            if (t instanceof PortInUseException port) {
                lines.add("port " + port.getPort() + " is already in use: stop the other server or choose --port");
                return lines;
            }
        }
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = failure.getMessage() != null ? failure.getMessage() : root.toString();
        if (root != failure && root.getMessage() != null && !message.contains(root.getMessage())) {
            message = message + ": " + root.getMessage();
        }
        lines.add(message.lines().findFirst().orElse(message));
        return lines;
    }
}
