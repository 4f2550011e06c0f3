package org.rarewatch.app.waitingtimes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rarewatch.engine.io.InvalidInputException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Storing CWT releases; run against H2 and PostgreSQL by the subclasses. Each test uses its own months. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
abstract class CwtReleaseStoreContract {

    private static final List<String> TABLES = List.of("cwt_release", "cwt_release_month", "cwt_provider_count");

    @Autowired
    CwtReleaseStore store;
    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path dir;

    @Test
    void importingTheSameExtractTwiceLeavesTheDatabaseUnchanged() {
        List<ImportOutcome> first = store.importFiles(List.of(new CwtReleaseStore.ReleaseFile(CwtFiles.OCT_2023)), (f, r) -> { });
        assertThat(first.get(0).alreadyImported()).isFalse();
        assertThat(first.get(0).rows()).isEqualTo(9_912);
        assertThat(first.get(0).status()).isEqualTo(ReleaseStatus.PROVISIONAL);
        Map<String, List<Map<String, Object>>> before = snapshot();

        List<ImportOutcome> second = store.importFiles(List.of(new CwtReleaseStore.ReleaseFile(CwtFiles.OCT_2023)), (f, r) -> { });
        assertThat(second.get(0).alreadyImported()).isTrue();
        assertThat(second.get(0).describe()).contains("nothing changed");
        assertThat(snapshot()).isEqualTo(before);

        // provenance and the national FDS figure as published (192,880 of 271,402)
        CwtReleaseStore.ReleaseSummary release = store.releases().stream()
                .filter(r -> r.fileName().equals(CwtFiles.OCT_2023.getFileName().toString())).findFirst().orElseThrow();
        assertThat(release.sha256()).isEqualTo("680767c09468f7acb9aa6a64921df0a9c319a593aa23426a69ecce8c09fa2206");
        assertThat(release.publisher()).contains("NHS England");
        assertThat(release.licence()).isEqualTo("Open Government Licence v3.0");
        assertThat(release.from()).isEqualTo(YearMonth.of(2023, 10));
        BigDecimal[] fds = fdsNational(YearMonth.of(2023, 10));
        assertThat(fds[0]).isEqualByComparingTo("192880");
        assertThat(fds[1]).isEqualByComparingTo("271402");
    }

    @Test
    void aFinalReleaseSupersedesTheProvisionalOneForTheSameMonthsAndBothStayOnRecord() {
        Path provisional = CwtFiles.write(dir, "CWT-CRS-Apr-2022-to-May-2022-Provider-Provisional.csv", CwtFiles.HEADER
                + CwtFiles.fdsRow("2022-04", 10, 7) + CwtFiles.fdsRow("2022-05", 20, 15));
        Path fin = CwtFiles.write(dir, "CWT-CRS-May-2022-Provider-Final.csv", CwtFiles.HEADER
                + CwtFiles.fdsRow("2022-05", 22, 16));
        Path lateProvisional = CwtFiles.write(dir, "CWT-CRS-May-2022-Provider-Provisional-resubmitted.csv",
                CwtFiles.HEADER + CwtFiles.fdsRow("2022-05", 99, 1));

        store.importFiles(List.of(new CwtReleaseStore.ReleaseFile(provisional)), (f, r) -> { });
        assertThat(fdsNational(YearMonth.of(2022, 5))).containsExactly(new BigDecimal("15.0"), new BigDecimal("20.0"));

        ImportOutcome finalOutcome = store.importFiles(List.of(new CwtReleaseStore.ReleaseFile(fin)), (f, r) -> { }).get(0);
        assertThat(finalOutcome.status()).isEqualTo(ReleaseStatus.FINAL);
        assertThat(finalOutcome.replacedMonths()).containsExactly(YearMonth.of(2022, 5));
        assertThat(fdsNational(YearMonth.of(2022, 5))[1]).isEqualByComparingTo("22");
        assertThat(fdsNational(YearMonth.of(2022, 4))[1]).isEqualByComparingTo("10");

        // a provisional file arriving after the final one is kept on record but does not replace it
        ImportOutcome late = store.importFiles(List.of(new CwtReleaseStore.ReleaseFile(lateProvisional)), (f, r) -> { }).get(0);
        assertThat(late.outrankedMonths()).containsExactly(YearMonth.of(2022, 5));
        assertThat(fdsNational(YearMonth.of(2022, 5))[1]).isEqualByComparingTo("22");

        assertThat(store.releases()).extracting(CwtReleaseStore.ReleaseSummary::fileName)
                .contains(provisional.getFileName().toString(), fin.getFileName().toString(),
                        lateProvisional.getFileName().toString());
        Map<String, Integer> currentMonths = new LinkedHashMap<>();
        store.releases().forEach(r -> currentMonths.put(r.fileName(), r.currentMonths()));
        assertThat(currentMonths).containsEntry(provisional.getFileName().toString(), 1)
                .containsEntry(fin.getFileName().toString(), 1)
                .containsEntry(lateProvisional.getFileName().toString(), 0);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM cwt_provider_count WHERE period_month = DATE '2022-05-01'")
                .query(Long.class).single()).isEqualTo(3);
    }

    @Test
    void aBadFileAmongGoodOnesImportsNothing() {
        Path good = CwtFiles.write(dir, "good.csv", CwtFiles.HEADER + CwtFiles.fdsRow("2022-06", 10, 7));
        Path bad = CwtFiles.write(dir, "bad.csv", CwtFiles.HEADER + CwtFiles.fdsRow("2022-07", 10, 7)
                + CwtFiles.fdsRow("2022-07", 10, 7).replace(",10,7,3", ",10,7,4"));
        Map<String, List<Map<String, Object>>> before = snapshot();
        assertThatThrownBy(() -> store.importFiles(List.of(new CwtReleaseStore.ReleaseFile(good),
                new CwtReleaseStore.ReleaseFile(bad)), (f, r) -> { }))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).singleElement()
                        .satisfies(p -> {
                            assertThat(p.file()).isEqualTo(bad.toString());
                            assertThat(p.line()).isEqualTo(3);
                            assertThat(p.column()).isEqualTo("TOTAL TREATED");
                        }));
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void aCommissionerExtractIsRejectedAndImportsNothing() {
        Map<String, List<Map<String, Object>>> before = snapshot();
        assertThatThrownBy(() -> store.importFiles(List.of(new CwtReleaseStore.ReleaseFile(CwtFiles.ICB_2023)), (f, r) -> { }))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("commissioner");
        assertThat(snapshot()).isEqualTo(before);
    }

    private BigDecimal[] fdsNational(YearMonth month) {
        BigDecimal within = BigDecimal.ZERO;
        BigDecimal total = BigDecimal.ZERO;
        for (CwtReleaseStore.CurrentSum s : store.currentNationalSums()) {
            if (s.month().equals(month) && s.standardId().equals("cwt_fds_28d")) {
                within = within.add(s.within());
                total = total.add(s.total());
            }
        }
        return new BigDecimal[] {within, total};
    }

    private Map<String, List<Map<String, Object>>> snapshot() {
        Map<String, List<Map<String, Object>>> tables = new LinkedHashMap<>();
        for (String table : TABLES) {
            tables.put(table, jdbc.sql("SELECT * FROM " + table + " ORDER BY 1, 2").query().listOfRows());
        }
        return tables;
    }
}
