package org.rarewatch.app.members.web;

import java.util.List;
import org.rarewatch.engine.io.InvalidInputException;

/** Form error messages from an {@link InvalidInputException}, one per problem. */
final class Problems {

    private Problems() {
    }

    static List<String> messages(InvalidInputException e) {
        return e.problems().stream()
                .map(p -> p.column() + (p.value().isEmpty() ? "" : " \"" + abbreviate(p.value()) + "\"") + ": "
                        + p.reason())
                .toList();
    }

    private static String abbreviate(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }
}
