package org.goldenthread.intervention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.goldenthread.shared.TestPeople.named;

import java.math.BigDecimal;
import java.util.List;
import org.goldenthread.indicator.Indicator;
import org.goldenthread.indicator.target.Targets;
import org.goldenthread.indicator.value.DataEntry;
import org.goldenthread.indicator.value.IndicatorValue;
import org.goldenthread.indicator.value.ValueForm;
import org.goldenthread.period.Period;
import org.goldenthread.support.Browser;
import org.goldenthread.support.DemoUsers;
import org.goldenthread.support.FixtureCouncil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The performance team reads the interventions register, an indicator's interventions and the
 * ladder, and is told every problem with a rule it tries to save (the ladder is left as it was);
 * every page is checked with axe-core and fits a 390-pixel-wide phone.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class InterventionBrowserTest {

  @LocalServerPort int port;
  @Autowired FixtureCouncil fixtures;
  @Autowired Targets targets;
  @Autowired DataEntry entry;
  Browser browser;
  Indicator indicator;

  @BeforeEach
  void setUp() throws Exception {
    indicator = fixtures.create().indicator();
    List<String> periods = List.of("2026/27 Q1", "2026/27 Q2");
    periods.forEach(
        p -> targets.set(indicator, Period.parse(p), new BigDecimal("100"), named("admin")));
    List<IndicatorValue> values =
        periods.stream()
            .map(
                p ->
                    entry.enter(
                        indicator,
                        Period.parse(p),
                        new ValueForm(
                            "40", null, null, "Short of staff", "Agency cover", null, null),
                        named("officer"),
                        true))
            .toList();
    values.forEach(v -> entry.verify(v.getId(), named("manager")));
    browser = Browser.open(port);
  }

  @AfterEach
  void closeBrowser() throws Exception {
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  void theTeamReadsTheRegisterAnIndicatorsInterventionsAndTheLadder() {
    browser.signIn("admin", DemoUsers.PASSWORD);
    browser.go("/interventions");
    assertThat(browser.text())
        .contains("Open interventions by level", indicator.getCode(), "Level 3: Director review")
        .contains("The director of the directorate");
    browser.assertAccessible().assertFitsPhone();

    browser.go("/interventions?state=ALL&level=3");
    assertThat(browser.text()).contains(indicator.getCode());
    browser.assertAccessible();

    browser.clickLink(indicator.label());
    assertThat(browser.text())
        .contains("Interventions", "Open since 2026/27 Q1", "Raised at level 3")
        .contains("Red for 2 periods running: 2026/27 Q1 and Q2");
    browser.assertAccessible().assertFitsPhone();

    browser.go("/admin/intervention-ladder");
    assertThat(browser.text()).contains("Red for 2 periods running", "Within 10 working days");
    browser.assertAccessible().assertFitsPhone();

    browser.go("/admin/intervention-ladder/3");
    assertThat(browser.text()).contains("Also on a concerning signal");
    browser.assertAccessible().assertFitsPhone();
    browser.type("name", "");
    browser.type("redPeriods", "0");
    browser.submit();
    assertThat(browser.text())
        .contains("There is a problem", "Enter the level's name", "Say what sets the level off");
    browser.assertAccessible();
  }
}
