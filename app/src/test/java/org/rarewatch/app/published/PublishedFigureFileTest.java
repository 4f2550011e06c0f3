package org.rarewatch.app.published;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rarewatch.engine.io.InputProblem;
import org.rarewatch.engine.io.InvalidInputException;

/** Reading and checking a published-figures CSV file, without a database. */
class PublishedFigureFileTest {

    @Test
    void theBundledFileParsesWithNoProblems() throws Exception {
        List<PublishedFigureFile.Row> rows = PublishedFigureFile.read(PublishedFiles.BUNDLED.toString(),
                Files.readAllBytes(PublishedFiles.BUNDLED));
        assertThat(rows).hasSize(19);
        assertThat(rows).extracting(PublishedFigureFile.Row::indicator).containsOnly("early_nhs_published", "survival_5yr_net");
        assertThat(rows).allSatisfy(r -> {
            assertThat(r.geography()).isEqualTo("England");
            assertThat(r.unit()).isEqualTo("%");
            assertThat(r.sourceUrl()).startsWith("http");
        });
    }

    @Test
    void aByteOrderMarkAndBlankOptionalColumnsAreAccepted() {
        String text = "\uFEFF" + PublishedFiles.HEADER + PublishedFiles.row("bom_share", "FY2019-20", "0")
                + PublishedFiles.row("bom_share", "2019-Q3", "100") + PublishedFiles.row("bom_share", "2019-10", "1.25");
        assertThat(PublishedFigureFile.read("bom.csv", text.getBytes(StandardCharsets.UTF_8)))
                .extracting(PublishedFigureFile.Row::period).containsExactly("FY2019-20", "2019-Q3", "2019-10");
    }

    @Test
    void everyProblemIsReportedWithLineColumnValueAndReason() {
        String text = PublishedFiles.HEADER
                + "Early Share,all,England,2019-13,abc,percent,-1,x,,5,,ftp://example.org/a,19 May 2024,\n"
                + "ok_share,,,FY2019-21,101,%,,,50,60,Title,https://example.org,2024-02-30,\n"
                + PublishedFiles.row("dup_share", "2019", "54")
                + PublishedFiles.row("dup_share", "2019", "55")
                + "range_share,all,England,2016-2020,54,%,,,55,53,T,https://e.org,2024,\n";
        assertThatThrownBy(() -> PublishedFigureFile.read("f.csv", text.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(InputProblem::describe).containsExactly(
                                "f.csv:2: column indicator: value \"Early Share\": must be a lower-case id of letters, digits and _",
                                "f.csv:2: column period: value \"2019-13\": must be YYYY, YYYY-MM, YYYY-Qn, FYYYYY-YY "
                                        + "(e.g. FY2019-20) or a cohort range YYYY-YYYY",
                                "f.csv:2: column unit: value \"percent\": must be %, count or rate per 100,000",
                                "f.csv:2: column value: value \"abc\": must be a decimal number (e.g. 54.5)",
                                "f.csv:2: column numerator: value \"-1\": must be a non-negative decimal number (e.g. 1234 or 12.5)",
                                "f.csv:2: column denominator: value \"x\": must be a non-negative decimal number (e.g. 1234 or 12.5)",
                                "f.csv:2: column lower95: give both lower95 and upper95, or neither",
                                "f.csv:2: column source_title: is required",
                                "f.csv:2: column source_url: value \"ftp://example.org/a\": must be an http or https address",
                                "f.csv:2: column publication_date: value \"19 May 2024\": must be YYYY-MM-DD, YYYY-MM or YYYY",
                                "f.csv:3: column cancer_group: is required",
                                "f.csv:3: column geography: is required",
                                "f.csv:3: column period: value \"FY2019-21\": must be YYYY, YYYY-MM, YYYY-Qn, FYYYYY-YY "
                                        + "(e.g. FY2019-20) or a cohort range YYYY-YYYY",
                                "f.csv:3: column value: value \"101\": a percentage must be between 0 and 100",
                                "f.csv:3: column upper95: value \"60\": is below the value 101",
                                "f.csv:3: column publication_date: value \"2024-02-30\": must be YYYY-MM-DD, YYYY-MM or YYYY",
                                "f.csv:5: column period: value \"2019\": duplicate figure: same indicator, cancer_group, "
                                        + "geography and period as line 4",
                                "f.csv:6: column lower95: value \"55\": is above the value 54",
                                "f.csv:6: column upper95: value \"53\": is below the value 54"));
    }

    @Test
    void aMissingColumnAnUnknownColumnAndAnEmptyFileAreProblems() {
        assertThatThrownBy(() -> PublishedFigureFile.read("h.csv",
                "indicator,cancer_group,geography,period,value,source_title,source_url,publication_date,colour\n"
                        .getBytes(StandardCharsets.UTF_8)))
                .hasMessage("h.csv:1: column unit: required column is missing from the header");
        assertThatThrownBy(() -> PublishedFigureFile.read("u.csv", (PublishedFiles.HEADER.strip() + ",colour\n"
                + PublishedFiles.row("u_share", "2019", "1").strip() + ",red\n").getBytes(StandardCharsets.UTF_8)))
                .hasMessageStartingWith("u.csv:1: column colour: unknown column");
        assertThatThrownBy(() -> PublishedFigureFile.read("e.csv", PublishedFiles.HEADER.getBytes(StandardCharsets.UTF_8)))
                .hasMessage("e.csv: has no data rows");
    }

    @Test
    void problemsBeyondFiftyAreCounted() {
        StringBuilder text = new StringBuilder(PublishedFiles.HEADER);
        for (int i = 0; i < 60; i++) {
            text.append(PublishedFiles.row("cap_share", "2019", "101").replace(",2019,", "," + (1900 + i) + ","));
        }
        assertThatThrownBy(() -> PublishedFigureFile.read("c.csv", text.toString().getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.problems()).hasSize(51);
                    assertThat(e.problems().get(50).describe()).isEqualTo("c.csv: 10 more problem(s) not listed");
                });
    }
}
