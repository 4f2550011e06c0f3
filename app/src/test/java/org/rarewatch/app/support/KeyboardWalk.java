package org.rarewatch.app.support;

import java.util.ArrayList;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * Presses Tab from the top of the loaded page until focus leaves the page, the way a keyboard user would,
 * and records what got focus and whether the focus could be seen.
 */
public final class KeyboardWalk {

    /** Everything a keyboard user must be able to reach. */
    public static final String INTERACTIVE =
            "a[href], button, input:not([type=hidden]), select, textarea, summary, [tabindex]:not([tabindex='-1'])";

    private KeyboardWalk() {
    }

    /** The Tab stops in order, the interactive elements Tab never reached, and the stops drawn without focus. */
    public record Result(List<String> stops, List<String> unreachable, List<String> invisibleFocus, String firstClass,
                         String firstHref) {
    }

    public static Result walk(WebDriver browser) {
        List<WebElement> interactive = browser.findElements(By.cssSelector(INTERACTIVE)).stream()
                .filter(WebElement::isDisplayed).toList();
        List<WebElement> reached = new ArrayList<>();
        List<String> stops = new ArrayList<>();
        List<String> invisibleFocus = new ArrayList<>();
        // visually hidden controls (NHS.UK checkboxes and radios) are Tab stops too, so bound by all of them
        int bound = browser.findElements(By.cssSelector(INTERACTIVE)).size() + 5;
        for (int press = 0; press < bound; press++) {
            new Actions(browser).sendKeys(Keys.TAB).perform();
            WebElement active = browser.switchTo().activeElement();
            if (active.getTagName().equals("body") || reached.contains(active)) {
                break;
            }
            reached.add(active);
            stops.add(describe(browser, active));
            if (!focusIndicatorShown(active)) {
                invisibleFocus.add(describe(browser, active));
            }
        }
        List<String> unreachable = interactive.stream().filter(e -> !reached.contains(e))
                .filter(e -> !radioOfAReachedGroup(e, reached))
                .map(e -> describe(browser, e)).toList();
        return new Result(stops, unreachable, invisibleFocus,
                reached.isEmpty() ? "" : String.valueOf(reached.get(0).getAttribute("class")),
                reached.isEmpty() ? "" : String.valueOf(reached.get(0).getAttribute("href")));
    }

    /** Tab stops once in a radio group; the arrow keys move within it. */
    private static boolean radioOfAReachedGroup(WebElement element, List<WebElement> reached) {
        if (!"radio".equals(element.getAttribute("type"))) {
            return false;
        }
        String name = element.getAttribute("name");
        return reached.stream().anyMatch(r -> "radio".equals(r.getAttribute("type")) && name.equals(r.getAttribute("name")));
    }

    /** A focus indicator is an outline that is drawn, or a box shadow (the NHS.UK frontend uses both). */
    public static boolean focusIndicatorShown(WebElement element) {
        String outlineStyle = element.getCssValue("outline-style");
        String outlineWidth = element.getCssValue("outline-width");
        String outlineColour = element.getCssValue("outline-color");
        boolean outline = !"none".equals(outlineStyle) && !outlineWidth.startsWith("0")
                && !outlineColour.equals("rgba(0, 0, 0, 0)");
        String shadow = element.getCssValue("box-shadow");
        return outline || (shadow != null && !shadow.equals("none"));
    }

    public static String describe(WebDriver browser, WebElement element) {
        return (String) ((JavascriptExecutor) browser).executeScript(
                "const e = arguments[0]; return e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')"
                        + " + (e.name ? '[name=' + e.name + ']' : '')"
                        + " + ' \"' + (e.textContent || '').trim().slice(0, 40) + '\" ' + (e.getAttribute('href') || '');",
                element);
    }
}
