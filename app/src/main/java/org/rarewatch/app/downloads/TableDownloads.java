package org.rarewatch.app.downloads;

import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** The HTTP response that downloads a table: the right media type, and a file name with its extension. */
public final class TableDownloads {

    private TableDownloads() {
    }

    /** {@code baseName} without extension, e.g. {@code rarewatch-fds-by-type-2024-09}. */
    public static ResponseEntity<byte[]> response(DownloadTable table, DownloadFormat format, String baseName) {
        String fileName = baseName.replaceAll("[^A-Za-z0-9._-]", "-") + "." + format.extension();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(format.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(TableWriter.write(table, format));
    }
}
