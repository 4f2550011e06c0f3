package org.rarewatch.app.render;

import java.util.ArrayList;
import java.util.List;

/** Description and table for {@link SvgChart#groupComparison}. */
final class ComparisonText {
    private ComparisonText() {
    }

    static String describe(List<String> categories, List<String> groups, List<GroupValue> values, double target,
            String targetLabel) {
        StringBuilder text = new StringBuilder();
        for (String category : categories) {
            List<String> parts = new ArrayList<>();
            for (String group : groups) {
                values.stream().filter(v -> v.category().equals(category) && v.group().equals(group)).findFirst()
                        .ifPresent(v -> parts.add(v.group() + " " + Estimates.valueWithInterval(v.value(), v.lower(),
                                v.upper())));
            }
            text.append(category).append(": ").append(String.join("; ", parts)).append(". ");
        }
        text.append(targetLabel).append(": ").append(Estimates.target(target)).append('.');
        String last = categories.get(categories.size() - 1);
        List<String> gaps = new ArrayList<>();
        for (GroupValue v : values) {
            if (v.category().equals(last) && v.value() != null) {
                gaps.add(v.group() + " " + gap(v.value(), target));
            }
        }
        if (!gaps.isEmpty()) {
            text.append(" In ").append(last).append(": ").append(String.join("; ", gaps)).append('.');
        }
        return text.toString();
    }

    static String gap(double value, double target) {
        long difference = Math.round(value * 1000) - Math.round(target * 1000);
        if (difference == 0) {
            return "at the target";
        }
        return Estimates.points(value - target) + (difference < 0 ? " below the target" : " above the target");
    }

    static ChartTable table(String title, List<GroupValue> values, double target, String description) {
        List<List<String>> rows = new ArrayList<>();
        for (GroupValue v : values) {
            rows.add(List.of(v.category(), v.group(), Estimates.percent(v.value()),
                    v.lower() == null ? "" : Estimates.percent(v.lower()),
                    v.upper() == null ? "" : Estimates.percent(v.upper()),
                    v.value() == null ? "" : gap(v.value(), target)));
        }
        return new ChartTable(title, List.of("Category", "Group", "Value", "Lower 95% limit", "Upper 95% limit",
                "Difference from target (" + Estimates.target(target) + ")"), rows, description);
    }
}
