package org.rarewatch.engine.registry;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.rarewatch.engine.classification.group.CancerGroupTable;
import org.rarewatch.engine.registry.read.ColumnMapping;
import org.rarewatch.engine.registry.read.ProgressListener;
import org.rarewatch.engine.registry.read.ReadOptions;
import org.rarewatch.engine.registry.read.ReadResult;
import org.rarewatch.engine.registry.read.RegistryReader;
import org.rarewatch.engine.registry.stage.StageCodeParser;
import org.rarewatch.engine.registry.stage.StageSystemTable;

/** Small helpers shared by the registry tests. */
public final class TestFiles {

    public static final String V1_HEADER = "TUMOURID,PATIENTID,DIAGNOSISDATEBEST,SITE_ICD10_O2,SITE_ICD10_O2_3CHAR,"
            + "MORPH_ICD10_O2,BEHAVIOUR_ICD10_O2,STAGE_BEST,STAGE_BEST_SYSTEM,AGE,SEX";

    private TestFiles() {
    }

    public static Path write(Path dir, String name, String content) throws IOException {
        return write(dir, name, content, StandardCharsets.UTF_8);
    }

    public static Path write(Path dir, String name, String content, Charset charset) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content, charset);
        return file;
    }

    public static RegistryReader reader(ReadOptions options) {
        return new RegistryReader(CancerGroupTable.current(), new StageCodeParser(StageSystemTable.current()), options);
    }

    public static ReadResult read(Path file) {
        return reader(ReadOptions.defaults()).read(file, ColumnMapping.simulacrum(), ProgressListener.NONE);
    }
}
