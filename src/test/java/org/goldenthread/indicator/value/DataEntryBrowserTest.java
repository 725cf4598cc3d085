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
    browser.submit();
    assertThat(browser.text()).contains("has been submitted for verification", "70.0%", "Red");
    browser.assertAccessible();
    browser.signOut();

    browser.signIn("manager", DemoUsers.PASSWORD);
    browser.go("/verification");
    browser.assertAccessible();
    browser.press("Verify " + code + " " + quarter.label());
    assertThat(browser.text()).contains(code + " " + quarter.label() + " has been verified");

    browser.go("/indicators?period=" + quarter.label().replace(" ", "%20").replace("/", "%2F"));
    assertThat(browser.text())
        .contains(code + " Benefit claims decided within 20 days", "70.0%", "90.0%");
    browser.assertAccessible();
  }
}
