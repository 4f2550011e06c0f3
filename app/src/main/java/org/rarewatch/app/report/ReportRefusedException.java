package org.rarewatch.app.report;

/** The report cannot be built honestly, e.g. a published edition's stored hash no longer matches its content. */
public class ReportRefusedException extends RuntimeException {
    public ReportRefusedException(String message) {
        super(message);
    }
}
