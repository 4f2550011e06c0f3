package org.rarewatch.engine.waitingtimes;

import java.util.ArrayList;
import java.util.List;
import org.rarewatch.engine.io.InputProblem;
import org.rarewatch.engine.io.InvalidInputException;

/** Collects every problem in a file, keeping the first {@value #LISTED} in full and counting the rest. */
final class ProblemList {

    static final int LISTED = 200;

    private final String file;
    private final List<InputProblem> problems = new ArrayList<>();
    private long more;

    ProblemList(String file) {
        this.file = file;
    }

    void add(long line, String column, String value, String reason) {
        if (problems.size() < LISTED) {
            problems.add(new InputProblem(file, line, column, value, reason));
        } else {
            more++;
        }
    }

    boolean isEmpty() {
        return problems.isEmpty();
    }

    void throwIfAny() {
        if (problems.isEmpty()) {
            return;
        }
        List<InputProblem> all = new ArrayList<>(problems);
        if (more > 0) {
            all.add(InputProblem.ofFile(file, more + " further problems of the same kinds not listed"));
        }
        throw new InvalidInputException(all);
    }
}
