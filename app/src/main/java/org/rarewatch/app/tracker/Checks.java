package org.rarewatch.app.tracker;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.rarewatch.engine.io.InputProblem;
import org.rarewatch.engine.io.InvalidInputException;

/**
 * Collects every problem with one input (a request, a form or a CSV row) before anything is written.
 * Shared by the editor API, the editor forms and the tracker import, so all three accept the same things.
 */
public final class Checks {

    public static final int TITLE_MAX = 300;
    public static final int TEXT_MAX = 4000;
    public static final int SHORT_TEXT_MAX = 2000;
    public static final int CLAIM_MAX = 1000;
    public static final int SOURCE_TITLE_MAX = 500;
    public static final int URL_MAX = 2000;
    public static final int ADDRESSED_TO_MAX = 200;
    public static final int FLAG_MAX = 80;
    public static final int EDITOR_MAX = 100;
    public static final int ID_MAX = 40;

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
    private static final Pattern DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");
    private static final Pattern FIGURE = Pattern.compile("-?\\d+(\\.\\d+)?");

    private final String file;
    private final long line;
    private final List<InputProblem> problems = new ArrayList<>();
    private boolean dependent;

    public Checks(String file, long line) {
        this.file = file;
        this.line = line;
    }

    /** For requests and forms, which have no line numbers. */
    public static Checks request() {
        return new Checks("request", 0);
    }

    public void add(String column, String value, String reason) {
        problems.add(new InputProblem(file, line, column, value, reason));
    }

    public List<InputProblem> problems() {
        return problems;
    }

    public boolean ok() {
        return problems.isEmpty() && !dependent;
    }

    /** The row refers to a row already reported as invalid: skip it without a second report of the same problem. */
    public void dependsOnInvalidRow() {
        dependent = true;
    }

    public void throwIfAny() {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    /** Required text, stripped; null (and a problem) when missing or too long. */
    public String text(String column, String value, int max) {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty()) {
            add(column, v, "is required");
            return null;
        }
        return length(column, v, max);
    }

    /** Optional text, stripped; "" when missing. */
    public String optionalText(String column, String value, int max) {
        String v = value == null ? "" : value.strip();
        return v.isEmpty() ? "" : length(column, v, max);
    }

    private String length(String column, String v, int max) {
        if (v.length() > max) {
            add(column, v, "is " + v.length() + " characters long; the limit is " + max);
            return null;
        }
        return v;
    }

    public String id(String column, String value) {
        String v = text(column, value, ID_MAX);
        if (v != null && !ID.matcher(v).matches()) {
            add(column, v, "must be letters, digits, '.', '_' or '-'");
            return null;
        }
        return v;
    }

    /** An absolute http or https URL with a host. */
    public String url(String column, String value) {
        String v = text(column, value, URL_MAX);
        if (v == null) {
            return null;
        }
        try {
            URI uri = new URI(v);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https")) {
                add(column, v, "must be an http or https URL");
                return null;
            }
            if (uri.getHost() == null || uri.getHost().isBlank()) {
                add(column, v, "must name a host, as in https://example.org/page");
                return null;
            }
        } catch (URISyntaxException e) {
            add(column, v, "is not a valid URL: " + e.getReason());
            return null;
        }
        return v;
    }

    /** A publication date as precise as the source gives it: YYYY, YYYY-MM or YYYY-MM-DD. */
    public String partialDate(String column, String value) {
        String v = text(column, value, 10);
        if (v == null) {
            return null;
        }
        try {
            if (!DATE.matcher(v).matches()) {
                throw new DateTimeParseException("bad", v, 0);
            }
            if (v.length() == 10) {
                LocalDate.parse(v);
            } else if (v.length() == 7) {
                YearMonth.parse(v);
            }
        } catch (DateTimeParseException e) {
            add(column, v, "must be a date as YYYY-MM-DD, YYYY-MM or YYYY");
            return null;
        }
        return v;
    }

    public LocalDate date(String column, String value) {
        String v = text(column, value, 10);
        if (v == null) {
            return null;
        }
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            add(column, v, "must be a date as YYYY-MM-DD");
            return null;
        }
    }

    public Integer year(String column, String value) {
        String v = text(column, value, 4);
        if (v == null) {
            return null;
        }
        if (!v.matches("\\d{4}") || Integer.parseInt(v) < 1990 || Integer.parseInt(v) > 2100) {
            add(column, v, "must be a year between 1990 and 2100");
            return null;
        }
        return Integer.parseInt(v);
    }

    public Integer nonNegative(String column, String value) {
        String v = text(column, value, 9);
        if (v == null) {
            return null;
        }
        if (!v.matches("\\d{1,9}")) {
            add(column, v, "must be a whole number of 0 or more");
            return null;
        }
        return Integer.parseInt(v);
    }

    public String figure(String column, String value) {
        String v = text(column, value, 40);
        if (v != null && !FIGURE.matcher(v).matches()) {
            add(column, v, "must be a number written with digits and an optional decimal point, as in 54.5");
            return null;
        }
        return v;
    }

    public AssessmentStatus status(String column, String value) {
        String v = text(column, value, 40);
        if (v == null) {
            return null;
        }
        return AssessmentStatus.fromCode(v).orElseGet(() -> {
            add(column, v, "unknown status; use one of " + AssessmentStatus.codes());
            return null;
        });
    }

    public RecommendationStatus recommendationStatus(String column, String value) {
        String v = text(column, value, 40);
        if (v == null) {
            return null;
        }
        return RecommendationStatus.fromCode(v).orElseGet(() -> {
            add(column, v, "unknown recommendation status; use one of " + RecommendationStatus.codes());
            return null;
        });
    }

    public EditionState state(String column, String value) {
        String v = text(column, value, 40);
        if (v == null) {
            return null;
        }
        return EditionState.fromCode(v).orElseGet(() -> {
            add(column, v, "unknown edition state; use one of " + EditionState.codes());
            return null;
        });
    }

    /** Context flags such as "disrupted: pandemic": each short, none containing ';'. */
    public List<String> flags(String column, List<String> values) {
        List<String> flags = new ArrayList<>();
        for (String raw : values == null ? List.<String>of() : values) {
            String v = raw == null ? "" : raw.strip();
            if (v.isEmpty()) {
                continue;
            }
            if (v.contains(";")) {
                add(column, v, "a context flag cannot contain ';'");
            } else if (v.length() > FLAG_MAX) {
                add(column, v, "is " + v.length() + " characters long; the limit for a flag is " + FLAG_MAX);
            } else if (!flags.contains(v)) {
                flags.add(v);
            }
        }
        return flags;
    }

    public String origin(String column, String value) {
        String v = text(column, value, 40);
        if (v != null && !v.equals(Recommendation.ALLIANCE) && !v.equals(Recommendation.CARRIED_FORWARD)) {
            add(column, v, "unknown origin; use alliance or carried_forward");
            return null;
        }
        return v;
    }
}
