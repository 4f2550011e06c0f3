package org.rarewatch.app.members.submissions;

import java.util.List;
import org.rarewatch.engine.io.InvalidInputException;

/** Error messages for forms: one per input problem, or the conflict's own message. */
final class Messages {

    private Messages() {
    }

    static List<String> of(RuntimeException e) {
        if (e instanceof InvalidInputException invalid) {
            return invalid.problems().stream()
                    .map(p -> p.column() + (p.value().isEmpty() ? "" : " \"" + abbreviate(p.value()) + "\"") + ": "
                            + p.reason())
                    .toList();
        }
        return List.of(e.getMessage());
    }

    private static String abbreviate(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }
}
