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
import org.openqa.selenium.chrome.ChromeDriver;
import org.rarewatch.app.support.Axe;
import org.rarewatch.app.support.HeadlessChromium;
import org.rarewatch.app.support.KeyboardWalk;
import org.rarewatch.app.support.TestDatabases;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The editor's form pages ({@code serve --demo --editor-open}) in real Chromium: axe-core and keyboard only. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"rarewatch.demo=true", "rarewatch.editor-open=true"})
class EditorAccessibilityBrowserTest {

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

    static Stream<Arguments> pages() {
        return Stream.of(
                Arguments.of("editor home", "/editor", "2026"),
                Arguments.of("an edition being edited", "/editor/editions/2026", "2026"),
                Arguments.of("an assessment form", "/editor/editions/2026/assessments/NCP-02", "NCP-02"),
                Arguments.of("a recommendation form", "/editor/editions/2026/recommendations/R2020-01", "R2020-01"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void axeFindsNoWcagViolations(String type, String path, String proof) {
        open(path, proof);
        Axe.Report report = Axe.run(browser);
        System.out.println(report.describe());
        assertThat(report.violations()).as(report.describe()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void everyControlIsReachableByTabWithAVisibleFocus(String type, String path, String proof) {
        open(path, proof);
        KeyboardWalk.Result walk = KeyboardWalk.walk(browser);
        System.out.println(path + ": " + walk.stops().size() + " Tab stops");
        assertThat(walk.firstClass()).as("first Tab stop on " + path).contains("nhsuk-skip-link");
        assertThat(walk.unreachable()).as("controls on " + path + " that Tab never reaches").isEmpty();
        assertThat(walk.invisibleFocus()).as("controls on " + path + " focused without a visible focus indicator")
                .isEmpty();
    }

    @Test
    void aRejectedSaveReShowsTheFormWithAnAccessibleErrorSummary() {
        open("/editor", "2026");
        browser.findElement(By.cssSelector("form[action='/editor/editions'] button[type=submit]")).click();
        assertThat(browser.findElement(By.cssSelector(".nhsuk-error-summary")).getText()).contains("Nothing was saved");
        Axe.Report report = Axe.run(browser);
        System.out.println(report.describe());
        assertThat(report.violations()).as(report.describe()).isEmpty();
        KeyboardWalk.Result walk = KeyboardWalk.walk(browser);
        assertThat(walk.unreachable()).isEmpty();
        assertThat(walk.invisibleFocus()).isEmpty();
    }

    private void open(String path, String proof) {
        browser.get("http://localhost:" + port + path);
        assertThat(browser.findElement(By.tagName("main")).getText()).as(path).containsIgnoringCase(proof);
    }
}
