package org.rarewatch.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.rarewatch.app.support.Axe;
import org.rarewatch.app.support.HeadlessChromium;
import org.rarewatch.app.support.KeyboardWalk;
import org.rarewatch.app.support.TestDatabases;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Every public page type, as {@code serve --demo} shows it, in real Chromium: axe-core finds no WCAG 2.2 A/AA
 * violation, and the page works from the keyboard alone.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "rarewatch.demo=true")
class AccessibilityBrowserTest {

    private static ChromeDriver browser;

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabases.h2(registry);
    }

    @BeforeAll
    static void startBrowser() {
        browser = HeadlessChromium.start();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    /** One page of each type, with a phrase that proves the real page (not an error page) was loaded. */
    static Stream<Arguments> pages() {
        return Stream.of(
                Arguments.of("home", "/", "National Cancer Plan for England"),
                Arguments.of("editions list", "/editions", "2020"),
                Arguments.of("an edition", "/editions/2020", "one year on"),
                Arguments.of("a diff between editions", "/editions/2020/diff/2026", "2026"),
                Arguments.of("a commitment's story", "/commitments/LTP-02/story", "LTP-02"),
                Arguments.of("waiting-times summary", "/waiting-times", "Faster Diagnosis Standard"),
                Arguments.of("waiting times for one cancer", "/waiting-times/sarcoma", "sarcoma"),
                Arguments.of("cancers list", "/cancers", "Headline figures"),
                Arguments.of("one cancer", "/cancers/sarcoma", "Faster Diagnosis Standard"),
                Arguments.of("a cancer without registry figures", "/cancers/acute-leukaemia", "No registry"),
                Arguments.of("rare and less common vs big four", "/compare", "compared with the big four"),
                Arguments.of("a commitment with its trajectory", "/commitments/LTP-02", "Trajectory to target"),
                Arguments.of("tracker not found", "/editions/1999", "1999"),
                Arguments.of("error page for a 404", "/no-such-page", "not found"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void axeFindsNoWcagViolations(String type, String path, String proof) {
        open(path, proof);
        Axe.Report report = Axe.run(browser);
        System.out.println(report.describe());
        assertThat(report.rulesRun()).as("axe evaluated rules on " + path).isGreaterThan(20);
        assertThat(report.violations()).as(report.describe()).isEmpty();
    }

    @Test
    void axeReportsTheViolationsOfAPageThatHasThem() {
        browser.get("data:text/html;charset=utf-8,<!DOCTYPE html><html><head></head><body>"
                + "<img src='missing.png'><a href='/somewhere'></a>"
                + "<p style='color:%23bbbbbb;background:%23ffffff'>too faint to read</p></body></html>");
        Axe.Report report = Axe.run(browser);
        assertThat(report.violations()).extracting(Axe.Violation::id)
                .contains("html-has-lang", "document-title", "image-alt", "link-name", "color-contrast");
        Axe.Violation image = report.violations().stream().filter(v -> v.id().equals("image-alt")).findFirst()
                .orElseThrow();
        assertThat(image.impact()).isEqualTo("critical");
        assertThat(image.targets()).containsExactly("img");
        assertThat(report.describe()).contains("image-alt", "Images must have alternative text", "img");
    }

    @Test
    void aFocusedLinkWhoseFocusStyleIsRemovedCountsAsInvisible() {
        browser.get("data:text/html;charset=utf-8,<!DOCTYPE html><html lang='en'><head><title>t</title>"
                + "<style>a:focus{outline:none;box-shadow:none}</style></head><body><a href='/x'>x</a></body></html>");
        new Actions(browser).sendKeys(Keys.TAB).perform();
        WebElement active = browser.switchTo().activeElement();
        assertThat(active.getTagName()).isEqualTo("a");
        assertThat(KeyboardWalk.focusIndicatorShown(active)).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void everyLinkAndButtonIsReachableByTabWithAVisibleFocus(String type, String path, String proof) {
        open(path, proof);
        KeyboardWalk.Result walk = KeyboardWalk.walk(browser);
        System.out.println(path + ": " + walk.stops().size() + " Tab stops");
        assertThat(walk.stops()).as("Tab from the top of " + path).hasSizeGreaterThan(1);
        assertThat(walk.firstClass()).as("first Tab stop on " + path).contains("nhsuk-skip-link");
        assertThat(walk.firstHref()).endsWith("#maincontent");
        assertThat(walk.unreachable()).as("links and buttons on " + path + " that Tab never reaches").isEmpty();
        assertThat(walk.invisibleFocus()).as("elements on " + path + " focused without a visible focus indicator")
                .isEmpty();

        // the skip link really moves the reader past the header
        browser.navigate().refresh();
        new Actions(browser).sendKeys(Keys.TAB).sendKeys(Keys.ENTER).perform();
        assertThat(browser.getCurrentUrl()).endsWith("#maincontent");
    }

    /** The annual report is a self-contained document outside the site's layout (no header, so no skip link). */
    @Test
    void theSelfContainedAnnualReportHasNoViolationsAndWorksByKeyboard() {
        browser.get("http://localhost:" + port + "/editions/2020/report.html");
        assertThat(browser.findElement(By.tagName("body")).getText()).contains("2020");
        Axe.Report report = Axe.run(browser);
        System.out.println(report.describe());
        assertThat(report.violations()).as(report.describe()).isEmpty();
        KeyboardWalk.Result walk = KeyboardWalk.walk(browser);
        System.out.println("/editions/2020/report.html: " + walk.stops().size() + " Tab stops");
        assertThat(walk.unreachable()).as("links in the report that Tab never reaches").isEmpty();
        assertThat(walk.invisibleFocus()).as("links in the report focused without a visible indicator").isEmpty();
    }

    private void open(String path, String proof) {
        browser.get("http://localhost:" + port + path);
        assertThat(browser.findElement(By.tagName("main")).getText()).as(path).containsIgnoringCase(proof);
    }
}
