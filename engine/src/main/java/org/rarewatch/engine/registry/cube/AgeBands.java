package org.rarewatch.engine.registry.cube;

/** Five-year age bands 0–4 … 85–89 and 90+ (the bands of the 2013 European Standard Population, top-coded at 90). */
public final class AgeBands {

    public static final int COUNT = 19;

    private AgeBands() {
    }

    public static int of(int age) {
        return Math.min(age / 5, COUNT - 1);
    }

    public static String label(int band) {
        return band == COUNT - 1 ? "90+" : (band * 5) + "-" + (band * 5 + 4);
    }
}
