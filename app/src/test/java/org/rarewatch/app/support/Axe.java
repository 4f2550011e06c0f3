package org.rarewatch.app.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * Runs the vendored axe-core (test resource {@code axe/axe.min.js}, see scripts/refresh-axe-core.sh) inside
 * the page the browser has loaded, against the WCAG 2.0, 2.1 and 2.2 level A and AA rules.
 */
public final class Axe {

    /** The WCAG tags axe-core groups its rules under; together they cover WCAG 2.2 A and AA. */
    public static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    private static final String SOURCE = load("/axe/axe.min.js");
    public static final String VERSION = load("/axe/VERSION").strip();

    private static final String RUN = """
            const done = arguments[arguments.length - 1];
            axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})
              .then(results => done({violations: results.violations.map(v => ({
                  id: v.id, impact: v.impact, help: v.help, helpUrl: v.helpUrl,
                  targets: v.nodes.map(n => n.target.join(' ')),
                  summaries: v.nodes.map(n => n.failureSummary || '')})),
                passes: results.passes.length, rules: (results.passes.length + results.violations.length
                  + results.incomplete.length + results.inapplicable.length)}))
              .catch(e => done({error: String(e)}));
            """;

    private Axe() {
    }

    /** One failed rule, with the CSS selectors of the elements that fail it. */
    public record Violation(String id, String impact, String help, String helpUrl, List<String> targets,
                            List<String> summaries) {
        @Override
        public String toString() {
            StringBuilder text = new StringBuilder().append("  [").append(impact).append("] ").append(id).append(": ")
                    .append(help).append(" (").append(helpUrl).append(")\n");
            for (int i = 0; i < targets.size(); i++) {
                text.append("      ").append(targets.get(i)).append("\n");
                if (!summaries.get(i).isBlank()) {
                    text.append("        ").append(summaries.get(i).replace("\n", "\n        ")).append("\n");
                }
            }
            return text.toString();
        }
    }

    /** What axe found on one page: the violations, and how many rules it evaluated at all. */
    public record Report(String url, List<Violation> violations, long rulesRun, long rulesPassed) {
        public String describe() {
            return url + ": " + violations.size() + " WCAG A/AA violation(s) found by axe-core " + VERSION + "\n"
                    + violations.stream().map(Violation::toString).collect(Collectors.joining());
        }
    }

    @SuppressWarnings("unchecked")
    public static Report run(WebDriver browser) {
        JavascriptExecutor js = (JavascriptExecutor) browser;
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        js.executeScript(SOURCE);
        Map<String, Object> result = (Map<String, Object>) js.executeAsyncScript(RUN, WCAG_TAGS);
        if (result.containsKey("error")) {
            throw new IllegalStateException("axe-core failed on " + browser.getCurrentUrl() + ": " + result.get("error"));
        }
        List<Violation> violations = ((List<Map<String, Object>>) result.get("violations")).stream()
                .map(v -> new Violation((String) v.get("id"), (String) v.get("impact"), (String) v.get("help"),
                        (String) v.get("helpUrl"), (List<String>) v.get("targets"), (List<String>) v.get("summaries")))
                .toList();
        return new Report(browser.getCurrentUrl(), violations, ((Number) result.get("rules")).longValue(),
                ((Number) result.get("passes")).longValue());
    }

    private static String load(String resource) {
        try (InputStream in = Axe.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("test resource " + resource + " missing: run scripts/refresh-axe-core.sh");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
