package org.goldenthread.indicator.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.goldenthread.shared.TestPeople.named;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.goldenthread.indicator.Aggregation;
import org.goldenthread.indicator.Indicator;
import org.goldenthread.indicator.IndicatorForm;
import org.goldenthread.indicator.IndicatorService;
import org.goldenthread.indicator.IndicatorType;
import org.goldenthread.indicator.Polarity;
import org.goldenthread.indicator.Tolerance;
import org.goldenthread.indicator.Unit;
import org.goldenthread.indicator.target.Targets;
import org.goldenthread.organisation.OrgUnitRepository;
import org.goldenthread.organisation.PersonRepository;
import org.goldenthread.period.Period;
import org.goldenthread.period.PeriodType;
import org.goldenthread.support.Browser;
import org.goldenthread.support.DemoUsers;
import org.goldenthread.support.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The quarter's figures: entered by the officer, verified by the manager, seen on the scorecard.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class DataEntryBrowserTest {

  @LocalServerPort int port;
  @Autowired IndicatorService indicators;
  @Autowired Targets targets;
  @Autowired PersonRepository people;
  @Autowired OrgUnitRepository units;
  Browser browser;
  final String code = "BR-" + UUID.randomUUID().toString().substring(0, 5).toUpperCase();
  final Period quarter = Period.containing(TestClock.TODAY, PeriodType.QUARTER).previous();

  @BeforeEach
  void setUp() throws Exception {
    Indicator indicator =
        indicators.create(
            new IndicatorForm(
                code,
                "Benefit claims decided within 20 days",
                null,
                null,
                IndicatorType.LOCAL,
                Unit.PERCENT,
                Polarity.HIGHER_IS_BETTER,
                PeriodType.QUARTER,
                Aggregation.RATIO,
                false,
                "1",
                "5",
                Tolerance.Kind.PERCENT,
                null,
                null,
                null,
                false,
                false,
                true,
                people.search("Sam Patel", null).get(0).getId(),
                people.search("Priya Shah", null).get(0).getId(),
                null,
                units.findByCodeIgnoreCase("BEN").orElseThrow().getId(),
                List.of(),
                null));
    targets.set(indicator, quarter, new BigDecimal("90"), named("Test"));
    targets.set(indicator, Period.year(quarter.year()), new BigDecimal("90"), named("Test"));
    browser = Browser.open(port);
  }

  @AfterEach
  void closeBrowser() throws Exception {
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  void theIndicatorPagesAreAccessible() {
    long id = indicators.byCode(code).getId();
    browser.signIn("admin", DemoUsers.PASSWORD);
    for (String page :
        new String[] {
          "/indicators/" + id,
          "/indicators/" + id + "/targets",
          "/indicators/" + id + "/edit",
          "/indicators/new",
          "/indicators/import",
          "/indicators/" + indicators.byCode("REV-01").getId(),
          "/framework/gaps"
        }) {
      browser.go(page).assertAccessible();
    }
  }

  @Test
  void theEarlyWarningAndTheXmrChartAreAccessibleAndFitAPhone() {
    // REV-01 has three years of the demo's figures: enough for limits and signals.
    browser.signIn("councillor", DemoUsers.PASSWORD);
    browser.go("/indicators/" + indicators.byCode("REV-01").getId());
    assertThat(browser.text())
        .contains("Outturn and early warning", "Statistical signals (XmR chart)", "Variation")
        .doesNotContain("Not enough data.");
    assertThat(browser.find("svg.gt-xmr").getAttribute("aria-labelledby")).contains("xmr-desc");
    browser.find("#early-warning summary").click();
    browser.assertAccessible().assertFitsPhone();
  }

  @Test
  void officerEntersManagerVerifiesScorecardShowsIt() {
    browser.signIn("officer", DemoUsers.PASSWORD);
    browser.go("/my-indicators");
    assertThat(browser.text())
        .contains(code + " Benefit claims decided within 20 days", quarter.label());
    browser.assertAccessible();

    browser.clickLink("Enter " + code + " for " + quarter.label());
    browser.assertAccessible();
    browser.type("numerator", "700");
    browser.type("denominator", "1000");
    browser.submit();
    assertThat(browser.text())
        .contains("There is a problem", "The value is red. Explain in the commentary");
    browser.assertAccessible();

    browser.type("commentary", "A backlog after the new system went live");
    browser.type("remedialAction", "Overtime until the backlog is cleared in January");
    browser.type("forecast", "85");
    browser.type("forecastBasis", "The backlog is cleared by March");
    browser.submit();
    assertThat(browser.text())
        .contains("has been submitted for verification", "70.0%", "Red")
        .contains("Year end: your forecast 85.0%, projected outturn 70.0%")
        .contains("Outturn and early warning", "Target at risk", "The backlog is cleared by March");
    browser.assertAccessible();
    browser.signOut();

    browser.signIn("manager", DemoUsers.PASSWORD);
    browser.go("/verification");
    browser.assertAccessible();
    browser.press("Verify " + code + " " + quarter.label());
    assertThat(browser.text()).contains(code + " " + quarter.label() + " has been verified");

    browser.go(
        "/indicators?size=all&period=" + quarter.label().replace(" ", "%20").replace("/", "%2F"));
    assertThat(browser.text())
        .contains(code + " Benefit claims decided within 20 days", "70.0%", "90.0%");
    browser.assertAccessible();
  }
}
