package org.rarewatch.app.render;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Description and table for {@link SvgChart#monthlyPerformance}. */
final class PerformanceText {
    private PerformanceText() {
    }

    static String describe(String measure, List<DatedValue> months, List<Threshold> steps) {
        List<DatedValue> known = months.stream().filter(m -> m.value() != null).toList();
        StringBuilder text = new StringBuilder();
        if (known.isEmpty()) {
            text.append(measure).append(": no figures are available for ").append(span(months)).append('.');
        } else if (known.size() == 1) {
            DatedValue only = known.get(0);
            text.append(measure).append(" was ").append(valueOf(only)).append(" in ")
                    .append(Estimates.month(only.date())).append('.');
        } else {
            DatedValue first = known.get(0);
            DatedValue last = known.get(known.size() - 1);
            String direction = Estimates.direction(first.value(), last.value());
            text.append(measure).append(' ').append(direction.equals("was unchanged") ? "was" : direction)
                    .append(direction.equals("was unchanged") ? " " : " from ")
                    .append(Estimates.percent(first.value())).append(" in ").append(Estimates.month(first.date()))
                    .append(direction.equals("was unchanged") ? " and again " : " to ").append(valueOf(last))
                    .append(" in ").append(Estimates.month(last.date())).append('.');
        }
        List<String> inForce = thresholdsInForce(months, steps);
        if (inForce.size() == 1) {
            text.append(" The threshold was ").append(inForce.get(0)).append(" throughout.");
        } else if (!inForce.isEmpty()) {
            text.append(" The threshold in force was ").append(String.join(", then ", inForce)).append('.');
        }
        long judged = known.stream().filter(m -> SvgChart.thresholdAt(steps, m.date()) != null).count();
        if (judged > 0) {
            long met = known.stream().filter(m -> {
                Double t = SvgChart.thresholdAt(steps, m.date());
                return t != null && m.value() >= t;
            }).count();
            text.append(' ').append(measure).append(" met the threshold in ").append(met).append(" of ")
                    .append(judged).append(judged == 1 ? " month." : " months.");
        }
        long missing = months.size() - known.size();
        if (missing > 0 && !known.isEmpty()) {
            text.append(" Figures are not available for ").append(missing).append(missing == 1 ? " month." : " months.");
        }
        return text.toString();
    }

    static ChartTable table(String title, String measure, List<DatedValue> months, List<Threshold> steps,
            String description) {
        List<List<String>> rows = new ArrayList<>();
        for (DatedValue m : months) {
            Double t = SvgChart.thresholdAt(steps, m.date());
            String met = t == null || m.value() == null ? "" : m.value() >= t ? "Yes" : "No";
            rows.add(List.of(Estimates.month(m.date()), Estimates.percent(m.value()), limit(m.lower()),
                    limit(m.upper()), t == null ? "" : Estimates.target(t), met));
        }
        return new ChartTable(title, List.of("Month", measure, "Lower 95% limit", "Upper 95% limit",
                "Threshold in force", "Threshold met"), rows, description);
    }

    private static String limit(Double p) {
        return p == null ? "" : Estimates.percent(p);
    }

    private static String valueOf(DatedValue p) {
        return Estimates.valueWithInterval(p.value(), p.lower(), p.upper());
    }

    /** "75% from October 2023", "77% from March 2024": the thresholds met over the charted months. */
    private static List<String> thresholdsInForce(List<DatedValue> months, List<Threshold> steps) {
        List<String> parts = new ArrayList<>();
        Double previous = null;
        for (DatedValue m : months) {
            Double t = SvgChart.thresholdAt(steps, m.date());
            if (t != null && !t.equals(previous)) {
                parts.add(Estimates.target(t) + " from " + Estimates.month(m.date()));
            }
            previous = t;
        }
        if (parts.size() == 1) {
            parts.set(0, parts.get(0).substring(0, parts.get(0).indexOf(" from ")));
        }
        return parts;
    }

    private static String span(List<DatedValue> months) {
        LocalDate first = months.get(0).date();
        LocalDate last = months.get(months.size() - 1).date();
        return first.equals(last) ? Estimates.month(first)
                : Estimates.month(first) + " to " + Estimates.month(last);
    }
}
