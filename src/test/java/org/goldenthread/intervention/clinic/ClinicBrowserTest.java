package org.goldenthread.intervention.clinic;

import static org.assertj.core.api.Assertions.assertThat;

import org.goldenthread.action.Action;
import org.goldenthread.action.ActionFixtures;
import org.goldenthread.action.ActionService;
import org.goldenthread.action.Brag;
import org.goldenthread.action.progress.ProgressUpdates;
import org.goldenthread.support.Browser;
import org.goldenthread.support.FixtureCouncil;
import org.goldenthread.support.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * A member of the officer board plans a clinic, whose agenda holds the indicator at clinic level;
 * the clinic records the challenge and its outcomes (more frequent monitoring among them) and
 * recognises an action completed early, then is recorded as held. Every page is checked with
 * axe-core and fits a 390-pixel-wide phone.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ClinicBrowserTest {

  @LocalServerPort int port;
  @Autowired ClinicFixtures fixtures;
  @Autowired ActionService actions;
  @Autowired ProgressUpdates progress;
  ClinicFixtures.Setting setting;
  Action early;
  Browser browser;

  @BeforeEach
  void setUp() throws Exception {
    setting = fixtures.create();
    fixtures.atClinicLevel(setting.indicator());
    early =
        actions.create(
            ActionFixtures.action(
                ActionFixtures.uniqueCode("CLB"),
                null,
                null,
                setting.council().officer().getId(),
                null,
                setting.council().service().getId(),
                TestClock.TODAY.minusMonths(6),
                TestClock.TODAY.plusDays(20)));
    progress.update(
        early.getId(),
        ActionFixtures.progress(Brag.BLUE, 100, TestClock.TODAY.minusDays(10), "Done", null),
        setting.council().asOfficer());
    browser = Browser.open(port);
  }

  @AfterEach
  void closeBrowser() throws Exception {
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  void theClinicRecordsAnOutcomeAndARecognition() {
    String indicator = setting.indicator().label();
    browser.signIn(setting.council().managerUsername(), FixtureCouncil.PASSWORD);
    browser.go("/clinics");
    browser.assertAccessible().assertFitsPhone();
    browser.press("Plan a clinic");
    browser.assertAccessible().assertFitsPhone();
    browser.type("title", "December performance clinic");
    browser.date("heldOn", TestClock.TODAY.plusDays(7));
    browser.choose("bodyId", setting.board().getName());
    browser.find("#orgUnitId option[value='" + setting.council().service().getId() + "']").click();
    browser.submit();
    assertThat(browser.text())
        .contains("December performance clinic planned, with 1 item")
        .contains(indicator, "Intervention at level 4", setting.council().manager().getFullName());
    browser.assertAccessible().assertFitsPhone();
    String clinicPath = browser.path();

    browser.clickLink("Record the challenge and outcomes for " + indicator);
    browser.assertAccessible().assertFitsPhone();
    browser.submit();
    assertThat(browser.text())
        .contains("There is a problem", "Write the challenge", "Choose at least one outcome");
    browser.assertAccessible();
    browser.type("challenge", "Three quarters Red: what will turn it round, and when?");
    browser.tick("outcomes");
    browser.tick("outcomes-2");
    browser.choose("frequency", "Monthly");
    browser.type("note", "Revised plan to the board in January");
    browser.submit();
    assertThat(browser.path()).startsWith(clinicPath);
    assertThat(browser.text())
        .contains("Recorded for " + indicator)
        .contains("Action plan changed", "More frequent monitoring")
        .contains(setting.indicator().getCode() + " collected monthly from 2026/27 M07");
    browser.assertAccessible();

    browser.type("proposal-note-1", "Thanks to the team");
    browser.press("Recognise " + early.label());
    assertThat(browser.text())
        .contains("Good performance recognised: " + early.label())
        .contains("Completed early: on 22 November 2026", "Thanks to the team");
    browser.assertAccessible();

    browser.press("Record the clinic as held");
    assertThat(browser.text()).contains("recorded as held", "✔ Held");
    browser.assertAccessible().assertFitsPhone();
  }
}
