package org.goldenthread.support;

import static org.assertj.core.api.Assertions.fail;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium driven by Selenium, with an axe-core check of each page. Skips the test when
 * Chromium is not installed on a developer's machine; under CI (CI=true) its absence fails.
 */
public final class Browser implements AutoCloseable {

  private static final String CHROMIUM = "/usr/bin/chromium";
  private static final String CHROMEDRIVER = "/usr/bin/chromedriver";
  private static final List<String> WCAG_22_AA =
      List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

  private final WebDriver driver;
  private final String baseUrl;
  private final Path profile;

  private Browser(WebDriver driver, String baseUrl, Path profile) {
    this.driver = driver;
    this.baseUrl = baseUrl;
    this.profile = profile;
  }

  public static Browser open(int port) throws IOException {
    boolean installed = new File(CHROMIUM).canExecute() && new File(CHROMEDRIVER).canExecute();
    if (!installed) {
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        fail("CI needs Chromium and ChromeDriver (apt-get install chromium chromium-driver)");
      }
      Assumptions.abort(
          "Skipping browser test: install Debian's chromium and chromium-driver to run it");
    }
    Path profile = Files.createTempDirectory("gt-chromium");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--window-size=1280,1024",
        "--user-data-dir=" + profile);
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER)).build();
    WebDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
    // A report's PDF takes a few seconds to lay out when the machine is busy.
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
    return new Browser(driver, "http://localhost:" + port, profile);
  }

  public Browser go(String path) {
    driver.get(baseUrl + path);
    return this;
  }

  public WebElement find(String css) {
    return driver.findElement(By.cssSelector(css));
  }

  /** Follows a link by its full name, including any part hidden visually for screen readers. */
  public void clickLink(String text) {
    navigateBy(driver.findElement(By.xpath("//a[normalize-space(.)='" + text + "']")));
  }

  /** Clicks something that loads a new page, and waits until the new page has replaced the old. */
  private void navigateBy(WebElement control) {
    WebElement oldPage = driver.findElement(By.tagName("html"));
    control.click();
    new WebDriverWait(driver, Duration.ofSeconds(10))
        .until(ExpectedConditions.stalenessOf(oldPage));
  }

  public void choose(String fieldId, String visibleText) {
    new Select(driver.findElement(By.id(fieldId))).selectByVisibleText(visibleText);
  }

  /** Presses a button by its words; the page it leads to has loaded when this returns. */
  public void press(String buttonText) {
    navigateBy(
        driver.findElement(
            By.xpath(
                "//main//button[normalize-space(.)='"
                    + buttonText
                    + "'] | //main//a[contains(@class,'govuk-button') and normalize-space(.)='"
                    + buttonText
                    + "']")));
  }

  /** Saves a picture of the page, for a person checking how it looks. */
  public void screenshot(Path file) throws IOException {
    Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
  }

  public void type(String fieldId, String text) {
    WebElement field = driver.findElement(By.id(fieldId));
    field.clear();
    field.sendKeys(text);
  }

  /**
   * Fills in a date field. A browser's date picker reads typed keys in its own locale's order, so
   * the value is set as the ISO date the form posts.
   */
  public void date(String fieldId, java.time.LocalDate date) {
    ((org.openqa.selenium.JavascriptExecutor) driver)
        .executeScript(
            "arguments[0].value = arguments[1]",
            driver.findElement(By.id(fieldId)),
            date.toString());
  }

  /** A file as the browser received it: its status, its type and its bytes. */
  public record Download(int status, String contentType, byte[] body) {}

  /**
   * Downloads what a link on the page points to, as the signed-in person (the browser's own
   * session), and hands back the file rather than saving it.
   */
  public Download download(WebElement link) {
    Object answer =
        ((org.openqa.selenium.JavascriptExecutor) driver)
            .executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                    + "fetch(arguments[0].href, {credentials: 'same-origin'})"
                    + ".then(r => r.arrayBuffer().then(b => {"
                    + "  let s = ''; const bytes = new Uint8Array(b);"
                    + "  for (let i = 0; i < bytes.length; i++) s += String.fromCharCode(bytes[i]);"
                    + "  done([r.status, r.headers.get('Content-Type') || '', btoa(s)]);"
                    + "}))"
                    + ".catch(e => done([0, String(e), '']));",
                link);
    List<?> parts = (List<?>) answer;
    return new Download(
        ((Number) parts.get(0)).intValue(),
        (String) parts.get(1),
        java.util.Base64.getDecoder().decode((String) parts.get(2)));
  }

  /** Picks a radio button or ticks a checkbox by its id. */
  public void tick(String fieldId) {
    driver.findElement(By.id(fieldId)).click();
  }

  /** Sends the page's main form; the page it leads to has loaded when this returns. */
  public void submit() {
    navigateBy(
        driver.findElement(
            By.cssSelector(
                "main form button[type=submit].govuk-button:not(.govuk-button--secondary)")));
  }

  public String heading() {
    return read("h1");
  }

  public String text() {
    return read("body");
  }

  /** An element's text; read again if the page's scripts replaced the element mid-read. */
  private String read(String css) {
    for (int attempt = 1; ; attempt++) {
      try {
        return find(css).getText();
      } catch (StaleElementReferenceException replaced) {
        if (attempt == 3) {
          throw replaced;
        }
      }
    }
  }

  /** The text of the first element matching, or nothing if there is none. */
  public String textOf(String css) {
    return driver.findElements(By.cssSelector(css)).stream()
        .findFirst()
        .map(WebElement::getText)
        .orElse("");
  }

  public String path() {
    return driver.getCurrentUrl().substring(baseUrl.length());
  }

  public void signIn(String username, String password) {
    go("/sign-in");
    type("username", username);
    type("password", password);
    navigateBy(find("main form button"));
  }

  public void signOut() {
    navigateBy(driver.findElement(By.xpath("//button[normalize-space()='Sign out']")));
  }

  /**
   * Shows the page as a phone 390 pixels wide does and fails if it is wider than the screen, so
   * that the reader would have to scroll sideways (a wide table scrolling in its own box is fine).
   */
  public Browser assertFitsPhone() {
    ChromeDriver chrome = (ChromeDriver) driver;
    chrome.executeCdpCommand(
        "Emulation.setDeviceMetricsOverride",
        java.util.Map.of("width", 390, "height", 844, "deviceScaleFactor", 1, "mobile", false));
    try {
      List<?> widths =
          (List<?>)
              chrome.executeScript(
                  "return [document.documentElement.scrollWidth,"
                      + " document.documentElement.clientWidth];");
      long page = ((Number) widths.get(0)).longValue();
      long screen = ((Number) widths.get(1)).longValue();
      if (screen > 390 || page > screen) {
        fail(path() + " is " + page + " pixels wide on a phone showing " + screen);
      }
    } finally {
      chrome.executeCdpCommand("Emulation.clearDeviceMetricsOverride", java.util.Map.of());
    }
    return this;
  }

  /** Runs axe-core on the page as it is now and fails on any WCAG 2.2 A or AA violation. */
  public Browser assertAccessible() {
    Results results = new AxeBuilder().withTags(WCAG_22_AA).analyze(driver);
    List<Rule> violations = results.getViolations();
    if (!violations.isEmpty()) {
      fail("Accessibility violations on " + path() + ":\n" + describe(violations));
    }
    return this;
  }

  private static String describe(List<Rule> violations) {
    return violations.stream()
        .map(
            rule ->
                "- "
                    + rule.getId()
                    + ": "
                    + rule.getHelp()
                    + "\n"
                    + rule.getNodes().stream()
                        .map(CheckedNode::getHtml)
                        .map(html -> "    " + html)
                        .collect(Collectors.joining("\n")))
        .collect(Collectors.joining("\n"));
  }

  @Override
  public void close() throws IOException {
    driver.quit();
    try (var files = Files.walk(profile)) {
      files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
    }
  }
}
