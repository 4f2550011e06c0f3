package org.rarewatch.app.waitingtimes;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * With {@code rarewatch.demo=true}, imports the bundled real CWT-CRS provider extracts at start-up,
 * through the same import code as {@code ./rarewatch import cwt}; a second start changes nothing.
 */
@Component
@ConditionalOnProperty(name = "rarewatch.demo", havingValue = "true")
class CwtDemoLoader implements InitializingBean {

    static final List<String> BUNDLED = List.of(
            "CWT-CRS-Apr-2023-to-Sep-2023-Data-Extract-Provider-Provisional.xlsx",
            "CWT-CRS-Oct-2023-Data-Extract-Provider.xlsx",
            "CWT-CRS-Apr-2024-to-Sep-2024-Data-Extract-Provider-Final.xlsx");

    private static final Logger log = LoggerFactory.getLogger(CwtDemoLoader.class);

    private final CwtReleaseStore store;

    CwtDemoLoader(CwtReleaseStore store) {
        this.store = store;
    }

    @Override
    public void afterPropertiesSet() throws IOException {
        Path dir = Files.createTempDirectory("rarewatch-demo-cwt-");
        try {
            List<CwtReleaseStore.ReleaseFile> files = new ArrayList<>();
            for (String name : BUNDLED) {
                Path copy = dir.resolve(name);
                try (InputStream in = CwtDemoLoader.class.getClassLoader().getResourceAsStream("demo/cwt-crs/" + name)) {
                    if (in == null) {
                        throw new IllegalStateException("bundled demo extract missing from the build: " + name);
                    }
                    Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
                }
                files.add(new CwtReleaseStore.ReleaseFile(copy, name, null));
            }
            for (ImportOutcome outcome : store.importFiles(files, (f, rows) -> { })) {
                log.info("Demo waiting times: {}", outcome.describe());
            }
        } finally {
            try (var paths = Files.list(dir)) {
                for (Path p : paths.toList()) {
                    Files.deleteIfExists(p);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Files.deleteIfExists(dir);
        }
    }
}
