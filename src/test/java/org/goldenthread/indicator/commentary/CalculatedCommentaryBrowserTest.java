package org.goldenthread.indicator.commentary;

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
import org.goldenthread.indicator.value.DataEntry;
import org.goldenthread.indicator.value.ValueForm;
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

/** The responsible officer explains a red calculated indicator's quarter on its page. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class CalculatedCommentaryBrowserTest {

  @LocalServerPort int port;
  @Autowired IndicatorService indicators;
  @Autowired DataEntry entry;
  @Autowired Targets targets;
  @Autowired PersonRepository people;
  Browser browser;
  final Period quarter = Period.containing(TestClock.TODAY, PeriodType.QUARTER).previous();
  Indicator calculated;

  private Indicator define(String code, String formula, Long responsibleId) {
    return indicators.create(
        new IndicatorForm(
            code,
            "Claims decided " + code,
            null,
            null,
            IndicatorType.LOCAL,
            Unit.COUNT,
            Polarity.HIGHER_IS_BETTER,
            PeriodType.QUARTER,
            Aggregation.SUM,
            false,
            "0",
            "5",
            Tolerance.Kind.PERCENT,
            null,
            formula,
            null,
            false,
            false,
            true,
            responsibleId,
            null,
            null,
            null,
            List.of(),
            null));
  }

  @BeforeEach
  void setUp() throws Exception {
    String suffix = UUID.randomUUID().toString().substring(0, 5).toUpperCase();
    Indicator input = define("BRI-" + suffix, null, null);
    calculated =
        define(
            "BRC-" + suffix,
            "2 * [" + input.getCode() + "]",
            people.search("Sam Patel", null).get(0).getId());
    entry.enter(
        input,
        quarter,
        new ValueForm("20", null, null, null, null, null, null),
        named("Test"),
        false);
    targets.set(calculated, quarter, new BigDecimal("100"), named("Test"));
    browser = Browser.open(port);
  }

  @AfterEach
  void closeBrowser() throws Exception {
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  void theOfficerAddsCommentaryForAQuarterOfACalculatedIndicator() {
    browser.signIn("officer", DemoUsers.PASSWORD);
    browser.go("/indicators/" + calculated.getId());
    assertThat(browser.text()).contains("Red", "No commentary yet");
    browser.assertAccessible();

    browser.clickLink("Add commentary for " + quarter.label());
    assertThat(browser.text()).contains("Commentary for " + quarter.label(), "40", "Red");
    browser.assertAccessible();
    browser.type("commentary", "Fewer claims decided while the new system beds in");
    browser.type("remedialAction", "Two agency assessors until March");
    browser.press("Save the commentary");

    assertThat(browser.text())
        .contains(
            "The commentary for "
                + calculated.getCode()
                + " "
                + quarter.label()
                + " has been saved",
            "Fewer claims decided while the new system beds in",
            "Two agency assessors until March",
            "Written by Sam Patel");
    browser.assertAccessible();
  }
}
