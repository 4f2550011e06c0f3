package org.rarewatch.app.render;

import java.awt.Color;

/** NHS.UK colour palette (service-manual.nhs.uk/design-system/styles/colour) used by every chart. */
public final class NhsPalette {
    public static final Color BLUE = new Color(0x005eb8);
    public static final Color DARK_BLUE = new Color(0x003087);
    public static final Color RED = new Color(0xd5281b);
    public static final Color GREEN = new Color(0x007f3b);
    public static final Color GREY_1 = new Color(0x4c6272);
    public static final Color GREY_4 = new Color(0xd8dde0);
    public static final Color TEXT = new Color(0x212b32);
    public static final Color WHITE = Color.WHITE;

    private NhsPalette() {
    }

    /** Same colour with the given opacity, for interval bands drawn under a line. */
    public static Color translucent(Color colour, double opacity) {
        return new Color(colour.getRed(), colour.getGreen(), colour.getBlue(), (int) Math.round(opacity * 255));
    }
}
