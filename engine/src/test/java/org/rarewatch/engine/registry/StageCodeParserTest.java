package org.rarewatch.engine.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rarewatch.engine.registry.stage.StageCategory;
import org.rarewatch.engine.registry.stage.StageCodeParser;
import org.rarewatch.engine.registry.stage.StageSystemTable;

class StageCodeParserTest {

    private final StageCodeParser parser = new StageCodeParser(StageSystemTable.current());

    /** All 37 STAGE_BEST codes of the Simulacrum zstage lookup. */
    @Test
    void everyZstageCodeHasACategory() {
        List<String> zstage = List.of("0", "0A", "0IS", "1", "1A", "1A1", "1A2", "1B", "1B1", "1B2", "1C", "1E", "1S",
                "2", "2A", "2A1", "2A2", "2B", "2C", "2E", "2S", "3", "3A", "3B", "3C", "3E", "3S", "4", "4A", "4B", "4C",
                "4S", "5", "6", "?", "U", "X");
        assertThat(zstage).hasSize(37);
        for (String code : zstage) {
            StageCategory c = parser.parse(code, "22");
            assertThat(c).as(code).isNotNull();
            StageCategory expected = switch (code.charAt(0)) {
                case '0' -> StageCategory.STAGE_0;
                case '1' -> StageCategory.STAGE_1;
                case '2' -> StageCategory.STAGE_2;
                case '3' -> StageCategory.STAGE_3;
                case '4' -> StageCategory.STAGE_4;
                case '6', 'U' -> StageCategory.UNSTAGEABLE;
                default -> StageCategory.MISSING;
            };
            assertThat(c).as(code).isEqualTo(expected);
        }
    }

    @Test
    void realDataVariantsGroupByFirstCharacter() {
        assertThat(parser.parse("1AE", "")).isEqualTo(StageCategory.STAGE_1);
        assertThat(parser.parse("1AES", null)).isEqualTo(StageCategory.STAGE_1);
        assertThat(parser.parse("3A1i", "23")).isEqualTo(StageCategory.STAGE_3);
        assertThat(parser.parse("3C2", "27")).isEqualTo(StageCategory.STAGE_3);
        assertThat(parser.parse("", "")).isEqualTo(StageCategory.MISSING);
        assertThat(parser.parse("None", "")).isEqualTo(StageCategory.MISSING);
    }

    @Test
    void nonTnmSystemsMapAsTheRegistryDoes() {
        assertThat(parser.parse("A", "Binet")).isEqualTo(StageCategory.SYSTEM_NHS_EARLY);
        assertThat(parser.parse("B", "BINET")).isEqualTo(StageCategory.SYSTEM_NHS_EARLY);
        assertThat(parser.parse("C", "Binet")).isEqualTo(StageCategory.SYSTEM_NHS_ADVANCED);
        assertThat(parser.parse("L1", "INRG")).isEqualTo(StageCategory.SYSTEM_NHS_EARLY);
        assertThat(parser.parse("MS", "INRG")).isEqualTo(StageCategory.SYSTEM_NHS_ADVANCED);
        assertThat(parser.parse("M0", "Chang")).isEqualTo(StageCategory.SYSTEM_NHS_EARLY);
        assertThat(parser.parse("M3", "Chang")).isEqualTo(StageCategory.SYSTEM_NHS_ADVANCED);
        assertThat(parser.parse("2", "ISS")).isEqualTo(StageCategory.SYSTEM_NHS_EARLY);
        assertThat(parser.parse("3", "ISS")).isEqualTo(StageCategory.SYSTEM_NHS_ADVANCED);
        assertThat(parser.parse("III", "ISS")).isEqualTo(StageCategory.SYSTEM_NHS_ADVANCED);
        assertThat(parser.parse("5", "Wilms")).isEqualTo(StageCategory.SYSTEM_NHS_ADVANCED);
        // longest prefix: IV is advanced although it starts with I
        assertThat(parser.parse("IVB", "FIGO")).isEqualTo(StageCategory.SYSTEM_NHS_ADVANCED);
        assertThat(parser.parse("IB2", "FIGO")).isEqualTo(StageCategory.SYSTEM_NHS_EARLY);
        assertThat(parser.parse("II", "Rai")).isEqualTo(StageCategory.SYSTEM_OTHER_EARLY);
        assertThat(parser.parse("D", "Dukes")).isEqualTo(StageCategory.SYSTEM_OTHER_ADVANCED);
    }

    @Test
    void unknownCodesAreNull() {
        for (String bad : new String[] {"Q", "A", "7", "1-A", "??", "XX", "L1"}) {
            assertThat(parser.parse(bad, "22")).as(bad).isNull();
        }
    }
}
