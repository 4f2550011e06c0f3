package org.rarewatch.engine.registry.read;

/** Why a row was not counted. */
public enum RejectReason {
    WRONG_COLUMN_COUNT("wrong number of columns"),
    UNTERMINATED_QUOTE("a quoted field is not closed before the end of the file"),
    BAD_DATE("diagnosis date is not a valid date (expected YYYY-MM-DD)"),
    UNKNOWN_SITE_CODE("site is not a valid ICD-10 code"),
    BAD_AGE("age is not a whole number from 0 to 130"),
    UNKNOWN_SEX_CODE("sex code is not recognised (expected 1, 2, 0, 9 or X)"),
    UNKNOWN_STAGE_CODE("stage code is not recognised"),
    UNKNOWN_ROUTE_CODE("route to diagnosis is not recognised");

    private final String description;

    RejectReason(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
