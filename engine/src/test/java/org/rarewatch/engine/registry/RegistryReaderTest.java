package org.rarewatch.engine.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.rarewatch.engine.registry.TestFiles.V1_HEADER;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rarewatch.engine.classification.group.CancerGroupTable;
import org.rarewatch.engine.io.InputProblem;
import org.rarewatch.engine.io.InvalidInputException;
import org.rarewatch.engine.registry.cube.CubeCell;
import org.rarewatch.engine.registry.read.ColumnMapping;
import org.rarewatch.engine.registry.read.ProgressListener;
import org.rarewatch.engine.registry.read.ReadOptions;
import org.rarewatch.engine.registry.read.ReadResult;
import org.rarewatch.engine.registry.read.RejectReason;
import org.rarewatch.engine.registry.read.TooManyBadRowsException;
import org.rarewatch.engine.registry.stage.StageCategory;

class RegistryReaderTest {

    @TempDir
    Path dir;

    private static String row(int id, String date, String site, String stage, String system, String age, String sex) {
        String three = site.length() >= 3 ? site.substring(0, 3) : site;
        return id + "," + id + "," + date + "," + site + "," + three + ",8140,3," + stage + "," + system + "," + age + ","
                + sex + "\n";
    }

    private static String goodRows(int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append(row(i, "2016-03-0" + (1 + i % 9), i % 2 == 0 ? "C341" : "C509", String.valueOf(1 + i % 4), "22",
                    String.valueOf(40 + i % 50), i % 2 == 0 ? "1" : "2"));
        }
        return sb.toString();
    }

    private Map<CubeCell, Long> cells(ReadResult r) {
        return r.cube().cells();
    }

    @Test
    void readsAValidFileIntoTheCube() throws IOException {
        Path file = TestFiles.write(dir, "ok.csv", V1_HEADER + "\n" + goodRows(40));
        ReadResult r = TestFiles.read(file);
        assertThat(r.rowsRead()).isEqualTo(40);
        assertThat(r.cube().total()).isEqualTo(40);
        assertThat(r.rejects().total()).isZero();
        assertThat(r.routePresent()).isFalse();
        int lung = CancerGroupTable.current().groupId("Lung");
        long lungStage1 = cells(r).entrySet().stream()
                .filter(e -> e.getKey().groupId() == lung && e.getKey().stage() == StageCategory.STAGE_1)
                .mapToLong(Map.Entry::getValue).sum();
        assertThat(lungStage1).isEqualTo(10); // rows 0,4,8,... of 40
    }

    @Test
    void missingRequiredColumnsAreAllNamed() throws IOException {
        Path file = TestFiles.write(dir, "cols.csv", "TUMOURID,SITE_ICD10_O2,STAGE_BEST\n1,C341,1\n");
        assertThatThrownBy(() -> TestFiles.read(file)).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.problems()).hasSize(3);
            assertThat(e.problems()).extracting(InputProblem::column)
                    .containsExactly("DIAGNOSISDATEBEST", "AGE", "SEX or GENDER");
            assertThat(e.problems().get(0).line()).isEqualTo(1);
        });
    }

    @Test
    void emptyFileIsAClearError() throws IOException {
        Path file = TestFiles.write(dir, "empty.csv", "");
        assertThatThrownBy(() -> TestFiles.read(file)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("empty.csv: the file is empty");
    }

    @Test
    void headerWithoutRowsIsAClearError() throws IOException {
        Path file = TestFiles.write(dir, "header.csv", V1_HEADER + "\n");
        assertThatThrownBy(() -> TestFiles.read(file)).hasMessageContaining("has a header but no data rows");
    }

    @Test
    void binaryFileIsNotCsv() throws IOException {
        Path file = dir.resolve("book.xlsx");
        Files.write(file, new byte[] {'P', 'K', 3, 4, 0, 0, 0, 8, 0, 0, 1, 2});
        assertThatThrownBy(() -> TestFiles.read(file)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("is not a CSV text file");
    }

    @Test
    void proseIsNotCsv() throws IOException {
        Path file = TestFiles.write(dir, "notes.txt", "This is a letter, not a table.\nRegards\n");
        assertThatThrownBy(() -> TestFiles.read(file)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("required column");
        Path oneColumn = TestFiles.write(dir, "words.txt", "hello\nworld\n");
        assertThatThrownBy(() -> TestFiles.read(oneColumn)).hasMessageContaining("not a comma-separated file");
    }

    @Test
    void missingFileIsAClearError() {
        assertThatThrownBy(() -> TestFiles.read(dir.resolve("nope.csv"))).hasMessageContaining("file not found");
    }

    @Test
    void fileOfOnlyBadRowsIsRefusedWithExamples() throws IOException {
        String bad = row(1, "2016-13-01", "C341", "1", "22", "50", "1") + row(2, "yesterday", "C341", "1", "22", "50", "1")
                + row(3, "2016-01-01", "NOTACODE", "1", "22", "50", "1");
        Path file = TestFiles.write(dir, "bad.csv", V1_HEADER + "\n" + bad);
        assertThatThrownBy(() -> TestFiles.read(file)).isInstanceOfSatisfying(TooManyBadRowsException.class, e -> {
            assertThat(e.problems().get(0).describe()).contains("3 of 3 rows (100.0%) are bad");
            assertThat(e.problems()).extracting(InputProblem::line).contains(2L, 3L, 4L);
            assertThat(e.rejects().counts()).containsEntry(RejectReason.BAD_DATE, 2L)
                    .containsEntry(RejectReason.UNKNOWN_SITE_CODE, 1L);
        });
    }

    @Test
    void badRowsBelowTheShareAreCountedByReasonWithLineNumbers() throws IOException {
        String content = V1_HEADER + "\n" + goodRows(100) + row(101, "2016-02-30", "C341", "1", "22", "50", "1")
                + row(102, "2016-01-01", "C341", "7Q", "22", "50", "1") + row(103, "2016-01-01", "C341", "1", "22", "abc", "1")
                + row(104, "2016-01-01", "C341", "1", "22", "50", "7") + "1,2,3\n"
                + row(105, "2016-01-01", "", "1", "22", "50", "1");
        Path file = TestFiles.write(dir, "some-bad.csv", content);
        ReadResult r = TestFiles.reader(ReadOptions.defaults().withMaxBadShare(0.10))
                .read(file, ColumnMapping.simulacrum(), ProgressListener.NONE);
        assertThat(r.rowsRead()).isEqualTo(106);
        assertThat(r.cube().total()).isEqualTo(100);
        assertThat(r.rejects().examples(RejectReason.UNKNOWN_SITE_CODE).get(0).reason()).isEqualTo("site code is missing");
        assertThat(r.rejects().counts()).containsOnly(Map.entry(RejectReason.UNKNOWN_SITE_CODE, 1L),
                Map.entry(RejectReason.BAD_DATE, 1L),
                Map.entry(RejectReason.UNKNOWN_STAGE_CODE, 1L), Map.entry(RejectReason.BAD_AGE, 1L),
                Map.entry(RejectReason.UNKNOWN_SEX_CODE, 1L), Map.entry(RejectReason.WRONG_COLUMN_COUNT, 1L));
        assertThat(r.rejects().examples(RejectReason.BAD_DATE).get(0).line()).isEqualTo(102);
        assertThat(r.rejects().examples(RejectReason.BAD_DATE).get(0).value()).isEqualTo("2016-02-30");
        assertThat(r.rejects().examples(RejectReason.WRONG_COLUMN_COUNT).get(0).line()).isEqualTo(106);
        // 6 of 106 rows (5.7%) are bad: read with a 10% limit above, refused at the default 5% and at 4%
        assertThatThrownBy(() -> TestFiles.read(file)).isInstanceOf(TooManyBadRowsException.class);
        assertThatThrownBy(() -> TestFiles.reader(ReadOptions.defaults().withMaxBadShare(0.04))
                .read(file, ColumnMapping.simulacrum(), ProgressListener.NONE))
                .isInstanceOf(TooManyBadRowsException.class).hasMessageContaining("6 of 106 rows (5.7%) are bad");
    }

    @Test
    void bomCrlfAndQuotedNewlinesAreReadCorrectly() throws IOException {
        String content = "\uFEFF" + V1_HEADER + "\r\n"
                + "1,1,2016-01-01,C341,C34,8140,3,1,22,50,1\r\n"
                + "2,\"patient\r\nwith a note\",2016-01-01,\"C341\",C34,8140,3,\"3\",22,50,2\r\n"
                + "3,3,2016-01-01,C341,C34,8140,3,9Z,22,50,2\r\n";
        Path file = TestFiles.write(dir, "bom.csv", content);
        ReadResult r = TestFiles.reader(ReadOptions.defaults().withMaxBadShare(0.5))
                .read(file, ColumnMapping.simulacrum(), ProgressListener.NONE);
        assertThat(r.rowsRead()).isEqualTo(3);
        assertThat(r.cube().total()).isEqualTo(2);
        assertThat(r.header().get(0)).isEqualTo("TUMOURID");
        // the third record starts on physical line 5 because the second spans two lines
        assertThat(r.rejects().examples(RejectReason.UNKNOWN_STAGE_CODE).get(0).line()).isEqualTo(5);
        assertThat(r.cube().cells().keySet()).extracting(CubeCell::stage)
                .containsExactlyInAnyOrder(StageCategory.STAGE_1, StageCategory.STAGE_3);
    }

    @Test
    void latin1BytesInFreeTextAreReadCorrectly() throws IOException {
        String content = V1_HEADER.replace("PATIENTID", "NOTE") + "\n"
                + "1,Café crème,2016-01-01,C341,C34,8140,3,1,22,50,1\n";
        Path file = TestFiles.write(dir, "latin1.csv", content, StandardCharsets.ISO_8859_1);
        ReadResult r = TestFiles.read(file);
        assertThat(r.cube().total()).isEqualTo(1);
        Path latinHeader = TestFiles.write(dir, "latin1-header.csv", V1_HEADER + ",RÉGION\n"
                + "1,1,2016-01-01,C341,C34,8140,3,1,22,50,1,Île\n", StandardCharsets.ISO_8859_1);
        assertThat(TestFiles.read(latinHeader).header()).contains("RÉGION");
    }

    @Test
    void utf16IsAClearError() throws IOException {
        Path file = TestFiles.write(dir, "utf16.csv", V1_HEADER + "\n", StandardCharsets.UTF_16);
        assertThatThrownBy(() -> TestFiles.read(file)).hasMessageContaining("UTF-16");
    }

    @Test
    void simulacrumV2HeaderAndColumnMappingForOtherLayouts() throws IOException {
        Path v2 = TestFiles.write(dir, "v2.csv", "TUMOURID,GENDER,PATIENTID,DIAGNOSISDATEBEST,SITE_ICD10_O2_3CHAR,"
                + "SITE_ICD10_O2,STAGE_BEST,AGE,STAGE_BEST_SYSTEM\n1,2,1,2017-05-05,C50,C509,2A,61,22\n");
        ReadResult r = TestFiles.read(v2);
        assertThat(r.cube().cells().keySet()).singleElement().satisfies(c -> {
            assertThat(c.sex()).isEqualTo(2);
            assertThat(c.year()).isEqualTo(2017);
            assertThat(c.stage()).isEqualTo(StageCategory.STAGE_2);
        });
        Path other = TestFiles.write(dir, "other.csv", "icd,dx,yrs,gender,stage,route\nC341,2019-01-01,70,M,4,Emergency\n");
        ReadResult mapped = TestFiles.reader(ReadOptions.defaults()).read(other, ColumnMapping.simulacrumWith(List.of(
                "site-icd10=icd", "diagnosis-date=dx", "age=yrs", "sex=gender", "stage=stage", "route=route")),
                ProgressListener.NONE);
        assertThat(mapped.routePresent()).isTrue();
        assertThat(mapped.cube().cells().keySet()).singleElement()
                .satisfies(c -> assertThat(c.route()).isEqualTo(Route.EMERGENCY_PRESENTATION));
        assertThatThrownBy(() -> ColumnMapping.simulacrumWith(List.of("colour=red", "age")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).hasSize(2));
    }

    @Test
    void tinyChunksAndOneThreadGiveTheSameCubeAsDefaults() throws IOException {
        StringBuilder sb = new StringBuilder(V1_HEADER).append('\n');
        for (int i = 0; i < 3000; i++) {
            sb.append(row(i, "201" + (3 + i % 5) + "-0" + (1 + i % 9) + "-1" + (i % 9), i % 3 == 0 ? "C719" : "C18" + (i % 10),
                    i % 7 == 0 ? "?" : String.valueOf(i % 5), "22", String.valueOf(i % 100), String.valueOf(1 + i % 2)));
            if (i % 500 == 0) {
                sb.append(i).append(",\"multi\nline\",2014-01-01,C341,C34,8140,3,2,22,50,1\n");
            }
        }
        Path file = TestFiles.write(dir, "many.csv", sb.toString());
        ReadResult whole = TestFiles.reader(ReadOptions.defaults().withThreads(1)).read(file, ColumnMapping.simulacrum(),
                ProgressListener.NONE);
        ReadResult chunked = TestFiles.reader(ReadOptions.defaults().withThreads(3).withChunkBytes(1024))
                .read(file, ColumnMapping.simulacrum(), ProgressListener.NONE);
        assertThat(whole.cube().total()).isEqualTo(3006);
        assertThat(chunked.cube().sameCounts(whole.cube())).isTrue();
        assertThat(chunked.rowsRead()).isEqualTo(whole.rowsRead());
    }

    @Test
    void anUnclosedQuoteDoesNotSwallowTheFileIntoMemory() throws IOException {
        StringBuilder sb = new StringBuilder(V1_HEADER).append('\n');
        sb.append("1,\"never closed,2016-01-01,C341,C34,8140,3,1,22,50,1\n");
        String good = "2,2,2016-01-01,C341,C34,8140,3,1,22,50,1\n";
        while (sb.length() < 17 * 1024 * 1024) {
            sb.append(good);
        }
        Path file = TestFiles.write(dir, "stray-quote.csv", sb.toString());
        assertThatThrownBy(() -> TestFiles.read(file)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("stray-quote.csv:2").hasMessageContaining("never closed");
        // a small file with the same problem ends in one rejected record instead
        Path small = TestFiles.write(dir, "small-stray.csv", V1_HEADER + "\n" + goodRows(200)
                + "1,\"never closed,2016-01-01,C341,C34,8140,3,1,22,50,1\n" + good);
        ReadResult r = TestFiles.read(small);
        assertThat(r.rejects().counts()).containsEntry(RejectReason.UNTERMINATED_QUOTE, 1L);
        assertThat(r.cube().total()).isEqualTo(200);
    }

    @Test
    void childrensAndTeenageCancersAreMarkedByIcccAndAyaRecodes() throws IOException {
        String content = V1_HEADER + "\n"
                + "1,1,2016-01-01,C716,C71,9470,3,?,,6,1\n"     // medulloblastoma, child
                + "2,2,2016-01-01,C716,C71,9470,3,?,,40,1\n"    // same tumour, adult
                + "3,3,2016-01-01,C819,C81,9650,3,2,,19,2\n"    // Hodgkin lymphoma, TYA
                + "4,4,2016-01-01,C509,C50,ABCD,3,2,,19,2\n";   // unreadable morphology
        ReadResult r = TestFiles.read(TestFiles.write(dir, "young.csv", content));
        assertThat(r.cube().cells().keySet()).extracting(c -> c.ageBand() + ":" + c.youngPeoplesCancer())
                .containsExactlyInAnyOrder("1:true", "8:false", "3:true", "3:false");
    }
}
