package org.rarewatch.app.render;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Description and table for {@link SvgChart#trajectory}. */
final class TrajectoryText {
    private TrajectoryText() {
    }

    static String describe(String measure, List<DatedValue> observed, List<DatedValue> projected,
            LocalDate targetDate, double target) {
        boolean annual = annual(observed) && annual(projected);
        List<DatedValue> known = observed.stream().filter(p -> p.value() != null).toList();
        StringBuilder text = new StringBuilder();
        if (known.isEmpty()) {
            text.append(measure).append(": no observed figures are available.");
        } else {
            DatedValue first = known.get(0);
            DatedValue last = known.get(known.size() - 1);
            if (known.size() == 1) {
                text.append(measure).append(" was ").append(valueOf(last)).append(" in ")
                        .append(period(last.date(), annual)).append('.');
            } else {
                text.append(measure).append(" was ").append(Estimates.percent(first.value())).append(" in ")
                        .append(period(first.date(), annual)).append(" and ").append(valueOf(last)).append(" in ")
                        .append(period(last.date(), annual)).append('.');
            }
        }
        DatedValue atTarget = projected.stream().filter(p -> p.value() != null && !p.date().isAfter(targetDate))
                .reduce((a, b) -> b).orElse(null);
        text.append(" The target is ").append(Estimates.target(target)).append(" by ")
                .append(Estimates.month(targetDate)).append('.');
        if (atTarget != null) {
            text.append(" On the current trend it is projected to be ").append(valueOf(atTarget)).append(" by ")
                    .append(period(atTarget.date(), annual)).append(", ")
                    .append(ComparisonText.gap(atTarget.value(), target)).append('.');
            if (atTarget.lower() != null) {
                text.append(atTarget.upper() < target ? " The whole interval is below the target."
                        : atTarget.lower() >= target ? " The whole interval is at or above the target."
                        : " The interval includes the target.");
            }
        } else {
            text.append(" No projection is available.");
        }
        return text.toString();
    }

    static ChartTable table(String title, String measure, List<DatedValue> observed, List<DatedValue> projected,
            LocalDate targetDate, double target, String description) {
        boolean annual = annual(observed) && annual(projected);
        List<List<String>> rows = new ArrayList<>();
        observed.forEach(p -> rows.add(row(p, "Observed", annual)));
        projected.forEach(p -> rows.add(row(p, "Projected", annual)));
        rows.add(List.of(Estimates.month(targetDate), "Target", Estimates.target(target), "", ""));
        return new ChartTable(title, List.of("Period", "Kind", measure, "Lower 95% limit", "Upper 95% limit"), rows,
                description);
    }

    private static List<String> row(DatedValue p, String kind, boolean annual) {
        return List.of(period(p.date(), annual), kind, Estimates.percent(p.value()),
                p.lower() == null ? "" : Estimates.percent(p.lower()),
                p.upper() == null ? "" : Estimates.percent(p.upper()));
    }

    /** Calendar-year series are dated 1 January and shown as the year alone. */
    private static boolean annual(List<DatedValue> values) {
        return values.stream().allMatch(p -> p.date().getDayOfYear() == 1);
    }

    private static String period(LocalDate date, boolean annual) {
        return annual ? Integer.toString(date.getYear()) : Estimates.month(date);
    }

    private static String valueOf(DatedValue p) {
        return Estimates.valueWithInterval(p.value(), p.lower(), p.upper());
    }
}
