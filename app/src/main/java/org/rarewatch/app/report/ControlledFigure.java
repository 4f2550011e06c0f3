package org.rarewatch.app.report;

import org.rarewatch.engine.disclosure.DisclosurePolicy;

/** A report figure after disclosure control: what may be printed, and which policy decided it. */
public record ControlledFigure(ReportFigure figure, DisclosurePolicy.Treatment treatment, String shownValue,
        String policy) {

    /**
     * Runs a figure through the policy. National counts are exact under {@code rarewatch-sdc-1}; sub-national
     * counts are suppressed (1–7) or rounded to 5; a proportion is published only when its figure is national
     * or comes with its counts controlled upstream, so a sub-national proportion without counts is withheld.
     */
    public static ControlledFigure control(ReportFigure f, DisclosurePolicy policy) {
        if (f.value() == null || f.value().signum() < 0) {
            // text values ("not published") and negative changes carry no count to protect
            return new ControlledFigure(f, DisclosurePolicy.Treatment.EXACT, f.valueText(), policy.name());
        }
        if (!f.isCount()) {
            DisclosurePolicy.Treatment t = f.national() ? DisclosurePolicy.Treatment.EXACT
                    : DisclosurePolicy.Treatment.SUPPRESSED;
            return new ControlledFigure(f, t, t == DisclosurePolicy.Treatment.EXACT ? f.valueText() : "suppressed",
                    policy.name());
        }
        DisclosurePolicy.Treatment t = policy.treat(f.value(), f.national());
        String shown = switch (t) {
            case EXACT -> f.valueText();
            case ROUNDED -> policy.round(f.value()).toPlainString();
            case SUPPRESSED -> "suppressed";
        };
        return new ControlledFigure(f, t, shown, policy.name());
    }
}
