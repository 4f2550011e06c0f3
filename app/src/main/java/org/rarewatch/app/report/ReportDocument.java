package org.rarewatch.app.report;

import static org.rarewatch.app.render.Xml.escape;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.rarewatch.app.tracker.AssessmentStatus;
import org.rarewatch.app.tracker.EditionRecommendation;
import org.rarewatch.app.tracker.Evidence;
import org.rarewatch.app.tracker.Recommendation;
import org.rarewatch.app.tracker.TrackerQueries;

/**
 * Writes a {@link ReportModel} as one well-formed XHTML document, the common source of the HTML report and
 * the PDF. Every piece of stored text goes through {@link org.rarewatch.app.render.Xml#escape}; the only
 * markup not written here is the charts' SVG, which the chart renderer escapes itself.
 */
public final class ReportDocument {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private final ReportModel m;
    private final StringBuilder out = new StringBuilder(64 * 1024);

    private ReportDocument(ReportModel model) {
        this.m = model;
    }

    /** The report's title; a draft says so in the title itself, not only in a watermark. */
    public static String title(ReportModel m) {
        return (m.draft() ? "DRAFT – " : "") + "Rare and less common cancers: annual review " + m.edition().year();
    }

    /**
     * @param extraHead markup put at the end of {@code <head>} (the HTML file's inlined fonts and styles)
     */
    public static String xhtml(ReportModel model, String extraHead) {
        return new ReportDocument(model).write(extraHead);
    }

    private String write(String extraHead) {
        String title = title(m);
        out.append("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en-GB\" xml:lang=\"en-GB\">\n<head>\n")
                .append("<meta charset=\"UTF-8\"/>\n")
                .append("<title>").append(escape(title)).append("</title>\n")
                .append("<meta name=\"subject\" content=\"").append(escape("Progress on the commitments of "
                        + m.plan().title() + " for people with rare and less common cancers, edition "
                        + m.edition().year())).append("\"/>\n")
                .append("<meta name=\"author\" content=\"Rarewatch\"/>\n")
                .append(extraHead)
                .append("</head>\n<body class=\"report").append(m.draft() ? " draft" : "").append("\">\n");
        cover(title);
        contents();
        summary();
        for (ReportModel.Theme t : m.themes()) {
            theme(t);
        }
        recommendations();
        changes();
        methods();
        out.append("</body>\n</html>\n");
        return out.toString();
    }

    private void cover(String title) {
        out.append("<div class=\"cover\">\n");
        if (m.draft()) {
            out.append("<p class=\"draft-banner\"><strong>DRAFT</strong>: a preview of an unpublished edition ("
                    + "state: ").append(escape(m.edition().state().label().toLowerCase(Locale.UK)))
                    .append("). Its content may still change; do not cite it.</p>\n");
        }
        out.append("<p class=\"cover-kicker\">Rarewatch annual review</p>\n<h1>")
                .append(escape(title)).append("</h1>\n<p class=\"lede\">").append(escape(m.edition().title()))
                .append("</p>\n<div class=\"cover-band\">\n");
        out.append("<p>Edition ").append(m.edition().year()).append(", assessed as of ")
                .append(escape(day(m.edition().asOf()))).append("</p>\n");
        out.append("<p>Plan assessed: ").append(escape(m.plan().title())).append(" (")
                .append(escape(m.plan().publisher())).append(", ").append(escape(m.plan().published()))
                .append(")</p>\n");
        if (m.draft()) {
            out.append("<p><strong>DRAFT, not for publication.</strong> Content hash of the current, unfrozen "
                    + "content (SHA-256):</p>\n");
        } else {
            out.append("<p>Published ").append(escape(day(m.documentDate().atZone(java.time.ZoneOffset.UTC)
                    .toLocalDate()))).append(". Content hash of the frozen snapshot (SHA-256), verified before "
                    + "this report was built:</p>\n");
        }
        out.append("<p class=\"hash\">").append(escape(m.snapshotHash())).append("</p>\n");
        if (!m.edition().note().isBlank()) {
            out.append("<p class=\"cover-note\">").append(escape(m.edition().note())).append("</p>\n");
        }
        out.append("</div>\n</div>\n");
    }

    private void contents() {
        out.append("<nav class=\"contents\" aria-label=\"Contents\">\n<h2 id=\"contents\">Contents</h2>\n<ol>\n");
        entry("summary", "Summary of findings", false);
        for (ReportModel.Theme t : m.themes()) {
            entry("theme-" + anchor(t.id()), t.label(), false);
        }
        entry("recommendations", "Recommendations", false);
        entry("changes", "What has changed since the last edition", false);
        entry("methods", "Methods and data sources", false);
        out.append("</ol>\n</nav>\n");
    }

    private void entry(String id, String text, boolean sub) {
        out.append("<li").append(sub ? " class=\"sub\"" : "").append("><a href=\"#").append(id).append("\" title=\"")
                .append(escape(text)).append("\">").append(escape(text)).append("</a></li>\n");
    }

    private void summary() {
        out.append("<section class=\"chapter\">\n<h2 id=\"summary\">Summary of findings</h2>\n");
        Map<AssessmentStatus, Integer> c = m.statusCounts();
        int rated = c.get(AssessmentStatus.NO_PROGRESS) + c.get(AssessmentStatus.SOME_PROGRESS)
                + c.get(AssessmentStatus.ON_TRACK) + c.get(AssessmentStatus.ACHIEVED);
        out.append("<p>This edition assesses ").append(m.assessed()).append(' ')
                .append(m.assessed() == 1 ? "commitment" : "commitments").append(" of ")
                .append(escape(m.plan().title())).append(" that matter to people with rare and less common cancers. ")
                .append("Progress could be rated for ").append(rated).append(" of them: ")
                .append(c.get(AssessmentStatus.ACHIEVED)).append(" achieved, ")
                .append(c.get(AssessmentStatus.ON_TRACK)).append(" on track, ")
                .append(c.get(AssessmentStatus.SOME_PROGRESS)).append(" with some progress and ")
                .append(c.get(AssessmentStatus.NO_PROGRESS)).append(" with no progress. ")
                .append(m.assessed() - rated).append(" could not be rated (not measurable as written, no data, or not yet assessed).</p>\n");
        out.append("<table class=\"status-counts\">\n<caption>Commitments by status, edition ")
                .append(m.edition().year()).append("</caption>\n<thead><tr><th scope=\"col\">Status</th>")
                .append("<th scope=\"col\" class=\"number\">Commitments</th></tr></thead>\n<tbody>\n");
        for (AssessmentStatus s : AssessmentStatus.values()) {
            out.append("<tr><th scope=\"row\"><span class=\"tag tag-").append(s.colour()).append("\">")
                    .append(escape(s.label())).append("</span></th><td class=\"number\">").append(c.get(s))
                    .append("</td></tr>\n");
        }
        out.append("</tbody>\n</table>\n");
        out.append("<h3>Headline recommendations</h3>\n<ul>\n");
        for (ReportModel.RecommendationEntry r : m.recommendations()) {
            out.append("<li>").append(escape(r.current().text())).append(" <span class=\"muted\">(")
                    .append(escape(r.identity().id())).append(", ").append(r.isNew() ? "new" : "carried forward")
                    .append(")</span></li>\n");
        }
        out.append("</ul>\n</section>\n");
    }

    private void theme(ReportModel.Theme t) {
        out.append("<section class=\"chapter\">\n<h2 id=\"theme-").append(anchor(t.id())).append("\">")
                .append(escape(t.label())).append("</h2>\n");
        for (ReportModel.CommitmentSection s : t.commitments()) {
            var a = s.assessment();
            var c = s.commitment();
            out.append("<div class=\"commitment\">\n<h3 id=\"commitment-").append(anchor(c.id())).append("\">")
                    .append(escape(c.id())).append(": ").append(escape(c.summary())).append("</h3>\n");
            out.append("<p class=\"status\">Status: <span class=\"tag tag-").append(a.status().colour()).append("\">")
                    .append(escape(a.status().label())).append("</span>");
            if (!c.target().isBlank()) {
                out.append(" <span class=\"muted\">Target: ").append(escape(c.target()))
                        .append(c.targetDate().isBlank() ? "" : ", " + escape(c.targetDate())).append("</span>");
            }
            out.append("</p>\n");
            if (!a.contextFlags().isEmpty()) {
                out.append("<p class=\"muted\">Context: ").append(escape(String.join("; ", a.contextFlags())))
                        .append("</p>\n");
            }
            if (!s.recommendationIds().isEmpty()) {
                out.append("<p class=\"muted\">Recommendations on this commitment: ")
                        .append(escape(String.join(", ", s.recommendationIds()))).append(".</p>\n");
            }
            paragraph("Our assessment", a.rationale());
            paragraph("What it means for rare and less common cancers", a.rlcMeaning());
            if (!a.evidence().isEmpty()) {
                out.append("<h4>Evidence</h4>\n<ol class=\"evidence\">\n");
                for (Evidence e : a.evidence()) {
                    out.append("<li>").append(escape(e.claim())).append(" <span class=\"citation\">Source: ");
                    link(e.sourceTitle(), e.url(), e.publishedOn().isBlank() ? "." : ", " + e.publishedOn() + ".");
                    out.append("</span></li>\n");
                }
                out.append("</ol>\n");
            }
            figures(s);
            for (ReportModel.ChartEntry chart : s.charts()) {
                out.append(chart.chart().toFigureXhtml());
            }
            out.append("</div>\n");
        }
        out.append("</section>\n");
    }

    private void figures(ReportModel.CommitmentSection s) {
        if (s.figures().isEmpty()) {
            return;
        }
        out.append("<table class=\"figures\">\n<caption>Linked figures: ").append(escape(s.commitment().id()))
                .append("</caption>\n<thead><tr><th scope=\"col\">Figure</th><th scope=\"col\">Value</th>")
                .append("<th scope=\"col\">Period</th><th scope=\"col\">Source</th></tr></thead>\n<tbody>\n");
        for (ControlledFigure f : s.figures()) {
            ReportFigure r = f.figure();
            out.append("<tr><th scope=\"row\">").append(escape(r.label())).append("</th><td class=\"number figure-value\">")
                    .append(escape(f.shownValue())).append(' ').append(escape(r.unit()));
            if (r.lower95() != null && r.upper95() != null) {
                out.append(" (95% interval ").append(escape(r.lower95().toPlainString())).append(" to ")
                        .append(escape(r.upper95().toPlainString())).append(')');
            }
            out.append("</td><td>").append(escape(r.period())).append("</td><td>");
            link(r.sourceTitle(), r.sourceUrl(), "");
            out.append("<span class=\"muted\">").append(escape(r.definitionVersion())).append("; ")
                    .append(escape(r.geography())).append("; disclosure control ").append(escape(f.policy()))
                    .append(": ").append(escape(f.treatment().name().toLowerCase(Locale.ROOT))).append("</span></td></tr>\n");
        }
        out.append("</tbody>\n</table>\n");
    }

    private void recommendations() {
        out.append("<section class=\"chapter\">\n<h2 id=\"recommendations\">Recommendations</h2>\n");
        List<ReportModel.RecommendationEntry> fresh = m.recommendations().stream().filter(ReportModel.RecommendationEntry::isNew).toList();
        List<ReportModel.RecommendationEntry> carried = m.recommendations().stream().filter(r -> !r.isNew()).toList();
        out.append("<h3>New in this edition</h3>\n");
        if (fresh.isEmpty()) {
            out.append("<p>This edition makes no new recommendations.</p>\n");
        }
        fresh.forEach(this::recommendation);
        out.append("<h3>Carried forward</h3>\n");
        if (carried.isEmpty()) {
            out.append("<p>No recommendation is carried forward into this edition.</p>\n");
        }
        carried.forEach(this::recommendation);
        out.append("</section>\n");
    }

    private void recommendation(ReportModel.RecommendationEntry r) {
        EditionRecommendation cur = r.current();
        Recommendation id = r.identity();
        out.append("<div class=\"recommendation\" id=\"recommendation-").append(anchor(id.id())).append("\">\n")
                .append("<h4>").append(escape(id.id())).append(": <span class=\"tag tag-rec\">")
                .append(escape(cur.status().label())).append("</span></h4>\n")
                .append("<p class=\"recommendation-text\">").append(escape(cur.text())).append("</p>\n")
                .append("<p class=\"muted\">Addressed to ").append(escape(cur.addressedTo()));
        if (!cur.commitmentIds().isEmpty()) {
            out.append(". Commitments: ").append(escape(String.join(", ", cur.commitmentIds())));
        }
        if (Recommendation.CARRIED_FORWARD.equals(id.origin())) {
            out.append(". Carried forward from ").append(escape(id.originPlanId()))
                    .append(id.originRef().isBlank() ? "" : " (" + escape(id.originRef()) + ")");
        } else {
            out.append(". First made in edition ").append(id.firstEdition());
        }
        out.append(".</p>\n");
        if (!cur.statusNote().isBlank()) {
            out.append("<p class=\"muted\">").append(escape(cur.statusNote())).append("</p>\n");
        }
        out.append("<table class=\"history\">\n<caption>History of ").append(escape(id.id()))
                .append("</caption>\n<thead><tr><th scope=\"col\">Edition</th><th scope=\"col\">Status</th>")
                .append("<th scope=\"col\">Addressed to</th></tr></thead>\n<tbody>\n");
        for (EditionRecommendation h : r.history()) {
            out.append("<tr><th scope=\"row\">").append(h.editionYear()).append("</th><td>")
                    .append(escape(h.status().label())).append("</td><td>").append(escape(h.addressedTo()))
                    .append("</td></tr>\n");
        }
        out.append("</tbody>\n</table>\n</div>\n");
    }

    private void changes() {
        out.append("<section class=\"chapter\">\n<h2 id=\"changes\">What has changed since the last edition</h2>\n");
        TrackerQueries.Diff d = m.diff();
        if (d == null) {
            out.append("<p>This is the first published edition of the review: there is no earlier edition to "
                    + "compare it with. Later editions list here every change of status, every new and dropped "
                    + "commitment and recommendation, and every figure that changed.</p>\n</section>\n");
            return;
        }
        out.append("<p>Compared with edition ").append(d.from().year()).append(" (").append(escape(d.from().title()))
                .append(").</p>\n");
        statusList("Status changes", d.statusChanged(), true);
        statusList("Newly assessed commitments", d.newAssessments(), false);
        statusList("Commitments no longer assessed", d.droppedAssessments(), false);
        recList("Recommendations whose status changed", d.recommendationStatusChanged());
        recList("New recommendations", d.newRecommendations());
        recList("Recommendations dropped", d.droppedRecommendations());
        out.append("<h3>Figures</h3>\n");
        if (m.figureChanges().isEmpty()) {
            out.append("<p>No cited figure changed.</p>\n");
        } else {
            out.append("<table class=\"figure-changes\">\n<caption>Cited figures that changed</caption>\n<thead><tr>")
                    .append("<th scope=\"col\">Figure</th><th scope=\"col\">Edition ").append(d.from().year())
                    .append("</th><th scope=\"col\">Edition ").append(d.to().year()).append("</th></tr></thead>\n<tbody>\n");
            for (ReportModel.FigureChange f : m.figureChanges()) {
                out.append("<tr><th scope=\"row\">").append(escape(f.commitmentId() + ": " + f.label()))
                        .append("</th><td>").append(escape(f.before() == null ? "(not cited)" : f.before()))
                        .append("</td><td>").append(escape(f.after() == null ? "(no longer cited)" : f.after()))
                        .append("</td></tr>\n");
            }
            out.append("</tbody>\n</table>\n");
        }
        out.append("</section>\n");
    }

    private void statusList(String heading, List<TrackerQueries.StatusChange> list, boolean both) {
        out.append("<h3>").append(escape(heading)).append("</h3>\n");
        if (list.isEmpty()) {
            out.append("<p>None.</p>\n");
            return;
        }
        out.append("<ul>\n");
        for (TrackerQueries.StatusChange s : list) {
            out.append("<li>").append(escape(s.commitmentId())).append(": ").append(escape(s.summary())).append(" — ");
            if (both) {
                out.append(escape(s.from().label())).append(" → ").append(escape(s.to().label()));
            } else {
                out.append(escape((s.to() != null ? s.to() : s.from()).label()));
            }
            out.append("</li>\n");
        }
        out.append("</ul>\n");
    }

    private void recList(String heading, List<TrackerQueries.RecommendationChange> list) {
        out.append("<h3>").append(escape(heading)).append("</h3>\n");
        if (list.isEmpty()) {
            out.append("<p>None.</p>\n");
            return;
        }
        out.append("<ul>\n");
        for (TrackerQueries.RecommendationChange r : list) {
            out.append("<li>").append(escape(r.recommendationId())).append(": ").append(escape(r.text())).append(" — ")
                    .append(r.from() == null ? "" : escape(r.from().label()))
                    .append(r.from() != null && r.to() != null ? " → " : "")
                    .append(r.to() == null ? "" : escape(r.to().label())).append("</li>\n");
        }
        out.append("</ul>\n");
    }

    private void methods() {
        out.append("<section class=\"chapter\">\n<h2 id=\"methods\">Methods and data sources</h2>\n");
        out.append("<h3>How commitments are assessed</h3>\n<p>Each commitment of the plan that matters to people with "
                + "rare and less common cancers is given one status. The first three statuses say why progress is not "
                + "rated; the last four rate it:</p>\n<ul>\n");
        for (AssessmentStatus s : AssessmentStatus.values()) {
            out.append("<li>").append(escape(s.label())).append("</li>\n");
        }
        out.append("</ul>\n<p>Every assessment rests on dated, cited evidence, listed under it. Figures are quoted "
                + "as their sources state them. Once an edition is published its content is frozen; the SHA-256 "
                + "hash on the cover identifies the exact snapshot this report was built from.</p>\n");
        out.append("<h3>Definitions</h3>\n");
        if (m.definitions().isEmpty()) {
            out.append("<p>This edition cites no figures, so no indicator definition is used.</p>\n");
        } else {
            out.append("<ul>\n");
            for (String d : m.definitions()) {
                out.append("<li>").append(escape(d)).append(CitedReportFigure.DEFINITION.equals(d)
                        ? " — figures quoted from the cited publication, with its own definition and period" : "")
                        .append("</li>\n");
            }
            out.append("</ul>\n");
        }
        out.append("<h3>Disclosure control</h3>\n<p>Every figure in this report passed disclosure-control policy <strong>")
                .append(escape(m.disclosurePolicy())).append("</strong>. ").append(escape(m.disclosureSummary()))
                .append("</p>\n");
        out.append("<h3>Data releases</h3>\n");
        if (m.releases().isEmpty()) {
            out.append("<p>No registry or waiting-times data release is loaded for this report: every figure in it "
                    + "is cited from the published source named beside it.</p>\n");
        } else {
            out.append("<ul>\n");
            for (ReportModel.ReleaseEntry r : m.releases()) {
                out.append("<li>").append(escape(r.name())).append(" ").append(escape(r.version())).append(" — ")
                        .append(escape(r.source())).append(" <span class=\"hash\">SHA-256 ").append(escape(r.sha256()))
                        .append("</span></li>\n");
            }
            out.append("</ul>\n");
        }
        out.append("<h3>Reference data</h3>\n<table class=\"datasets\">\n<caption>Reference datasets loaded</caption>\n")
                .append("<thead><tr><th scope=\"col\">Dataset</th><th scope=\"col\">Version</th>")
                .append("<th scope=\"col\" class=\"number\">Rows</th><th scope=\"col\">Source and SHA-256</th></tr></thead>\n<tbody>\n");
        for (ReportModel.DatasetEntry d : m.datasets()) {
            out.append("<tr><th scope=\"row\">").append(escape(d.dataset())).append("</th><td>").append(escape(d.version()))
                    .append("</td><td class=\"number\">").append(d.rows()).append("</td><td>").append(escape(d.source()))
                    .append("<br/><span class=\"hash\">").append(escape(d.sha256())).append("</span></td></tr>\n");
        }
        out.append("</tbody>\n</table>\n");
        out.append("<h3>About this report</h3>\n<p>Built by Rarewatch from edition ").append(m.edition().year())
                .append(" as stored. Rebuilding the same edition gives byte-identical HTML and PDF files. The PDF is "
                        + "tagged for assistive technology (PDF/UA-1) and archivable (PDF/A-3u); every chart has a text "
                        + "description and its data table.</p>\n</section>\n");
    }

    private void paragraph(String heading, String text) {
        if (text == null || text.isBlank()) {
            return;
        }
        out.append("<p><strong>").append(escape(heading)).append(".</strong> ").append(escape(text)).append("</p>\n");
    }

    /** A cited source: its title as a link, then {@code after} (e.g. the date), then the address in full. */
    private void link(String text, String url, String after) {
        if (url == null || url.isBlank()) {
            out.append(escape(text)).append(escape(after));
            return;
        }
        boolean web = url.startsWith("https://") || url.startsWith("http://");
        if (!web) {
            // only web addresses become links: a stored "javascript:" or "data:" address is shown as text
            out.append(escape(text)).append(escape(after)).append(" (").append(escape(url)).append(')');
            return;
        }
        out.append("<a href=\"").append(escape(url)).append("\" title=\"").append(escape(text)).append("\">")
                .append(escape(text)).append("</a>").append(escape(after)).append(" <span class=\"url\">")
                .append(escape(url)).append("</span>");
    }

    private static String anchor(String id) {
        return id.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }

    private static String day(LocalDate date) {
        return DAY.format(date);
    }
}
