package org.rarewatch.engine.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rarewatch.engine.io.InputProblem;
import org.rarewatch.engine.io.InvalidInputException;

class ReferenceTableTest {

    private static ReferenceTable read(byte[] bytes, String... required) {
        return ReferenceTable.read("t.csv", new ByteArrayInputStream(bytes), List.of(required));
    }

    private static ReferenceTable read(String text, String... required) {
        return read(text.getBytes(StandardCharsets.UTF_8), required);
    }

    @Test
    void readsRowsWithTheirPhysicalLineNumbers() {
        ReferenceTable table = read("id,text\nA,\"two\nlines\"\nB,plain\n", "id");
        assertThat(table.rows()).hasSize(2);
        assertThat(table.rows().get(0).get("text")).isEqualTo("two\nlines");
        assertThat(table.rows().get(1).line()).isEqualTo(4);
    }

    @Test
    void acceptsByteOrderMarkAndWindowsLineEnds() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = "id,text\r\nA,x\r\n".getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, all, 0, bom.length);
        System.arraycopy(body, 0, all, bom.length, body.length);
        ReferenceTable table = read(all, "id");
        assertThat(table.header()).containsExactly("id", "text");
        assertThat(table.rows().get(0).get("text")).isEqualTo("x");
    }

    @Test
    void namesEveryMissingColumn() {
        assertThatThrownBy(() -> read("id\nA\n", "id", "title", "url"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(InputProblem::column).containsExactly("title", "url"));
    }

    @Test
    void reportsEachRowWithTheWrongNumberOfFields() {
        assertThatThrownBy(() -> read("id,text\nA,x\nB\nC,y,z\n", "id"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.problems()).extracting(InputProblem::line).containsExactly(3L, 4L);
                    assertThat(e.problems().get(0).reason()).isEqualTo("expected 2 fields but found 1");
                });
    }

    @Test
    void rejectsAnEmptyFileAndBytesThatAreNotUtf8() {
        assertThatThrownBy(() -> read(""))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("empty");
        byte[] latin1 = "id,text\nA,caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> read(latin1, "id"))
                .isInstanceOf(InvalidInputException.class).hasMessage("t.csv: the file is not valid UTF-8");
    }

    @Test
    void problemsDescribeThemselvesInOneLine() {
        InputProblem p = new InputProblem("plans.csv", 12, "url", "ftp://x\ny", "a source must be an http(s) address");
        assertThat(p.describe()).isEqualTo("plans.csv:12: column url: value \"ftp://x y\": a source must be an http(s) address");
        assertThat(InputProblem.ofFile("x.csv", "the file is empty").describe()).isEqualTo("x.csv: the file is empty");
    }

    @Test
    void dataQualityTakesTheStrongestMarkerAndNamesTheFields() {
        var assessment = DataQuality.assess(Map.of("summary", "UNVERIFIED (not seen)", "date", "2021 (UNCERTAIN)"));
        assertThat(assessment.quality()).isEqualTo(DataQuality.UNVERIFIED);
        assertThat(assessment.note()).contains("summary").contains("date");
        assertThat(DataQuality.assess(Map.of("a", "fine")).quality()).isEqualTo(DataQuality.OK);
        assertThat(DataQuality.assess(Map.of("a", "uncertain mapping")).quality()).isEqualTo(DataQuality.UNCERTAIN);
    }
}
