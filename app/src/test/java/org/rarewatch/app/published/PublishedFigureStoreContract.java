package org.rarewatch.app.published;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rarewatch.engine.io.InvalidInputException;
import org.rarewatch.engine.io.Sha256;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Storing published figures; run against H2 and PostgreSQL by the subclasses. Each test uses its own indicators. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
abstract class PublishedFigureStoreContract {

    private static final List<String> TABLES = List.of("published_release", "published_figure");

    @Autowired
    PublishedFigureStore store;
    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path dir;

    @Test
    void importingTheSameFileTwiceLeavesTheDatabaseUnchanged() {
        Path file = PublishedFiles.write(dir, "figures.csv", PublishedFiles.HEADER
                + PublishedFiles.row("idem_share", "2019", "54.5")
                + "idem_share,Pancreas (male),England,2016-2020,8.4,%,120,1430.5,7.9,8.9,\"Survival, England\","
                + "https://digital.nhs.uk/survival,2023-04,\"UNCERTAIN cohort\"\n");

        PublishedImportOutcome first = store.importFile(file, "NHS Digital");
        assertThat(first.alreadyImported()).isFalse();
        assertThat(first.rows()).isEqualTo(2);
        assertThat(first.describe()).startsWith("figures.csv: imported 2 rows (SHA-256 " + first.sha256().substring(0, 12));
        Map<String, List<Map<String, Object>>> before = snapshot();

        PublishedImportOutcome second = store.importFile(file, "someone else");
        assertThat(second.alreadyImported()).isTrue();
        assertThat(second.sha256()).isEqualTo(first.sha256());
        assertThat(second.describe()).contains("already imported, 2 rows", "nothing changed");
        assertThat(snapshot()).isEqualTo(before);

        List<PublishedFigure> figures = figures("idem_share");
        assertThat(figures).containsExactly(
                new PublishedFigure("idem_share", "Pancreas (male)", "England", "2016-2020", new BigDecimal("8.4"),
                        "%", new BigDecimal("120"), new BigDecimal("1430.5"),
                        new BigDecimal("7.9"), new BigDecimal("8.9"), "Survival, England",
                        "https://digital.nhs.uk/survival", "2023-04", "UNCERTAIN cohort", first.sha256(), "figures.csv"),
                new PublishedFigure("idem_share", "all", "England", "2019", new BigDecimal("54.5"), "%", null,
                        null, null, null, "Statistics, England", "https://digital.nhs.uk/example", "2024-10-17", null,
                        first.sha256(), "figures.csv"));
        PublishedRelease release = release(first.sha256());
        assertThat(release.publisher()).isEqualTo("NHS Digital");
        assertThat(release.rows()).isEqualTo(2);
        assertThat(release.currentFigures()).isEqualTo(2);
    }

    @Test
    void aLaterReleaseSupersedesFiguresWithTheSameKeyAndBothStayOnRecord() {
        Path earlier = PublishedFiles.write(dir, "earlier.csv", PublishedFiles.HEADER
                + PublishedFiles.row("super_share", "2019", "54.5") + PublishedFiles.row("super_share", "2020", "52"));
        Path later = PublishedFiles.write(dir, "later.csv", PublishedFiles.HEADER
                + PublishedFiles.row("super_share", "2019", "54.4") + PublishedFiles.row("super_share", "2021", "54"));

        PublishedImportOutcome first = store.importFile(earlier, null);
        PublishedImportOutcome second = store.importFile(later, null);
        assertThat(second.superseded()).isEqualTo(1);
        assertThat(second.describe()).endsWith("; supersedes 1 earlier figure(s)");

        assertThat(figures("super_share")).extracting(f -> f.period() + "=" + f.value() + "@" + f.fileName())
                .containsExactly("2019=54.4@later.csv", "2020=52@earlier.csv", "2021=54@later.csv");
        assertThat(store.history("super_share")).extracting(f -> f.period() + "=" + f.value())
                .containsExactly("2019=54.5", "2019=54.4", "2020=52", "2021=54");
        assertThat(release(first.sha256()).currentFigures()).isEqualTo(1);
        assertThat(release(second.sha256()).currentFigures()).isEqualTo(2);
        assertThat(release(first.sha256()).publisher()).isEqualTo("digital.nhs.uk");
        assertThat(jdbc.sql("SELECT superseded_by FROM published_figure WHERE release_sha256 = ? AND period = '2019'")
                .param(first.sha256()).query(String.class).single()).isEqualTo(second.sha256());
    }

    @Test
    void aFileWithOneBadRowStoresNothing() {
        Path bad = PublishedFiles.write(dir, "bad.csv", PublishedFiles.HEADER
                + PublishedFiles.row("atomic_share", "2019", "54.5")
                + PublishedFiles.row("atomic_share", "2020", "152"));
        Map<String, List<Map<String, Object>>> before = snapshot();
        assertThatThrownBy(() -> store.importFile(bad, null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).singleElement()
                        .satisfies(p -> {
                            assertThat(p.file()).isEqualTo(bad.toString());
                            assertThat(p.line()).isEqualTo(3);
                            assertThat(p.column()).isEqualTo("value");
                            assertThat(p.value()).isEqualTo("152");
                        }));
        assertThat(snapshot()).isEqualTo(before);
        assertThat(figures("atomic_share")).isEmpty();
    }

    @Test
    void theDemoLoaderImportsTheBundledFiguresOnce() throws Exception {
        PublishedDemoLoader loader = new PublishedDemoLoader(store);
        loader.afterPropertiesSet();
        Map<String, List<Map<String, Object>>> before = snapshot();
        loader.afterPropertiesSet();
        assertThat(snapshot()).isEqualTo(before);

        PublishedRelease bundled = store.releases().stream()
                .filter(r -> r.fileName().equals(PublishedDemoLoader.BUNDLED)).findFirst().orElseThrow();
        assertThat(bundled.rows()).isEqualTo(19);
        assertThat(bundled.sha256()).isEqualTo(Sha256.hex(
                Files.readAllBytes(PublishedFiles.BUNDLED)));
        assertThat(figures("early_nhs_published")).extracting(f -> f.period() + "=" + f.value().toPlainString())
                .containsExactly("2018=55", "2019=54.5", "2021=54");
    }

    private List<PublishedFigure> figures(String indicator) {
        return store.current().stream().filter(f -> f.indicator().equals(indicator)).toList();
    }

    private PublishedRelease release(String sha256) {
        return store.releases().stream().filter(r -> r.sha256().equals(sha256)).findFirst().orElseThrow();
    }

    private Map<String, List<Map<String, Object>>> snapshot() {
        Map<String, List<Map<String, Object>>> tables = new LinkedHashMap<>();
        for (String table : TABLES) {
            tables.put(table, jdbc.sql("SELECT * FROM " + table + " ORDER BY 1, 2").query().listOfRows());
        }
        return tables;
    }
}
