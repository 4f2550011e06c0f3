package org.rarewatch.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.rarewatch.app.support.TestDatabases;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Real Debian Chromium, driven by Selenium through /usr/bin/chromedriver (no driver download). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "rarewatch.demo=true")
class HomePageBrowserTest {

    private static ChromeDriver browser;

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabases.h2(registry);
    }

    @BeforeAll
    static void startBrowser() throws Exception {
        Path profile = Files.createTempDirectory("rarewatch-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-quic", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver"))
                .usingAnyFreePort()
                .build();
        browser = new ChromeDriver(service, options);
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void homePageListsTheLongTermPlanAndTheNationalCancerPlanWithTheirCommitments() {
        browser.get("http://localhost:" + port + "/");
        assertThat(browser.getTitle()).isEqualTo("Plans and commitments – Rarewatch");

        WebElement longTermPlan = browser.findElement(By.id("plan-LTP-2019"));
        assertThat(longTermPlan.findElement(By.tagName("h2")).getText()).startsWith("The NHS Long Term Plan");
        List<WebElement> ltpCommitments = longTermPlan.findElements(By.cssSelector("tr.rw-commitment"));
        assertThat(ltpCommitments).hasSize(27);
        WebElement ambition = longTermPlan.findElement(By.id("commitment-LTP-02"));
        assertThat(ambition.getText()).contains("stage 1 or 2", "2028", "high");

        WebElement nationalPlan = browser.findElement(By.id("plan-NCP-2026"));
        assertThat(nationalPlan.findElement(By.tagName("h2")).getText())
                .startsWith("National Cancer Plan for England");
        assertThat(nationalPlan.findElements(By.cssSelector("tr.rw-commitment"))).hasSizeGreaterThanOrEqualTo(20);
        assertThat(nationalPlan.findElement(By.id("commitment-NCP-03")).getText()).contains("80%", "2029-03");

        // the researchers' markers are visible, not dropped
        assertThat(browser.findElement(By.id("commitment-LTP-26")).getText()).contains("Unverified");

        // the stylesheet really applied: the NHS.UK header is blue
        String headerColour = browser.findElement(By.cssSelector("header.nhsuk-header"))
                .getCssValue("background-color");
        assertThat(headerColour).isEqualTo("rgba(0, 94, 184, 1)");

        // the contents list links work without JavaScript
        browser.findElement(By.cssSelector("a[href='#plan-NCP-2026']")).click();
        assertThat(browser.getCurrentUrl()).endsWith("#plan-NCP-2026");
    }
}
