package org.rarewatch.app.dashboard;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.rarewatch.engine.io.Sha256;

/** Chart ids from readable parts, kept within the 64 characters a chart id may have. */
final class ChartIds {
    private static final int MAX = 64;

    private ChartIds() {
    }

    static String of(String... parts) {
        String id = String.join("-", parts).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-+|-+$)", "");
        if (id.length() <= MAX) {
            return id;
        }
        String hash = Sha256.hex(id.getBytes(StandardCharsets.UTF_8)).substring(0, 10);
        return id.substring(0, MAX - hash.length() - 1).replaceAll("-+$", "") + "-" + hash;
    }
}
