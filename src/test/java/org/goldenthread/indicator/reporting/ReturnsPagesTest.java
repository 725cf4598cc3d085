package org.goldenthread.indicator.reporting;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.persistence.EntityManager;
import org.goldenthread.indicator.value.DataEntry;
import org.goldenthread.indicator.value.IndicatorValue;
import org.goldenthread.period.Period;
import org.goldenthread.support.DemoUsers;
import org.goldenthread.support.FixtureCouncil;
import org.goldenthread.support.GoldenThreadTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/**
 * What is due, as officers and the performance team see it: an officer's list of the open periods'
 * returns, and the late returns dashboard for a directorate. Rolled back.
 */
@GoldenThreadTest
@Transactional
class ReturnsPagesTest {

  @Autowired MockMvc mvc;
  @Autowired DemoUsers users;
  @Autowired FixtureCouncil fixtures;
  @Autowired ReportingPeriods periods;
  @Autowired DataEntry entry;
  @Autowired EntityManager entities;
  @Autowired JdbcTemplate jdbc;

  FixtureCouncil.Council council;
  Period quarter;
  ReportingPeriod reporting;
  String dashboard;

  @BeforeEach
  void theDueQuarterIsOpen() {
    council = fixtures.create();
    quarter = fixtures.dueQuarter();
    reporting = OpenPeriods.open(periods, quarter);
    dashboard = "/returns?period=" + quarter.label() + "&directorate=" + directorateId(council);
  }

  private static long directorateId(FixtureCouncil.Council council) {
    return council.service().getParent().getId();
  }

  private String enterLink() {
    return "/indicators/" + council.indicator().getId() + "/enter?period=" + quarter.label();
  }

  @Test
  void anOfficerSeesTheOpenPeriodsReturnsAndWhetherTheyAreLate() throws Exception {
    mvc.perform(get("/my-indicators").with(users.as(council.officerUsername())))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString(council.indicator().getCode())))
        .andExpect(content().string(containsString(enterLink().replace(" ", "%20"))))
        .andExpect(content().string(containsString("Late")))
        .andExpect(content().string(containsString("reporting periods the performance team")))
        .andExpect(content().string(not(containsString("has not opened a reporting period"))));
  }

  @Test
  void aClosedPeriodLeavesTheOfficersList() throws Exception {
    periods.close(reporting.getId(), OpenPeriods.TEAM);
    entities.flush();
    mvc.perform(get("/my-indicators").with(users.as(council.officerUsername())))
        .andExpect(status().isOk())
        .andExpect(content().string(not(containsString(council.indicator().getCode()))));
  }

  @Test
  void aValueReturnedForCorrectionIsMarkedOnTheOfficersList() throws Exception {
    IndicatorValue value = fixtures.enter(council, quarter, "90");
    entry.returnForCorrection(value.getId(), "Check the count");
    entities.flush();
    mvc.perform(get("/my-indicators").with(users.as(council.officerUsername())))
        .andExpect(content().string(containsString("Returned for correction")));
  }

  @Test
  void withoutAnyReportingPeriodTheListIsTheLatestPeriodEndedAndSaysSo() throws Exception {
    entities.flush();
    jdbc.update("delete from reporting_period");
    entities.clear();
    mvc.perform(get("/my-indicators").with(users.as(council.officerUsername())))
        .andExpect(content().string(containsString("has not opened a reporting period yet")))
        .andExpect(content().string(containsString(enterLink().replace(" ", "%20"))));
  }

  @Test
  void theDashboardCountsADirectoratesReturnsAndListsWhatIsOwed() throws Exception {
    FixtureCouncil.Council elsewhere = fixtures.create();
    mvc.perform(get(dashboard).with(users.as("admin")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Late returns for " + quarter.label())))
        .andExpect(content().string(containsString(council.service().getParent().getName())))
        .andExpect(
            content()
                .string(
                    containsString(
                        "1 return is due in " + quarter.label() + "; 1 still owed, 1 late.")))
        .andExpect(content().string(containsString(council.indicator().getCode())))
        .andExpect(content().string(containsString(council.officer().getFullName())))
        .andExpect(content().string(containsString(council.service().getName())))
        .andExpect(content().string(containsString("Not started")))
        .andExpect(content().string(not(containsString(elsewhere.indicator().getCode()))));
  }

  @Test
  void eachOwedReturnHasAChaseButtonForManagersButNotOfficers() throws Exception {
    mvc.perform(get(dashboard).with(users.as("manager")))
        .andExpect(content().string(containsString("action=\"/returns/chase\"")))
        .andExpect(
            content()
                .string(
                    containsString(
                        "name=\"indicatorId\" value=\"" + council.indicator().getId() + "\"")))
        .andExpect(
            content().string(containsString("name=\"period\" value=\"" + quarter.label() + "\"")))
        .andExpect(
            content()
                .string(
                    containsString(
                        "name=\"returnTo\" value=\"/returns?period="
                            + quarter.label().replace(" ", "%20")
                            + "&amp;directorate="
                            + directorateId(council)
                            + "\"")))
        .andExpect(content().string(containsString("name=\"_csrf\"")))
        .andExpect(content().string(containsString("Send a reminder now")));
    mvc.perform(get(dashboard).with(users.as(council.officerUsername())))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString(council.indicator().getCode())))
        .andExpect(content().string(not(containsString("Send a reminder now"))));
  }

  @Test
  void theChasedMessageIsShownAndPartnersAreNotLetIn() throws Exception {
    mvc.perform(
            get(dashboard)
                .with(users.as("admin"))
                .flashAttr("chased", "A reminder about the return has been sent."))
        .andExpect(content().string(containsString("A reminder about the return has been sent.")));
    mvc.perform(get("/returns").with(users.as("partner"))).andExpect(status().isForbidden());
  }

  @Test
  void aVerifiedReturnIsNoLongerOwed() throws Exception {
    IndicatorValue value = fixtures.enter(council, quarter, "104");
    entry.verify(value.getId(), council.asManager());
    entities.flush();
    mvc.perform(get(dashboard).with(users.as("admin")))
        .andExpect(
            content()
                .string(
                    containsString(
                        "1 return is due in " + quarter.label() + "; 0 still owed, 0 late.")))
        .andExpect(content().string(containsString("Nothing is owed")));
  }
}
