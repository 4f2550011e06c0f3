package org.rarewatch.app.dashboard;

import java.nio.charset.StandardCharsets;
import org.rarewatch.app.render.RenderedChart;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.server.ResponseStatusException;

/** Serves a chart's SVG as an image. */
final class SvgResponses {
    /**
     * The SVG draws with style attributes (as the charting library writes them), so it gets its own policy:
     * inline styles only, nothing else, sandboxed. As an image it cannot run script; opened on its own it
     * still cannot.
     */
    static final String CSP = "default-src 'none'; style-src 'unsafe-inline'; sandbox";

    private SvgResponses() {
    }

    static ResponseEntity<byte[]> of(RenderedChart chart) {
        if (chart == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no such chart");
        }
        String document = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + chart.svg();
        return ResponseEntity.ok().contentType(new MediaType("image", "svg+xml", StandardCharsets.UTF_8))
                .cacheControl(CacheControl.noCache())
                .header("Content-Security-Policy", CSP)
                .body(document.getBytes(StandardCharsets.UTF_8));
    }
}
