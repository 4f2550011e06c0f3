package org.rarewatch.engine.registry.read;

import java.util.List;
import org.rarewatch.engine.io.InputProblem;
import org.rarewatch.engine.io.InvalidInputException;

/** The share of bad rows was above the allowed share; the rejects are kept so they can still be reported. */
public class TooManyBadRowsException extends InvalidInputException {

    private final transient Rejects rejects;
    private final long rowsRead;

    public TooManyBadRowsException(List<InputProblem> problems, Rejects rejects, long rowsRead) {
        super(problems);
        this.rejects = rejects;
        this.rowsRead = rowsRead;
    }

    public Rejects rejects() {
        return rejects;
    }

    public long rowsRead() {
        return rowsRead;
    }
}
