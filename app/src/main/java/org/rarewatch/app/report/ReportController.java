package org.rarewatch.app.report;

import java.nio.charset.StandardCharsets;
import org.rarewatch.app.render.StyleHashes;
import org.rarewatch.app.tracker.TrackerNotFoundException;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The annual report of every edition: the published report, or a DRAFT preview (watermarked, "DRAFT" in
 * its title) for an edition not yet published.
 */
@RestController
class ReportController {

    private final AnnualReport reports;

    ReportController(AnnualReport reports) {
        this.reports = reports;
    }

    @GetMapping("/editions/{year}/report.html")
    ResponseEntity<byte[]> html(@PathVariable int year) {
        byte[] html = reports.html(year);
        return ResponseEntity.ok().contentType(new MediaType("text", "html", StandardCharsets.UTF_8))
                .cacheControl(CacheControl.noCache())
                // the file is self-contained: it needs no script and no resource from anywhere; its own
                // style elements are allowed by their hashes, so no 'unsafe-inline' is needed
                .header("Content-Security-Policy", "default-src 'none'; style-src " + StyleHashes.ofElements(new String(html, StandardCharsets.UTF_8))
                        + "; font-src data:; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'")
                .body(html);
    }

    @GetMapping("/editions/{year}/report.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable int year) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF).cacheControl(CacheControl.noCache())
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"rarewatch-report-" + year + ".pdf\"")
                .body(reports.pdf(year));
    }

    @ExceptionHandler(TrackerNotFoundException.class)
    ResponseEntity<String> notFound(TrackerNotFoundException e) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.TEXT_PLAIN).body(e.getMessage() + "\n");
    }

    @ExceptionHandler(ReportRefusedException.class)
    ResponseEntity<String> refused(ReportRefusedException e) {
        return ResponseEntity.status(HttpStatus.CONFLICT).contentType(MediaType.TEXT_PLAIN).body(e.getMessage() + "\n");
    }
}
