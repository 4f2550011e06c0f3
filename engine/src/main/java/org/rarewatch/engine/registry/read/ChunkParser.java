package org.rarewatch.engine.registry.read;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import org.rarewatch.engine.classification.aya.TyaCancerClassifier;
import org.rarewatch.engine.classification.group.CancerGroupTable;
import org.rarewatch.engine.classification.iccc.ChildhoodCancerClassifier;
import org.rarewatch.engine.classification.group.GroupClassification;
import org.rarewatch.engine.classification.group.Icd10Code;
import org.rarewatch.engine.io.InputProblem;
import org.rarewatch.engine.registry.Route;
import org.rarewatch.engine.registry.cube.AgeBands;
import org.rarewatch.engine.registry.cube.CubeCell;
import org.rarewatch.engine.registry.cube.StageCube;
import org.rarewatch.engine.registry.stage.StageCategory;
import org.rarewatch.engine.registry.stage.StageCodeParser;

/**
 * Parses one chunk of whole CSV records (RFC 4180: quoted fields, doubled quotes, newlines inside
 * quotes, LF or CRLF) straight from bytes into a {@link StageCube}. Only the mapped columns are turned
 * into values; the rest of each row is skipped and nothing row-level is kept. A rejected row is reported
 * by line, column and the offending value only, never with the rest of the row.
 */
final class ChunkParser {

    private static final long SITE_REJECT = -1L;
    private static final int[] DAYS_IN_MONTH = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

    private final Context context;
    private final StageCube cube = new StageCube();
    private final Rejects rejects;
    private long rows;
    private final SliceCache<Long> siteCache = new SliceCache<>();
    private final SliceCache<Integer> stageCache = new SliceCache<>();
    private final SliceCache<Integer> routeCache = new SliceCache<>();
    private final byte[] scratch = new byte[256];

    private final int[] starts;
    private final int[] ends;
    private final boolean[] escaped;

    /** What every chunk of one file shares. */
    record Context(String file, int headerSize, int[] columnOf, String[] columnNames, CancerGroupTable groups,
            StageCodeParser stages, int examplesPerReason, YoungPeoplesCancers young) {
    }

    ChunkParser(Context context) {
        this.context = context;
        this.rejects = new Rejects(context.examplesPerReason());
        this.starts = new int[context.headerSize()];
        this.ends = new int[context.headerSize()];
        this.escaped = new boolean[context.headerSize()];
    }

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long COMMAS = 0x2C2C2C2C2C2C2C2CL;
    private static final long NEWLINES = 0x0A0A0A0A0A0A0A0AL;
    private static final long LOW7 = 0x7F7F7F7F7F7F7F7FL;

    /** High bit set in exactly the bytes of {@code word} equal to the byte repeated in {@code pattern}. */
    private static long equalBytes(long word, long pattern) {
        long x = word ^ pattern;
        return ~(((x & LOW7) + LOW7) | x | LOW7);
    }

    /** Index of the next comma or line feed at or after {@code p}, or {@code to}; eight bytes at a time. */
    static int nextDelimiter(byte[] buf, int p, int to) {
        while (p + 8 <= to) {
            long word = (long) LONGS.get(buf, p);
            long hits = equalBytes(word, COMMAS) | equalBytes(word, NEWLINES);
            if (hits != 0) {
                return p + (Long.numberOfTrailingZeros(hits) >>> 3);
            }
            p += 8;
        }
        while (p < to && buf[p] != ',' && buf[p] != '\n') {
            p++;
        }
        return p;
    }

    StageCube cube() {
        return cube;
    }

    Rejects rejects() {
        return rejects;
    }

    long rows() {
        return rows;
    }

    void parse(byte[] buf, int from, int to, long firstLine) {
        int p = from;
        long line = firstLine;
        int headerSize = context.headerSize();
        while (p < to) {
            long recordLine = line;
            int fields = 0;
            boolean unterminated = false;
            while (true) {
                int fs = p;
                int fe;
                boolean esc = false;
                if (p < to && buf[p] == '"') {
                    p++;
                    fs = p;
                    while (true) {
                        if (p >= to) {
                            unterminated = true;
                            break;
                        }
                        byte b = buf[p];
                        if (b == '"') {
                            if (p + 1 < to && buf[p + 1] == '"') {
                                esc = true;
                                p += 2;
                                continue;
                            }
                            break;
                        }
                        if (b == '\n') {
                            line++;
                        }
                        p++;
                    }
                    fe = p;
                    if (!unterminated) {
                        p++;
                    }
                    while (p < to && buf[p] != ',' && buf[p] != '\n') {
                        p++;
                    }
                } else {
                    p = nextDelimiter(buf, p, to);
                    fe = p;
                    if (fe > fs && buf[fe - 1] == '\r') {
                        fe--;
                    }
                }
                if (fields < headerSize) {
                    starts[fields] = fs;
                    ends[fields] = fe;
                    escaped[fields] = esc;
                }
                fields++;
                if (p >= to) {
                    break;
                }
                if (buf[p] == ',') {
                    p++;
                    if (p >= to) {
                        if (fields < headerSize) {
                            starts[fields] = p;
                            ends[fields] = p;
                            escaped[fields] = false;
                        }
                        fields++;
                        break;
                    }
                    continue;
                }
                p++;
                line++;
                break;
            }
            if (fields == 1 && ends[0] == starts[0]) {
                continue;
            }
            rows++;
            if (unterminated) {
                reject(RejectReason.UNTERMINATED_QUOTE, recordLine, "", "", RejectReason.UNTERMINATED_QUOTE.description());
            } else if (fields != headerSize) {
                reject(RejectReason.WRONG_COLUMN_COUNT, recordLine, "", "",
                        "expected " + headerSize + " columns but found " + fields);
            } else {
                countRow(buf, recordLine);
            }
        }
    }

    private void countRow(byte[] buf, long line) {
        int[] col = context.columnOf();

        int dateCol = col[RegistryField.DIAGNOSIS_DATE.ordinal()];
        int year = year(buf, starts[dateCol], ends[dateCol]);
        if (year < 0 || !CubeCell.yearFits(year)) {
            reject(RejectReason.BAD_DATE, line, dateCol, value(buf, dateCol), RejectReason.BAD_DATE.description());
            return;
        }

        int siteCol = col[RegistryField.SITE_ICD10.ordinal()];
        long siteFacts = siteFacts(buf, siteCol);
        if (siteFacts == SITE_REJECT) {
            String site = value(buf, siteCol);
            reject(RejectReason.UNKNOWN_SITE_CODE, line, siteCol, site,
                    site.isEmpty() ? "site code is missing" : RejectReason.UNKNOWN_SITE_CODE.description());
            return;
        }

        int ageCol = col[RegistryField.AGE.ordinal()];
        int age = wholeNumber(buf, starts[ageCol], ends[ageCol]);
        if (age < 0 || age > 130) {
            reject(RejectReason.BAD_AGE, line, ageCol, value(buf, ageCol), RejectReason.BAD_AGE.description());
            return;
        }

        int sexCol = col[RegistryField.SEX.ordinal()];
        int sex = sex(buf, sexCol);
        if (sex < 0) {
            reject(RejectReason.UNKNOWN_SEX_CODE, line, sexCol, value(buf, sexCol),
                    RejectReason.UNKNOWN_SEX_CODE.description());
            return;
        }

        int stageCol = col[RegistryField.STAGE.ordinal()];
        int systemCol = col[RegistryField.STAGE_SYSTEM.ordinal()];
        StageCategory stage = stage(buf, stageCol, systemCol);
        if (stage == null) {
            reject(RejectReason.UNKNOWN_STAGE_CODE, line, stageCol, value(buf, stageCol),
                    RejectReason.UNKNOWN_STAGE_CODE.description()
                            + (systemCol < 0 ? "" : " (with STAGE_BEST_SYSTEM \"" + value(buf, systemCol) + "\")"));
            return;
        }

        Route route = Route.NOT_RECORDED;
        int routeCol = col[RegistryField.ROUTE.ordinal()];
        if (routeCol >= 0) {
            route = route(buf, routeCol);
            if (route == null) {
                reject(RejectReason.UNKNOWN_ROUTE_CODE, line, routeCol, value(buf, routeCol),
                        RejectReason.UNKNOWN_ROUTE_CODE.description());
                return;
            }
        }
        long cell = siteFacts | CubeCell.rowPart(year, sex, AgeBands.of(age), stage, route);
        if (age <= TyaCancerClassifier.MAX_TYA_AGE && youngPeoplesCancer(buf, siteCol, age)) {
            cell |= CubeCell.YOUNG_PEOPLES_CANCER;
        }
        cube.add(cell);
    }

    private long siteFacts(byte[] buf, int column) {
        if (escaped[column]) {
            return siteFacts(value(buf, column));
        }
        int s = trimStart(buf, column);
        int e = trimEnd(buf, column, s);
        Long cached = siteCache.get(buf, s, e);
        if (cached == null) {
            cached = siteFacts(value(buf, column));
            siteCache.put(buf, s, e, cached);
        }
        return cached;
    }

    /** Children (0–14) by ICCC-3, teenagers and young adults (15–24) by the AYA recode; needs morphology and behaviour. */
    private boolean youngPeoplesCancer(byte[] buf, int siteCol, int age) {
        int morphCol = context.columnOf()[RegistryField.MORPHOLOGY.ordinal()];
        int behaviourCol = context.columnOf()[RegistryField.BEHAVIOUR.ordinal()];
        if (morphCol < 0 || behaviourCol < 0 || context.young() == null) {
            return false;
        }
        return context.young().classified(value(buf, siteCol), value(buf, morphCol), value(buf, behaviourCol),
                ChildhoodCancerClassifier.isChild(age));
    }

    private int sex(byte[] buf, int column) {
        int s = trimStart(buf, column);
        int e = trimEnd(buf, column, s);
        if (e - s == 1 && !escaped[column]) {
            switch (buf[s]) {
                case '1':
                    return 1;
                case '2':
                    return 2;
                case '0':
                case '9':
                case 'X':
                    return 0;
                default:
                    break;
            }
        }
        return sex(value(buf, column));
    }

    /** Stage and system values are looked up together: the same code means different things in different systems. */
    private StageCategory stage(byte[] buf, int stageCol, int systemCol) {
        if (escaped[stageCol] || (systemCol >= 0 && escaped[systemCol])) {
            return context.stages().parse(value(buf, stageCol), systemCol < 0 ? null : value(buf, systemCol));
        }
        int s = trimStart(buf, stageCol);
        int e = trimEnd(buf, stageCol, s);
        int length = e - s;
        int ss = 0;
        int se = 0;
        if (systemCol >= 0) {
            ss = trimStart(buf, systemCol);
            se = trimEnd(buf, systemCol, ss);
            length += 1 + se - ss;
        }
        if (length > scratch.length) {
            return context.stages().parse(value(buf, stageCol), systemCol < 0 ? null : value(buf, systemCol));
        }
        System.arraycopy(buf, s, scratch, 0, e - s);
        int n = e - s;
        if (systemCol >= 0) {
            scratch[n++] = 1;
            System.arraycopy(buf, ss, scratch, n, se - ss);
            n += se - ss;
        }
        Integer cached = stageCache.get(scratch, 0, n);
        if (cached == null) {
            StageCategory parsed = context.stages().parse(value(buf, stageCol), systemCol < 0 ? null : value(buf, systemCol));
            cached = parsed == null ? -1 : parsed.ordinal();
            stageCache.put(scratch, 0, n, cached);
        }
        return cached < 0 ? null : StageCategory.of(cached);
    }

    private Route route(byte[] buf, int column) {
        if (escaped[column]) {
            return Route.parse(value(buf, column));
        }
        int s = trimStart(buf, column);
        int e = trimEnd(buf, column, s);
        Integer cached = routeCache.get(buf, s, e);
        if (cached == null) {
            Route parsed = Route.parse(value(buf, column));
            cached = parsed == null ? -1 : parsed.ordinal();
            routeCache.put(buf, s, e, cached);
        }
        return cached < 0 ? null : Route.of(cached);
    }

    private int trimStart(byte[] buf, int column) {
        int s = starts[column];
        int e = ends[column];
        while (s < e && buf[s] == ' ') {
            s++;
        }
        return s;
    }

    private int trimEnd(byte[] buf, int column, int s) {
        int e = ends[column];
        while (e > s && buf[e - 1] == ' ') {
            e--;
        }
        return e;
    }

    /** The packed site part of a cell (group, stageability, scope), or {@link #SITE_REJECT}. */
    private long siteFacts(String site) {
        Icd10Code code = Icd10Code.parse(site);
        if (code == null) {
            return SITE_REJECT;
        }
        GroupClassification c = context.groups().classify(code);
        if (!c.known() && code.letter() == 'C') {
            return SITE_REJECT;
        }
        int groupId = c.known() ? context.groups().groupId(c.cancerGroup()) : 0;
        return CubeCell.sitePart(groupId, c.stageability(), c.inAllCancersScope());
    }

    private void reject(RejectReason reason, long line, int column, String value, String why) {
        reject(reason, line, context.columnNames()[column], value, why);
    }

    private void reject(RejectReason reason, long line, String column, String value, String why) {
        rejects.add(reason, new InputProblem(context.file(), line, column, value, why));
    }

    private String value(byte[] buf, int column) {
        int s = starts[column];
        int e = ends[column];
        while (s < e && buf[s] == ' ') {
            s++;
        }
        while (e > s && buf[e - 1] == ' ') {
            e--;
        }
        String v = new String(buf, s, e - s, StandardCharsets.ISO_8859_1);
        return escaped[column] ? v.replace("\"\"", "\"") : v;
    }

    /** Year of YYYY-MM-DD (optionally followed by a time) or DD/MM/YYYY; -1 when not a valid date. */
    static int year(byte[] b, int s, int e) {
        while (s < e && b[s] == ' ') {
            s++;
        }
        int len = e - s;
        if (len >= 10 && b[s + 4] == '-' && b[s + 7] == '-' && (len == 10 || b[s + 10] == ' ' || b[s + 10] == 'T')) {
            int y = digits(b, s, 4);
            int m = digits(b, s + 5, 2);
            int d = digits(b, s + 8, 2);
            return valid(y, m, d) ? y : -1;
        }
        if (len == 10 && b[s + 2] == '/' && b[s + 5] == '/') {
            int d = digits(b, s, 2);
            int m = digits(b, s + 3, 2);
            int y = digits(b, s + 6, 4);
            return valid(y, m, d) ? y : -1;
        }
        return -1;
    }

    private static boolean valid(int y, int m, int d) {
        if (y < 0 || m < 1 || m > 12 || d < 1) {
            return false;
        }
        if (d > DAYS_IN_MONTH[m - 1]) {
            return false;
        }
        return !(m == 2 && d == 29 && !java.time.Year.isLeap(y));
    }

    private static int digits(byte[] b, int s, int n) {
        int v = 0;
        for (int i = s; i < s + n; i++) {
            int c = b[i] - '0';
            if (c < 0 || c > 9) {
                return -1;
            }
            v = v * 10 + c;
        }
        return v;
    }

    /** A non-negative whole number (a trailing ".0" is tolerated), or -1. */
    static int wholeNumber(byte[] b, int s, int e) {
        while (s < e && b[s] == ' ') {
            s++;
        }
        while (e > s && b[e - 1] == ' ') {
            e--;
        }
        if (e - s >= 2 && b[e - 2] == '.' && b[e - 1] == '0') {
            e -= 2;
        }
        if (s == e || e - s > 4) {
            return -1;
        }
        return digits(b, s, e - s);
    }

    /** 1 male, 2 female, 0 not known; -1 for an unrecognised code. */
    static int sex(String v) {
        return switch (v.toUpperCase(java.util.Locale.ROOT)) {
            case "1", "M", "MALE" -> 1;
            case "2", "F", "FEMALE" -> 2;
            case "", "0", "9", "X", "NONE", "NULL", "NOT KNOWN", "NOT SPECIFIED" -> 0;
            default -> -1;
        };
    }
}
