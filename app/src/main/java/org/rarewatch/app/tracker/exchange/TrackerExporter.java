package org.rarewatch.app.tracker.exchange;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rarewatch.app.tracker.Assessment;
import org.rarewatch.app.tracker.Canonical;
import org.rarewatch.app.tracker.CitedFigure;
import org.rarewatch.app.tracker.Edition;
import org.rarewatch.app.tracker.EditionRecommendation;
import org.rarewatch.app.tracker.Evidence;
import org.rarewatch.app.tracker.Recommendation;
import org.rarewatch.app.tracker.TrackerChange;
import org.rarewatch.app.tracker.TrackerRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.databind.json.JsonMapper;

/** Writes the whole tracker in the exchange format; the same database always gives the same bytes. */
@Component
public class TrackerExporter {

    private final TrackerRepository repository;
    private final TransactionTemplate transactions;

    public TrackerExporter(TrackerRepository repository, TransactionTemplate transactions) {
        this.repository = repository;
        this.transactions = transactions;
    }

    public record Summary(int editions, int assessments, int evidence, int figures, int recommendations,
            int changes) {
    }

    public Summary export(Path dir) {
        TrackerContent content = transactions.execute(status -> read());
        try {
            Files.createDirectories(dir);
            write(dir, TrackerFiles.EDITIONS, content.editions().stream().map(TrackerExporter::row).toList());
            List<List<String>> assessments = new ArrayList<>();
            List<List<String>> evidence = new ArrayList<>();
            List<List<String>> figures = new ArrayList<>();
            for (Assessment a : content.assessments()) {
                assessments.add(List.of(str(a.editionYear()), a.commitmentId(), a.status().code(), a.rationale(),
                        a.rlcMeaning(), TrackerRepository.joinFlags(a.contextFlags()), str(a.version())));
                for (Evidence e : a.evidence()) {
                    evidence.add(List.of(str(e.editionYear()), e.commitmentId(), str(e.seq()), e.claim(),
                            e.sourceTitle(), e.url(), e.publishedOn()));
                }
                for (CitedFigure f : a.figures()) {
                    figures.add(List.of(str(f.editionYear()), f.commitmentId(), str(f.seq()), f.label(), f.value(),
                            f.unit(), f.period(), f.sourceTitle(), f.url()));
                }
            }
            write(dir, TrackerFiles.ASSESSMENTS, assessments);
            write(dir, TrackerFiles.EVIDENCE, evidence);
            write(dir, TrackerFiles.FIGURES, figures);
            write(dir, TrackerFiles.RECOMMENDATIONS, content.recommendations().stream()
                    .map(r -> List.of(r.id(), r.origin(), nz(r.originPlanId()), r.originRef(), str(r.firstEdition())))
                    .toList());
            write(dir, TrackerFiles.EDITION_RECOMMENDATIONS, content.editionRecommendations().stream()
                    .map(r -> List.of(str(r.editionYear()), r.recommendationId(), r.text(), r.addressedTo(),
                            r.status().code(), r.statusNote(), String.join("; ", r.commitmentIds()),
                            str(r.version())))
                    .toList());
            write(dir, TrackerFiles.HISTORY, content.changes().stream()
                    .map(c -> List.of(c.changedAt().toString(), c.changedBy(), str(c.editionYear()), c.entity(),
                            c.entityKey(), c.action(), nz(c.beforeJson()), nz(c.afterJson())))
                    .toList());
            writeJson(dir.resolve(TrackerFiles.JSON), content);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the export to " + dir + ": " + e.getMessage(), e);
        }
        return new Summary(content.editions().size(), content.assessments().size(),
                (int) content.assessments().stream().mapToLong(a -> a.evidence().size()).sum(),
                (int) content.assessments().stream().mapToLong(a -> a.figures().size()).sum(),
                content.recommendations().size(), content.changes().size());
    }

    TrackerContent read() {
        List<Edition> editions = repository.editions();
        List<Assessment> assessments = new ArrayList<>();
        editions.forEach(e -> assessments.addAll(repository.assessments(e.year())));
        return new TrackerContent(editions, assessments, repository.recommendations(),
                repository.editionRecommendations(), repository.changes());
    }

    private static List<String> row(Edition e) {
        return List.of(str(e.year()), e.title(), e.asOf().toString(), e.planId(), e.state().code(), e.note(),
                nz(e.contentHash()), e.publishedAt() == null ? "" : e.publishedAt().toString(), str(e.version()));
    }

    private static void write(Path dir, TrackerFiles file, List<List<String>> rows) throws IOException {
        try (CsvWriter csv = CsvWriter.builder().lineDelimiter(LineDelimiter.LF)
                .build(dir.resolve(file.fileName()), StandardCharsets.UTF_8)) {
            csv.writeRecord(file.columns());
            for (List<String> row : rows) {
                csv.writeRecord(row);
            }
        }
    }

    private static void writeJson(Path file, TrackerContent content) throws IOException {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("format", TrackerFiles.FORMAT);
        List<Map<String, Object>> editions = new ArrayList<>();
        for (Edition e : content.editions()) {
            Map<String, Object> m = Canonical.edition(e);
            m.put("content_hash", e.contentHash());
            m.put("published_at", e.publishedAt() == null ? null : e.publishedAt().toString());
            m.put("version", e.version());
            m.put("assessments", content.assessments().stream().filter(a -> a.editionYear() == e.year()).map(a -> {
                Map<String, Object> am = Canonical.assessment(a);
                am.put("version", a.version());
                am.put("evidence", a.evidence().stream().map(Canonical::evidence).toList());
                am.put("figures", a.figures().stream().map(Canonical::figure).toList());
                return am;
            }).toList());
            m.put("recommendations", content.editionRecommendations().stream()
                    .filter(r -> r.editionYear() == e.year()).map(r -> {
                        Map<String, Object> rm = new LinkedHashMap<>();
                        rm.put("recommendation_id", r.recommendationId());
                        rm.put("text", r.text());
                        rm.put("addressed_to", r.addressedTo());
                        rm.put("status", r.status().code());
                        rm.put("status_note", r.statusNote());
                        rm.put("commitment_ids", r.commitmentIds());
                        rm.put("version", r.version());
                        return rm;
                    }).toList());
            editions.add(m);
        }
        root.put("editions", editions);
        root.put("recommendations", content.recommendations().stream().map(r -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", r.id());
            m.put("origin", r.origin());
            m.put("origin_plan_id", r.originPlanId());
            m.put("origin_ref", r.originRef());
            m.put("first_edition", r.firstEdition());
            return m;
        }).toList());
        root.put("history", content.changes().stream().map(c -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("changed_at", c.changedAt().toString());
            m.put("changed_by", c.changedBy());
            m.put("edition_year", c.editionYear());
            m.put("entity", c.entity());
            m.put("entity_key", c.entityKey());
            m.put("action", c.action());
            m.put("before", c.beforeJson());
            m.put("after", c.afterJson());
            return m;
        }).toList());
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        String json = JsonMapper.builder().build().writer().with(printer).writeValueAsString(root) + "\n";
        Files.writeString(file, json, StandardCharsets.UTF_8);
    }

    private static String str(int n) {
        return Integer.toString(n);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    /** Everything in the tracker, in export order. */
    record TrackerContent(List<Edition> editions, List<Assessment> assessments, List<Recommendation> recommendations,
            List<EditionRecommendation> editionRecommendations, List<TrackerChange> changes) {
    }
}
