package org.rarewatch.app.members.submissions;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.rarewatch.app.members.AccountPrincipal;
import org.rarewatch.app.members.AccountRepository;
import org.rarewatch.app.tracker.AssessmentStatus;
import org.rarewatch.app.tracker.Edition;
import org.rarewatch.app.tracker.TrackerConflictException;
import org.rarewatch.app.tracker.TrackerQueries;
import org.rarewatch.engine.io.InputProblem;
import org.rarewatch.engine.io.InvalidInputException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Spreadsheet round trip for members: a template (one row per commitment of each edition open for
 * evidence, with the organisation's cancer groups filled in) and its upload. An upload is checked in full
 * first; any problem (reported per row and column) means nothing is imported. Rows identical to a
 * submission the organisation already has are skipped, so uploading the same file twice adds nothing.
 */
@Service
public class BulkSubmissions {

    public static final String SHEET = "Evidence";
    public static final List<String> COLUMNS = List.of("edition_year", "commitment_id", "claim", "source_title", "url",
            "published_on", "cancer_groups", "suggested_status");
    static final int MAX_ROWS = 2000;

    private final SubmissionService service;
    private final AccountRepository accounts;
    private final TrackerQueries tracker;

    BulkSubmissions(SubmissionService service, AccountRepository accounts, TrackerQueries tracker) {
        this.service = service;
        this.accounts = accounts;
        this.tracker = tracker;
    }

    public byte[] template(AccountPrincipal member) {
        List<String> groups = accounts.cancerGroups(member.organisationId());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook wb = new Workbook(out, "Rarewatch", "1.0");
            Worksheet ws = wb.newWorksheet(SHEET);
            for (int c = 0; c < COLUMNS.size(); c++) {
                ws.value(0, c, COLUMNS.get(c));
                ws.style(0, c).bold().set();
            }
            int r = 1;
            for (Edition e : service.openEditions()) {
                for (var commitment : tracker.commitmentsOfPlan(e.planId())) {
                    ws.value(r, 0, String.valueOf(e.year()));
                    ws.value(r, 1, commitment.id());
                    ws.value(r, 6, String.join("; ", groups));
                    r++;
                }
            }
            Worksheet help = wb.newWorksheet("Read me");
            String[] lines = {
                "Fill in claim, source_title, url and published_on for the commitments you have evidence for;",
                "rows without a claim, source title and url are ignored. Type dates as text: YYYY, YYYY-MM or YYYY-MM-DD.",
                "url must start with http:// or https://. cancer_groups: names separated by '; ' (see below).",
                "suggested_status: one of " + AssessmentStatus.codes() + ".",
                "Each row becomes a draft of your organisation; submit drafts to the editor on the website.",
                "If any row has a problem, nothing is imported and every problem is listed.",
                "Cancer groups: " + String.join("; ", accounts.knownCancerGroups())};
            for (int i = 0; i < lines.length; i++) {
                help.value(i, 0, lines[i]);
            }
            wb.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public record Result(int created, int unchanged) {
    }

    /** Reads, checks every row, then creates all drafts in one transaction, or none. */
    @Transactional
    public Result upload(AccountPrincipal member, String fileName, InputStream in) {
        List<Numbered> rows = read(fileName, in);
        List<InputProblem> problems = new ArrayList<>();
        for (Numbered row : rows) {
            if (row.input().year() == null) {
                problems.add(new InputProblem(fileName, row.line(), "edition_year", row.rawYear(),
                        "must be a year such as 2026"));
            }
            try {
                service.check(row.input());
            } catch (InvalidInputException e) {
                e.problems().stream().filter(p -> !(p.column().equals("year") && row.input().year() == null))
                        .forEach(p -> problems.add(new InputProblem(fileName, row.line(), column(p.column()),
                                p.value(), p.reason())));
            } catch (TrackerConflictException e) {
                problems.add(new InputProblem(fileName, row.line(), "edition_year",
                        String.valueOf(row.input().year()), e.getMessage()));
            }
        }
        if (rows.isEmpty()) {
            problems.add(new InputProblem(fileName, 0, "", "", "no filled-in rows (a row needs claim, source_title "
                    + "and url)"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        List<Submission> existing = service.own(member);
        int created = 0;
        int unchanged = 0;
        for (Numbered row : rows) {
            if (existing.stream().anyMatch(s -> same(s, row.input()))) {
                unchanged++;
            } else {
                service.create(member, row.input());
                created++;
            }
        }
        return new Result(created, unchanged);
    }

    private static boolean same(Submission s, Submission.Input in) {
        return s.editionYear() == in.year() && s.commitmentId().equals(in.commitmentId().strip())
                && s.claim().equals(in.claim().strip()) && s.sourceTitle().equals(in.sourceTitle().strip())
                && s.url().equals(in.url().strip()) && s.publishedOn().equals(in.publishedOn().strip())
                && s.suggestedStatus().code().equals(in.suggestedStatus().strip())
                && s.cancerGroups().equals(in.cancerGroups());
    }

    private record Numbered(long line, String rawYear, Submission.Input input) {
    }

    private static List<Numbered> read(String fileName, InputStream in) {
        List<Numbered> rows = new ArrayList<>();
        List<InputProblem> problems = new ArrayList<>();
        try (ReadableWorkbook wb = new ReadableWorkbook(in)) {
            Optional<Sheet> sheet = wb.findSheet(SHEET);
            if (sheet.isEmpty()) {
                throw new InvalidInputException(List.of(new InputProblem(fileName, 0, "", "",
                        "no sheet named \"" + SHEET + "\": start from the downloaded template")));
            }
            List<Row> all;
            try (Stream<Row> stream = sheet.get().openStream()) {
                all = stream.toList();
            }
            if (all.isEmpty()) {
                throw new InvalidInputException(List.of(new InputProblem(fileName, 1, "", "", "the sheet is empty")));
            }
            Row header = all.get(0);
            for (int c = 0; c < COLUMNS.size(); c++) {
                String found = text(header, c);
                if (!COLUMNS.get(c).equals(found)) {
                    problems.add(new InputProblem(fileName, header.getRowNum(), COLUMNS.get(c), found,
                            "column " + (c + 1) + " must be headed " + COLUMNS.get(c)));
                }
            }
            if (!problems.isEmpty()) {
                throw new InvalidInputException(problems);
            }
            for (Row row : all.subList(1, all.size())) {
                String claim = text(row, 2);
                String title = text(row, 3);
                String url = text(row, 4);
                if (claim.isEmpty() && title.isEmpty() && url.isEmpty()) {
                    continue;
                }
                if (rows.size() == MAX_ROWS) {
                    throw new InvalidInputException(List.of(new InputProblem(fileName, row.getRowNum(), "", "",
                            "more than " + MAX_ROWS + " filled-in rows; split the file")));
                }
                String year = text(row, 0).replaceFirst("\\.0+$", "");
                Integer y = year.matches("\\d{4}") ? Integer.valueOf(year) : null;
                List<String> groups = Arrays.stream(text(row, 6).split(";")).map(String::strip)
                        .filter(s -> !s.isEmpty()).toList();
                rows.add(new Numbered(row.getRowNum(), year, new Submission.Input(y, text(row, 1), claim, title, url,
                        text(row, 5), groups, text(row, 7))));
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidInputException invalid) {
                throw invalid;
            }
            throw new InvalidInputException(List.of(new InputProblem(fileName, 0, "", "",
                    "is not a readable .xlsx workbook (" + e.getClass().getSimpleName() + ")")));
        }
        return rows;
    }

    private static String text(Row row, int column) {
        if (!row.hasCell(column)) {
            return "";
        }
        String t = row.getCellText(column);
        return t == null ? "" : t.strip();
    }

    private static String column(String field) {
        return switch (field) {
            case "year" -> "edition_year";
            case "commitmentId" -> "commitment_id";
            case "sourceTitle" -> "source_title";
            case "publishedOn" -> "published_on";
            case "cancerGroups" -> "cancer_groups";
            case "suggestedStatus" -> "suggested_status";
            default -> field;
        };
    }
}
