package nl.langerthuis.graph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import nl.langerthuis.graph.support.TestGraph;
import nl.langerthuis.graph.support.TestGraphExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The explorer in a real browser: Debian's headless chromium, driven through its chromedriver, from
 * the search box to a person, to a motion they submitted, to that motion's status timeline. Host
 * names other than the loopback address do not resolve in this browser, and the test checks that
 * every resource the pages loaded came from the service. Screenshots go to {@code
 * target/explorer-screenshots/} (the README's are copied from there).
 */
@ExtendWith(TestGraphExtension.class)
class ExplorerBrowserIT {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private static final Path SCREENSHOTS = Path.of("target/explorer-screenshots");

  private static GraphServer server;
  private static ChromeDriver browser;
  private static String base;

  @BeforeAll
  static void start() {
    Assumptions.assumeTrue(
        Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
        "needs the Debian packages chromium and chromium-driver (.ci/run installs them)");
    TestGraph graph = TestGraph.get();
    server = graph.startServer();
    base = "http://127.0.0.1:" + server.port();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--no-first-run",
        "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
        "--window-size=1280,1000");
    options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
    browser = new ChromeDriver(service, options);
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.quit();
    }
    if (server != null) {
      server.stop();
    }
  }

  @Test
  void fromTheSearchBoxToAPersonToTheirMotionAndItsTimeline() throws IOException {
    // given: the start page
    browser.get(base + "/explore");
    waitUntilLoaded("search");

    // when: typing a name offers suggestions, and choosing one opens that node
    WebElement search = browser.findElement(By.id("search"));
    search.sendKeys("Stoffer");
    WebElement suggestion =
        wait(10)
            .until(
                ExpectedConditions.elementToBeClickable(
                    By.cssSelector("#suggestions li[data-id='person/stoffer']")));
    assertTrue(suggestion.getText().contains("Person"), suggestion.getText());
    screenshot("search");
    suggestion.click();

    // then: the person's page with facts, relationships and the neighbourhood drawn
    waitUntilLoaded("person/stoffer");
    assertEquals("Stoffer", text("node-label"));
    assertTrue(text("facts").contains("Kamerlid"), text("facts"));
    assertTrue(
        Integer.parseInt(browser.findElement(By.id("graph")).getAttribute("data-nodes")) > 1);

    // when: following the relationship to a motion the person submitted
    browser.findElement(By.cssSelector("#relations a[href='/explore/motion/31765-446']")).click();

    // then: the motion's timeline gives the June 2020 letter's status and its quote in context
    waitUntilLoaded("motion/31765-446");
    assertEquals("MOTION", text("node-kind"));
    String timeline = text("timeline");
    assertTrue(timeline.contains("2020-06") && timeline.contains("SETTLED"), timeline);
    assertEquals(
        "Hiermee doe ik de motie af.",
        browser.findElement(By.cssSelector("#timeline mark")).getText());
    assertTrue(timeline.contains("Stand van zaken programma Langer Thuis"), timeline);
    assertEquals(
        "https://zoek.officielebekendmakingen.nl/kst-31765-446",
        browser.findElement(By.cssSelector("#node-links a")).getAttribute("href"));
    assertTrue(text("relations").contains("SUBMITTED"));
    screenshot("motion");

    // and: on a phone's screen the page fits its width
    browser.executeCdpCommand(
        "Emulation.setDeviceMetricsOverride",
        Map.of("width", 390, "height", 844, "deviceScaleFactor", 2, "mobile", true));
    browser.navigate().refresh();
    waitUntilLoaded("motion/31765-446");
    assertEquals(390L, script("return window.innerWidth;"));
    assertEquals(
        Boolean.TRUE, script("return document.documentElement.scrollWidth <= window.innerWidth;"));
    screenshot("motion-phone");
    browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());

    assertEverythingCameFromTheService();
  }

  @Test
  void anUnknownIdSaysSo() {
    browser.get(base + "/explore/org/nobody");
    waitUntilLoaded("missing");
    assertEquals("The graph has no node with id org/nobody.", text("message"));
  }

  private static void assertEverythingCameFromTheService() {
    @SuppressWarnings("unchecked")
    List<String> resources =
        (List<String>)
            script(
                "return performance.getEntriesByType('resource').map(function (e) { return e.name; });");
    assertTrue(
        resources.stream().anyMatch(r -> r.contains("/webjars/cytoscape/")), resources.toString());
    resources.forEach(r -> assertTrue(r.startsWith(base + "/"), "left the machine: " + r));
    List<LogEntry> errors =
        browser.manage().logs().get(LogType.BROWSER).getAll().stream()
            .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
            .toList();
    assertEquals(List.of(), errors, "no script errors, no blocked content");
  }

  private static void waitUntilLoaded(String what) {
    wait(20).until(d -> what.equals(d.findElement(By.tagName("body")).getAttribute("data-loaded")));
  }

  private static WebDriverWait wait(int seconds) {
    return new WebDriverWait(browser, Duration.ofSeconds(seconds));
  }

  private static String text(String id) {
    return browser.findElement(By.id(id)).getText();
  }

  private static Object script(String script) {
    return ((JavascriptExecutor) browser).executeScript(script);
  }

  private static void screenshot(String name) throws IOException {
    Files.createDirectories(SCREENSHOTS);
    byte[] png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
    Files.write(SCREENSHOTS.resolve("explore-" + name + ".png"), png);
  }
}
