package org.rarewatch.engine.registry.cube;

import org.rarewatch.engine.classification.group.Stageability;
import org.rarewatch.engine.registry.Route;
import org.rarewatch.engine.registry.stage.StageCategory;

/**
 * One cell of the aggregation cube: cancer group × diagnosis year × sex × age band × stage category ×
 * route, plus the site facts that the measures need (stageability, in the all-cancers scope).
 * Packed into one long so that cubes are flat arrays of counts.
 *
 * @param groupId index into the cancer-group table's {@code groups()}
 * @param sex     0 not known, 1 male, 2 female
 * @param ageBand index into {@link AgeBands}
 * @param youngPeoplesCancer classified by ICCC-3 (ages 0–14) or the AYA site recode (ages 15–24)
 */
public record CubeCell(int groupId, Stageability stageability, boolean inAllCancersScope, int year, int sex,
        int ageBand, StageCategory stage, Route route, boolean youngPeoplesCancer) {

    public CubeCell(int groupId, Stageability stageability, boolean inAllCancersScope, int year, int sex, int ageBand,
            StageCategory stage, Route route) {
        this(groupId, stageability, inAllCancersScope, year, sex, ageBand, stage, route, false);
    }

    static final int MIN_YEAR = 1900;
    static final int MAX_YEAR = MIN_YEAR + 255;

    public long pack() {
        return pack(groupId, stageability, inAllCancersScope, year, sex, ageBand, stage, route)
                | (youngPeoplesCancer ? YOUNG_PEOPLES_CANCER : 0);
    }

    /** OR this into a packed cell for a tumour classified as a children's or TYA cancer. */
    public static final long YOUNG_PEOPLES_CANCER = 1L << 23;

    public static long pack(int groupId, Stageability stageability, boolean inScope, int year, int sex, int ageBand,
            StageCategory stage, Route route) {
        return sitePart(groupId, stageability, inScope) | rowPart(year, sex, ageBand, stage, route);
    }

    /** The bits that depend only on the site (so a reader can cache them per ICD-10 code). */
    public static long sitePart(int groupId, Stageability stageability, boolean inScope) {
        long k = groupId & 0x7F;
        k = (k << 2) | stageability.ordinal();
        k = (k << 1) | (inScope ? 1 : 0);
        return k << ROW_BITS;
    }

    /** The bits that vary row by row. */
    public static long rowPart(int year, int sex, int ageBand, StageCategory stage, Route route) {
        long k = (year - MIN_YEAR) & 0xFF;
        k = (k << 2) | (sex & 0x3);
        k = (k << 5) | (ageBand & 0x1F);
        k = (k << 4) | stage.ordinal();
        k = (k << 4) | route.ordinal();
        return k;
    }

    /** year, sex, age band, stage, route, then the young-people's-cancer bit. */
    private static final int ROW_BITS = 8 + 2 + 5 + 4 + 4 + 1;

    public static CubeCell unpack(long k) {
        boolean young = (k & YOUNG_PEOPLES_CANCER) != 0;
        k &= ~YOUNG_PEOPLES_CANCER;
        Route route = Route.of((int) (k & 0xF));
        k >>>= 4;
        StageCategory stage = StageCategory.of((int) (k & 0xF));
        k >>>= 4;
        int ageBand = (int) (k & 0x1F);
        k >>>= 5;
        int sex = (int) (k & 0x3);
        k >>>= 2;
        int year = (int) (k & 0xFF) + MIN_YEAR;
        k >>>= 8 + 1;
        boolean inScope = (k & 1) == 1;
        k >>>= 1;
        Stageability stageability = Stageability.values()[(int) (k & 0x3)];
        k >>>= 2;
        int groupId = (int) (k & 0x7F);
        return new CubeCell(groupId, stageability, inScope, year, sex, ageBand, stage, route, young);
    }

    public static boolean yearFits(int year) {
        return year >= MIN_YEAR && year <= MAX_YEAR;
    }
}
