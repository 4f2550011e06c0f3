package org.rarewatch.engine.registry.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ChunkParserTest {

    /** The word-at-a-time search must agree with a plain byte loop on every position, including tricky bytes. */
    @Test
    void nextDelimiterAgreesWithAByteLoop() {
        byte[] alphabet = ",\n-+.\u000B#\"aZ09 \r".getBytes(StandardCharsets.ISO_8859_1);
        byte[] extra = {(byte) 0xE9, (byte) 0xAC, (byte) 0x8A, (byte) 0xFF, 0x01, 0x00, 0x2D, 0x0B};
        Random random = new Random(1);
        for (int trial = 0; trial < 2000; trial++) {
            byte[] buf = new byte[1 + random.nextInt(40)];
            for (int i = 0; i < buf.length; i++) {
                buf[i] = random.nextInt(4) == 0 ? extra[random.nextInt(extra.length)]
                        : alphabet[random.nextInt(alphabet.length)];
            }
            for (int from = 0; from <= buf.length; from++) {
                int to = from + random.nextInt(buf.length - from + 1);
                int expected = from;
                while (expected < to && buf[expected] != ',' && buf[expected] != '\n') {
                    expected++;
                }
                assertThat(ChunkParser.nextDelimiter(buf, from, to)).isEqualTo(expected);
            }
        }
    }

    @Test
    void datesAndAges() {
        byte[] b = "2016-02-29|2015-02-29|29/02/2016|2016-13-01|2016-01-01 10:00:00|57|57.0|-3|1234567".getBytes();
        assertThat(ChunkParser.year(b, 0, 10)).isEqualTo(2016);
        assertThat(ChunkParser.year(b, 11, 21)).isEqualTo(-1);
        assertThat(ChunkParser.year(b, 22, 32)).isEqualTo(2016);
        assertThat(ChunkParser.year(b, 33, 43)).isEqualTo(-1);
        assertThat(ChunkParser.year(b, 44, 63)).isEqualTo(2016);
        assertThat(ChunkParser.wholeNumber(b, 64, 66)).isEqualTo(57);
        assertThat(ChunkParser.wholeNumber(b, 67, 71)).isEqualTo(57);
        assertThat(ChunkParser.wholeNumber(b, 72, 74)).isEqualTo(-1);
        assertThat(ChunkParser.wholeNumber(b, 75, 82)).isEqualTo(-1);
    }
}
