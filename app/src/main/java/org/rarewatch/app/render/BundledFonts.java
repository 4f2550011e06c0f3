package org.rarewatch.app.render;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The Liberation Sans fonts bundled in {@code render/fonts/} (SIL Open Font Licence, see the licence file
 * beside them). Charts measure text with these, not with whatever the machine has installed, so the same
 * input gives the same SVG on every machine, and the PDF embeds exactly these files.
 */
public final class BundledFonts {
    /** Family name as written into SVG and CSS; it is the family name inside the TTF files. */
    public static final String FAMILY = "Liberation Sans";
    /**
     * CSS fallback list for browsers: the bundled font first, then metric-compatible system fonts. Double
     * quotes, because JFreeSVG writes attributes in single quotes.
     */
    public static final String CSS_FAMILY = "\"Liberation Sans\", Arial, Helvetica, sans-serif";

    /** One bundled face: resource path, CSS weight and whether it is italic. */
    public record Face(String resource, int weight, boolean italic) {
    }

    public static final List<Face> FACES = List.of(
            new Face("/render/fonts/LiberationSans-Regular.ttf", 400, false),
            new Face("/render/fonts/LiberationSans-Bold.ttf", 700, false),
            new Face("/render/fonts/LiberationSans-Italic.ttf", 400, true));

    private static final Font REGULAR = load(FACES.get(0).resource());
    private static final Font BOLD = load(FACES.get(1).resource());

    private BundledFonts() {
    }

    public static Font regular(float size) {
        return REGULAR.deriveFont(Font.PLAIN, size);
    }

    public static Font bold(float size) {
        return BOLD.deriveFont(Font.BOLD, size);
    }

    public static InputStream open(String resource) {
        InputStream in = BundledFonts.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("bundled font missing from the class path: " + resource);
        }
        return in;
    }

    private static Font load(String resource) {
        try (InputStream in = open(resource)) {
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (FontFormatException e) {
            throw new IllegalStateException("bundled font unreadable: " + resource, e);
        }
    }
}
