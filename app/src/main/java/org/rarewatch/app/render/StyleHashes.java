package org.rarewatch.app.render;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Content-Security-Policy sources for the styles a generated document carries, by their SHA-256, so that
 * the report and the charts need no {@code 'unsafe-inline'}.
 */
public final class StyleHashes {

    private static final Pattern STYLE_ELEMENT = Pattern.compile("<style[^>]*>(.*?)</style>", Pattern.DOTALL);
    private static final Pattern STYLE_ATTRIBUTE = Pattern.compile("\\sstyle=\"([^\"]*)\"");

    private StyleHashes() {
    }

    /** The hash of each style element's content, exactly as written; {@code 'none'} when there is none. */
    public static String ofElements(String document) {
        Set<String> hashes = elements(document);
        return hashes.isEmpty() ? "'none'" : String.join(" ", hashes);
    }

    /**
     * The hash of each style element and each style attribute (the attribute's value as the browser reads it,
     * entities decoded), with {@code 'unsafe-hashes'} when there are attributes; {@code 'none'} when neither.
     */
    public static String ofElementsAndAttributes(String document) {
        Set<String> hashes = elements(document);
        boolean attributes = false;
        Matcher a = STYLE_ATTRIBUTE.matcher(document);
        while (a.find()) {
            hashes.add(hash(unescape(a.group(1))));
            attributes = true;
        }
        if (hashes.isEmpty()) {
            return "'none'";
        }
        return (attributes ? "'unsafe-hashes' " : "") + String.join(" ", hashes);
    }

    private static Set<String> elements(String document) {
        Set<String> hashes = new TreeSet<>();
        Matcher e = STYLE_ELEMENT.matcher(document);
        while (e.find()) {
            hashes.add(hash(e.group(1)));
        }
        return hashes;
    }

    private static String unescape(String attribute) {
        return attribute.replace("&quot;", "\"").replace("&apos;", "'").replace("&#39;", "'").replace("&lt;", "<")
                .replace("&gt;", ">").replace("&amp;", "&");
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
