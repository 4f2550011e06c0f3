package org.rarewatch.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.rarewatch.app.members.AccountRepository;
import org.rarewatch.app.members.AccountService;
import org.rarewatch.app.members.TestAccounts;
import org.rarewatch.app.members.TestAccounts.Who;
import org.rarewatch.app.support.Axe;
import org.rarewatch.app.support.HeadlessChromium;
import org.rarewatch.app.support.KeyboardWalk;
import org.rarewatch.app.support.TestDatabases;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The pages behind sign-in (editor forms, submissions, member, admin, account) and the sign-in page itself,
 * in real Chromium, signed in with the role each page needs: axe-core and keyboard only.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "rarewatch.demo=true")
class EditorAccessibilityBrowserTest {

    private static ChromeDriver browser;

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;
    @Autowired
    AccountRepository accountRepository;

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
                Arguments.of("the sign-in page", null, "/login", "Sign in"),
                Arguments.of("editor home", Who.EDITOR, "/editor", "2026"),
                Arguments.of("an edition being edited", Who.EDITOR, "/editor/editions/2026", "2026"),
                Arguments.of("an assessment form", Who.EDITOR, "/editor/editions/2026/assessments/NCP-02", "NCP-02"),
                Arguments.of("a recommendation form", Who.EDITOR, "/editor/editions/2026/recommendations/R2020-01",
                        "R2020-01"),
                Arguments.of("member submissions for the editor", Who.EDITOR, "/editor/submissions", "Evidence from members"),
                Arguments.of("account and API tokens", Who.EDITOR, "/account", "password"),
                Arguments.of("a commitment's trajectory decision forms", Who.EDITOR, "/commitments/NCP-03",
                        "Record decision for"),
                Arguments.of("a member charity's page", Who.MEMBER_A, "/member", "Org A"),
                Arguments.of("organisations and invitations", Who.ADMIN, "/admin", "organisation"),
                Arguments.of("the audit log", Who.ADMIN, "/admin/audit", "audit"));
    }

    @BeforeEach
    void accounts() {
        TestAccounts.ensure(accounts, accountRepository);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void axeFindsNoWcagViolations(String type, Who who, String path, String proof) {
        signInAs(who);
        open(path, proof);
        Axe.Report report = Axe.run(browser);
        System.out.println(report.describe());
        assertThat(report.violations()).as(report.describe()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void everyControlIsReachableByTabWithAVisibleFocus(String type, Who who, String path, String proof) {
        signInAs(who);
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
        signInAs(Who.EDITOR);
        open("/editor", "2026");
        browser.findElement(By.cssSelector("form[action='/editor/editions'] button[type=submit]")).click();
        // The click returns before the rejected POST's page has loaded; wait for it rather than race it.
        String summary = new WebDriverWait(browser, Duration.ofSeconds(20))
                .withMessage("the error summary after a rejected save")
                .until(d -> d.findElements(By.cssSelector(".nhsuk-error-summary")).stream().findFirst()
                        .map(e -> e.getText()).orElse(null));
        assertThat(summary).contains("Nothing was saved");
        Axe.Report report = Axe.run(browser);
        System.out.println(report.describe());
        assertThat(report.violations()).as(report.describe()).isEmpty();
        KeyboardWalk.Result walk = KeyboardWalk.walk(browser);
        assertThat(walk.unreachable()).isEmpty();
        assertThat(walk.invisibleFocus()).isEmpty();
    }

    /** Signs out whoever is signed in, then signs in through the real form (null: stay anonymous). */
    private void signInAs(Who who) {
        browser.manage().deleteAllCookies();
        if (who == null || who == Who.ANONYMOUS) {
            return;
        }
        browser.get("http://localhost:" + port + "/login");
        browser.findElement(By.id("username")).sendKeys(who.username);
        browser.findElement(By.id("password")).sendKeys(TestAccounts.PASSWORD);
        browser.findElement(By.cssSelector("main form button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .withMessage("signed in as " + who)
                .until(d -> !d.getCurrentUrl().contains("/login"));
    }

    private void open(String path, String proof) {
        browser.get("http://localhost:" + port + path);
        assertThat(browser.findElement(By.tagName("main")).getText()).as(path).containsIgnoringCase(proof);
    }
}
