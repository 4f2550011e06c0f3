package org.rarewatch.app.dashboard;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rarewatch.app.render.RenderedChart;
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

    private static final Pattern STYLE_ATTRIBUTE = Pattern.compile("\\sstyle=\"([^\"]*)\"");
    private static final Pattern STYLE_ELEMENT = Pattern.compile("<style[^>]*>(.*?)</style>", Pattern.DOTALL);

    private SvgResponses() {
    }

    static ResponseEntity<byte[]> of(RenderedChart chart) {
        if (chart == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no such chart");
        }
        String document = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + chart.svg();
        return ResponseEntity.ok().contentType(new MediaType("image", "svg+xml", StandardCharsets.UTF_8))
                .cacheControl(CacheControl.noCache())
                .header("Content-Security-Policy", policy(document))
                .body(document.getBytes(StandardCharsets.UTF_8));
    }

    /** {@code default-src 'none'} with the SVG's own styles allowed by their SHA-256, sandboxed. */
    static String policy(String svg) {
        Set<String> hashes = new TreeSet<>();
        boolean attributes = false;
        Matcher a = STYLE_ATTRIBUTE.matcher(svg);
        while (a.find()) {
            hashes.add(hash(unescape(a.group(1))));
            attributes = true;
        }
        Matcher e = STYLE_ELEMENT.matcher(svg);
        while (e.find()) {
            hashes.add(hash(e.group(1)));
        }
        String styles = hashes.isEmpty() ? "'none'" : (attributes ? "'unsafe-hashes' " : "") + String.join(" ", hashes);
        return "default-src 'none'; style-src " + styles + "; frame-ancestors 'none'; sandbox";
    }

    private static String unescape(String attribute) {
        return attribute.replace("&quot;", "\"").replace("&apos;", "'").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&amp;", "&");
    }

    private static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return "'sha256-" + Base64.getEncoder().encodeToString(digest) + "'";
        } catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
        }
    }
}
