package org.rarewatch.app.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rarewatch.engine.io.InvalidInputException;
import org.rarewatch.engine.reference.DataQuality;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** The catalogue's storage behaviour; run against H2 and PostgreSQL by the subclasses. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
abstract class CatalogueStoreContract {

    private static final List<String> TABLES =
            List.of("plan", "commitment", "cancer_group_code", "waiting_time_threshold", "reference_dataset");

    @Autowired
    CatalogueRepository repository;
    @Autowired
    CatalogueService service;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ReferenceCatalogueLoader loader;

    @Test
    void startupSeedsTheWholeCatalogue() {
        assertThat(repository.plans()).hasSize(11);
        assertThat(repository.commitments()).hasSize(95);
        assertThat(repository.cancerGroupCodes()).hasSize(99);
        assertThat(repository.thresholds()).hasSize(14);
        assertThat(repository.loadedDatasetHashes()).containsOnlyKeys(
                "plans", "commitments", "cancer-groups", "waiting-time-thresholds");
    }

    @Test
    void keepsTheResearchersUncertaintyMarkersAsAFlag() {
        Commitment nurse = commitment("LTP-26");
        assertThat(nurse.quality()).isEqualTo(DataQuality.UNVERIFIED);
        assertThat(nurse.qualityNote()).contains("summary");
        Commitment earlyDiagnosis = commitment("LTP-02");
        assertThat(earlyDiagnosis.quality()).isEqualTo(DataQuality.OK);
        assertThat(earlyDiagnosis.targetValue()).isEqualTo("75");
        assertThat(earlyDiagnosis.targetYear()).isEqualTo(2028);
        assertThat(earlyDiagnosis.relevance()).isEqualTo("high");
        long flagged = repository.commitments().stream().filter(c -> c.quality() != DataQuality.OK).count();
        assertThat(flagged).isEqualTo(35);
    }

    @Test
    void groupsCommitmentsUnderTheirPlans() {
        var ltp = service.plansWithCommitments().stream()
                .filter(p -> p.plan().id().equals("LTP-2019")).findFirst().orElseThrow();
        assertThat(ltp.commitments()).extracting(Commitment::id).startsWith("LTP-01", "LTP-02");
        var ncp = service.plansWithCommitments().stream()
                .filter(p -> p.plan().id().equals("NCP-2026")).findFirst().orElseThrow();
        assertThat(ncp.plan().title()).startsWith("National Cancer Plan for England");
        assertThat(ncp.commitments()).extracting(Commitment::id).contains("NCP-03", "NCP-RC-01");
    }

    @Test
    void loadingAgainChangesNothing() {
        Map<String, List<Map<String, Object>>> before = snapshot();
        assertThat(loader.load()).isFalse();
        new ReferenceCatalogueLoader(repository, transactions, ReferenceSource.bundled()).load();
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void aChangedTableIsUpsertedWithoutDuplicates(@TempDir Path dir) throws IOException {
        copyBundledTables(dir);
        Path plans = dir.resolve("plans.csv");
        Files.writeString(plans, Files.readString(plans).replace("National Cancer Plan for England: delivering",
                "National Cancer Plan for England (corrected title): delivering"));
        try {
            assertThat(new ReferenceCatalogueLoader(repository, transactions, new ReferenceSource(dir)).load()).isTrue();
            assertThat(repository.plans()).hasSize(11);
            assertThat(repository.plans()).extracting(Plan::title).anyMatch(t -> t.contains("corrected title"));
        } finally {
            new ReferenceCatalogueLoader(repository, transactions, ReferenceSource.bundled()).load();
        }
        assertThat(repository.plans()).extracting(Plan::title).noneMatch(t -> t.contains("corrected title"));
    }

    @Test
    void aMalformedRowStopsTheLoadAndLeavesTheDatabaseUnchanged(@TempDir Path dir) throws IOException {
        copyBundledTables(dir);
        Path commitments = dir.resolve("commitments.csv");
        // line 3 gets a plan that does not exist; the plans file also changes, so the load is attempted
        List<String> lines = Files.readAllLines(commitments);
        lines.set(2, lines.get(2).replaceFirst("^LTP-2019", "LTP-2091"));
        Files.write(commitments, lines);
        Path thresholds = dir.resolve("waiting-time-thresholds.csv");
        Files.writeString(thresholds, Files.readString(thresholds).replace(",2021-10-01,", ",2021-13-01,"));
        Map<String, List<Map<String, Object>>> before = snapshot();

        ReferenceCatalogueLoader broken = new ReferenceCatalogueLoader(repository, transactions, new ReferenceSource(dir));
        assertThatThrownBy(broken::load)
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.problems()).hasSize(2);
                    assertThat(e.problems().get(0).describe())
                            .isEqualTo(commitments + ":3: column plan_id: value \"LTP-2091\": no plan with this id in the plans table");
                    assertThat(e.problems().get(1).file()).isEqualTo(thresholds.toString());
                    assertThat(e.problems().get(1).column()).isEqualTo("from_date");
                    assertThat(e.problems().get(1).line()).isEqualTo(5);
                });
        assertThat(snapshot()).isEqualTo(before);
    }

    private Commitment commitment(String id) {
        return repository.commitments().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }

    private Map<String, List<Map<String, Object>>> snapshot() {
        return transactions.execute(status -> {
            Map<String, List<Map<String, Object>>> tables = new java.util.LinkedHashMap<>();
            for (String table : TABLES) {
                tables.put(table, jdbc.sql("SELECT * FROM " + table + " ORDER BY 1").query().listOfRows());
            }
            return tables;
        });
    }

    static void copyBundledTables(Path dir) throws IOException {
        for (ReferenceDataset dataset : ReferenceDataset.values()) {
            try (InputStream in = CatalogueStoreContract.class.getClassLoader()
                    .getResourceAsStream(dataset.bundledResource())) {
                Files.writeString(dir.resolve(dataset.fileName()),
                        new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
    }
}
