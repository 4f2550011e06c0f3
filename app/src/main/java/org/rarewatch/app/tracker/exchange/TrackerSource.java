package org.rarewatch.app.tracker.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where an import reads the exchange files from: a directory, or bundled resources (the demo content). */
public interface TrackerSource {

    /** The stream of one file, or null when the file is not there. */
    InputStream open(String fileName) throws IOException;

    /** The file's name as a person would look for it, for error messages. */
    String display(String fileName);

    static TrackerSource directory(Path dir) {
        return new TrackerSource() {
            @Override
            public InputStream open(String fileName) throws IOException {
                Path file = dir.resolve(fileName);
                return Files.isRegularFile(file) ? Files.newInputStream(file) : null;
            }

            @Override
            public String display(String fileName) {
                return dir.resolve(fileName).toString();
            }
        };
    }

    static TrackerSource classpath(String folder) {
        return new TrackerSource() {
            @Override
            public InputStream open(String fileName) {
                return TrackerSource.class.getClassLoader().getResourceAsStream(folder + "/" + fileName);
            }

            @Override
            public String display(String fileName) {
                return "classpath:" + folder + "/" + fileName;
            }
        };
    }
}
