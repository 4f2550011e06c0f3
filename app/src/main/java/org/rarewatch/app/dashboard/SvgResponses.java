package org.rarewatch.app.dashboard;

import java.nio.charset.StandardCharsets;
import org.rarewatch.app.render.RenderedChart;
import org.rarewatch.app.render.StyleHashes;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.server.ResponseStatusException;

/**
 * Serves a chart's SVG as an image. The charting library draws with style attributes; rather than allow
 * inline styles, the SVG's own policy lists the hash of each style it uses, and nothing else.
 */
final class SvgResponses {

    private SvgResponses() {
    }

    static ResponseEntity<byte[]> of(RenderedChart chart) {
        if (chart == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no such chart");
        }
        String document = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + chart.svg();
        return ResponseEntity.ok().contentType(new MediaType("image", "svg+xml", StandardCharsets.UTF_8))
                .cacheControl(CacheControl.noCache())
                .header("Content-Security-Policy", "default-src 'none'; style-src "
                        + StyleHashes.ofElementsAndAttributes(document) + "; frame-ancestors 'none'; sandbox")
                .body(document.getBytes(StandardCharsets.UTF_8));
    }
}
