package org.rarewatch.engine.registry.read;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.rarewatch.engine.classification.group.CancerGroupTable;
import org.rarewatch.engine.io.InputProblem;
import org.rarewatch.engine.io.InvalidInputException;
import org.rarewatch.engine.registry.cube.StageCube;
import org.rarewatch.engine.registry.stage.StageCodeParser;

/**
 * Streams a record-level registry extract into a {@link StageCube}. One thread reads the file in
 * chunks, cutting each chunk at the last line end that is not inside a quoted field; a pool of threads
 * parses the chunks in parallel and their cubes are merged. At most {@code threads + 1} chunks are in
 * flight, so memory stays flat whatever the file size.
 */
public final class RegistryReader {

    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    /** Longest record accepted; a stray unclosed quote would otherwise swallow the rest of the file. */
    static final int MAX_RECORD_BYTES = 16 << 20;
    private static final long QUOTES = 0x2222222222222222L;
    private static final long NEWLINES = 0x0A0A0A0A0A0A0A0AL;

    /** Non-zero when some byte of {@code word} equals the byte repeated in {@code pattern}. */
    private static long hasByte(long word, long pattern) {
        long x = word ^ pattern;
        return (x - 0x0101010101010101L) & ~x & 0x8080808080808080L;
    }

    private final CancerGroupTable groups;
    private final StageCodeParser stages;
    private final ReadOptions options;

    public RegistryReader(CancerGroupTable groups, StageCodeParser stages, ReadOptions options) {
        this.groups = groups;
        this.stages = stages;
        this.options = options;
    }

    /**
     * @throws InvalidInputException for a missing, empty, binary or header-less file, missing required
     *                               columns, or a share of bad rows above {@link ReadOptions#maxBadShare()}
     */
    public ReadResult read(Path file, ColumnMapping mapping, ProgressListener progress) {
        String name = file.toString();
        if (!Files.exists(file)) {
            throw new InvalidInputException(InputProblem.ofFile(name, "file not found"));
        }
        if (Files.isDirectory(file)) {
            throw new InvalidInputException(InputProblem.ofFile(name, "is a directory, not a CSV file"));
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = channel.size();
            if (size == 0) {
                throw new InvalidInputException(InputProblem.ofFile(name,
                        "the file is empty: expected a header row and data rows"));
            }
            return stream(name, channel, size, mapping, progress);
        } catch (IOException e) {
            throw new InvalidInputException(InputProblem.ofFile(name, "cannot be read: " + e.getMessage()));
        }
    }

    private ReadResult stream(String name, FileChannel channel, long size, ColumnMapping mapping,
            ProgressListener progress) throws IOException {
        byte[] buf = new byte[options.chunkBytes()];
        int len = fill(channel, buf, 0);
        boolean eof = len < buf.length;
        int start = startsWith(buf, len, UTF8_BOM) ? UTF8_BOM.length : 0;
        checkText(name, buf, start, len);

        int headerEnd = recordEnd(buf, start, len);
        if (headerEnd < 0 && !eof) {
            throw new InvalidInputException(InputProblem.ofFile(name,
                    "is not a CSV file: no line end in the first " + buf.length + " bytes"));
        }
        if (headerEnd < 0) {
            headerEnd = len;
        }
        List<String> header = header(name, buf, start, headerEnd);
        Map<RegistryField, Integer> columns = mapping.resolve(name, header);
        int[] columnOf = new int[RegistryField.values().length];
        for (RegistryField f : RegistryField.values()) {
            columnOf[f.ordinal()] = columns.get(f);
        }
        ChunkParser.Context context = new ChunkParser.Context(name, header.size(), columnOf,
                header.toArray(new String[0]), groups, stages, options.examplesPerReason(), YoungPeoplesCancers.shared());

        if (columnOf[RegistryField.MORPHOLOGY.ordinal()] >= 0 && columnOf[RegistryField.BEHAVIOUR.ordinal()] >= 0) {
            context.young().warmUpInBackground();
        }
        Accumulator total = new Accumulator(options.examplesPerReason());
        ExecutorService pool = Executors.newFixedThreadPool(options.threads(), r -> {
            Thread t = new Thread(r, "registry-reader");
            t.setDaemon(true);
            return t;
        });
        Semaphore inFlight = new Semaphore(options.threads() + 1);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        ConcurrentLinkedQueue<byte[]> freeBuffers = new ConcurrentLinkedQueue<>();
        // one parser (and cube) per worker thread, merged at the end: fewer merges and map resizes than one per chunk
        ConcurrentLinkedQueue<ChunkParser> parsers = new ConcurrentLinkedQueue<>();
        ThreadLocal<ChunkParser> parserOfThread = ThreadLocal.withInitial(() -> {
            ChunkParser parser = new ChunkParser(context);
            parsers.add(parser);
            return parser;
        });
        try {
            long line = 1 + countNewlines(buf, start, headerEnd);
            int dataStart = headerEnd;
            int scanned = headerEnd;
            boolean inQuote = false;
            long newlines = 0;
            long consumed = len;
            while (true) {
                int boundary = -1;
                long newlinesAtBoundary = 0;
                int i = scanned;
                while (i < len) {
                    // eight bytes at a time: most words hold neither a quote nor a line end
                    if (i + 8 <= len) {
                        long word = (long) LONGS.get(buf, i);
                        if ((hasByte(word, QUOTES) | hasByte(word, NEWLINES)) == 0) {
                            i += 8;
                            continue;
                        }
                    }
                    int stop = Math.min(len, i + 8);
                    for (; i < stop; i++) {
                        byte b = buf[i];
                        if (b == '"') {
                            inQuote = !inQuote;
                        } else if (b == '\n') {
                            newlines++;
                            if (!inQuote) {
                                boundary = i + 1;
                                newlinesAtBoundary = newlines;
                            }
                        }
                    }
                }
                scanned = len;
                if (eof) {
                    if (len > dataStart) {
                        submit(pool, inFlight, failure, parserOfThread, buf, dataStart, len, line, freeBuffers);
                    }
                    break;
                }
                byte[] next;
                if (boundary > dataStart) {
                    submit(pool, inFlight, failure, parserOfThread, buf, dataStart, boundary, line, freeBuffers);
                    line += newlinesAtBoundary;
                    newlines -= newlinesAtBoundary;
                    int carry = len - boundary;
                    next = freeBuffers.poll();
                    if (next == null || next.length < Math.max(options.chunkBytes(), carry * 2)) {
                        next = new byte[Math.max(options.chunkBytes(), carry * 2)];
                    }
                    System.arraycopy(buf, boundary, next, 0, carry);
                    len = carry;
                    scanned = carry;
                } else {
                    // one record longer than the buffer: keep it whole, up to a limit that keeps memory flat
                    if (len - dataStart >= MAX_RECORD_BYTES) {
                        throw new InvalidInputException(new InputProblem(name, line, "", "",
                                "a record is longer than " + (MAX_RECORD_BYTES >> 20) + " MB: probably a double quote "
                                        + "that is never closed, on this line or soon after"));
                    }
                    next = new byte[buf.length * 2];
                    System.arraycopy(buf, dataStart, next, 0, len - dataStart);
                    len -= dataStart;
                    scanned = len;
                }
                buf = next;
                dataStart = 0;
                int read = fill(channel, buf, len);
                consumed += read;
                len += read;
                eof = len < buf.length;
                progress.progress(Math.min(consumed, size), size);
                if (failure.get() != null) {
                    break;
                }
            }
            pool.shutdown();
            if (!pool.awaitTermination(365, TimeUnit.DAYS)) {
                throw new IllegalStateException("reader threads did not finish");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading " + name, e);
        } finally {
            pool.shutdownNow();
        }
        if (failure.get() != null) {
            Throwable t = failure.get();
            if (t instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(t);
        }
        for (ChunkParser parser : parsers) {
            total.merge(parser);
        }
        progress.progress(size, size);
        return finish(name, header, total, columns.get(RegistryField.ROUTE) >= 0);
    }

    private ReadResult finish(String name, List<String> header, Accumulator total, boolean routePresent) {
        long rows = total.rows;
        long bad = total.rejects.total();
        if (rows == 0) {
            throw new InvalidInputException(InputProblem.ofFile(name, "has a header but no data rows"));
        }
        if (bad > rows * options.maxBadShare()) {
            List<InputProblem> problems = new ArrayList<>();
            problems.add(InputProblem.ofFile(name, String.format(java.util.Locale.ROOT,
                    "%d of %d rows (%.1f%%) are bad, more than the allowed %.1f%% (--max-bad-share): nothing was "
                            + "counted; the first problems follow", bad, rows, 100.0 * bad / rows,
                    100 * options.maxBadShare())));
            problems.addAll(total.rejects.allExamples());
            throw new TooManyBadRowsException(problems, total.rejects, rows);
        }
        return new ReadResult(name, header, total.cube, rows, total.rejects, routePresent);
    }

    private void submit(ExecutorService pool, Semaphore inFlight, AtomicReference<Throwable> failure,
            ThreadLocal<ChunkParser> parserOfThread, byte[] chunk, int from, int to, long firstLine,
            ConcurrentLinkedQueue<byte[]> freeBuffers) throws InterruptedException {
        inFlight.acquire();
        pool.execute(() -> {
            try {
                parserOfThread.get().parse(chunk, from, to, firstLine);
                freeBuffers.offer(chunk);
            } catch (Throwable t) {
                failure.compareAndSet(null, t);
            } finally {
                inFlight.release();
            }
        });
    }

    /** Chunk results merge in whatever order they finish: the cube and rejects merges are commutative. */
    private static final class Accumulator {
        final StageCube cube = new StageCube();
        final Rejects rejects;
        long rows;

        Accumulator(int examples) {
            rejects = new Rejects(examples);
        }

        synchronized void merge(ChunkParser parser) {
            cube.merge(parser.cube());
            rejects.merge(parser.rejects());
            rows += parser.rows();
        }
    }

    private static int fill(FileChannel channel, byte[] buf, int offset) throws IOException {
        ByteBuffer bb = ByteBuffer.wrap(buf, offset, buf.length - offset);
        int total = 0;
        while (bb.hasRemaining()) {
            int n = channel.read(bb);
            if (n < 0) {
                break;
            }
            total += n;
        }
        return total;
    }

    private static boolean startsWith(byte[] buf, int len, byte[] prefix) {
        if (len < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (buf[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** A CSV is text: NUL bytes or a UTF-16 byte-order mark mean it is something else. */
    private static void checkText(String name, byte[] buf, int start, int len) {
        if (len >= 2 && ((buf[0] == (byte) 0xFF && buf[1] == (byte) 0xFE) || (buf[0] == (byte) 0xFE && buf[1] == (byte) 0xFF))) {
            throw new InvalidInputException(InputProblem.ofFile(name,
                    "is UTF-16 encoded: save it as UTF-8 (or Latin-1) CSV"));
        }
        int limit = Math.min(len, start + 65536);
        for (int i = start; i < limit; i++) {
            if (buf[i] == 0) {
                throw new InvalidInputException(InputProblem.ofFile(name,
                        "is not a CSV text file (it contains binary data, e.g. a spreadsheet or archive)"));
            }
        }
    }

    private static int recordEnd(byte[] buf, int from, int len) {
        boolean inQuote = false;
        for (int i = from; i < len; i++) {
            if (buf[i] == '"') {
                inQuote = !inQuote;
            } else if (buf[i] == '\n' && !inQuote) {
                return i + 1;
            }
        }
        return -1;
    }

    private static long countNewlines(byte[] buf, int from, int to) {
        long n = 0;
        for (int i = from; i < to; i++) {
            if (buf[i] == '\n') {
                n++;
            }
        }
        return n;
    }

    /** The header row, decoded as UTF-8 or, when that fails, Latin-1. */
    private static List<String> header(String name, byte[] buf, int from, int to) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(buf, from, to - from))
                    .toString();
        } catch (CharacterCodingException e) {
            text = new String(buf, from, to - from, StandardCharsets.ISO_8859_1);
        }
        List<String> fields = new ArrayList<>();
        try (CsvReader<CsvRecord> csv = CsvReader.builder().ofCsvRecord(text)) {
            Iterator<CsvRecord> it = csv.iterator();
            if (it.hasNext()) {
                for (String f : it.next().getFields()) {
                    fields.add(f.strip());
                }
            }
        } catch (IOException | RuntimeException e) {
            throw new InvalidInputException(InputProblem.ofFile(name, "is not a CSV file: the header row cannot be read"));
        }
        if (fields.size() < 2) {
            throw new InvalidInputException(new InputProblem(name, 1, "", text.strip(),
                    "is not a comma-separated file: the header row has fewer than two columns"));
        }
        return fields;
    }
}
