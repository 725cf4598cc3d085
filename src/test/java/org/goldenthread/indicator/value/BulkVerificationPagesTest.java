package org.goldenthread.indicator.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.goldenthread.audit.AuditTrail;
import org.goldenthread.audit.RecordChange;
import org.goldenthread.indicator.FiguresChanged;
import org.goldenthread.support.DemoUsers;
import org.goldenthread.support.FixtureCouncil;
import org.goldenthread.support.GoldenThreadTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The verification queue as a table a manager works through: filtered, and verified or returned for
 * a selection at once, all or nothing, with every problem named value by value.
 */
@GoldenThreadTest
@RecordApplicationEvents
class BulkVerificationPagesTest {

  @Autowired MockMvc mvc;
  @Autowired DemoUsers users;
  @Autowired FixtureCouncil fixtures;
  @Autowired IndicatorValueRepository values;
  @Autowired AuditTrail audit;
  @Autowired ApplicationEvents events;

  FixtureCouncil.Council council;
  IndicatorValue due;
  IndicatorValue earlier;

  @BeforeEach
  void twoValuesWaitForTheManager() {
    council = fixtures.create();
    due = fixtures.enter(council, fixtures.dueQuarter(), "40");
    earlier = fixtures.enter(council, fixtures.dueQuarter().previous(), "95");
  }

  private static String choice(IndicatorValue v) {
    return v.getId() + ":" + v.getVersion();
  }

  private MockHttpServletRequestBuilder bulk(String action, IndicatorValue... chosen) {
    MockHttpServletRequestBuilder request =
        post("/verification")
            .with(users.as(council.managerUsername()))
            .with(csrf())
            .param("action", action);
    for (IndicatorValue v : chosen) {
      request.param("value", choice(v));
    }
    return request;
  }

  private ValueState stateOf(IndicatorValue v) {
    return values.findById(v.getId()).orElseThrow().getState();
  }

  @Test
  void theQueueIsATableTheManagerFilters() throws Exception {
    String code = council.indicator().getCode();
    mvc.perform(get("/verification").with(users.as(council.managerUsername())))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("data-module=\"moj-sortable-table\"")))
        .andExpect(content().string(containsString("2 values are waiting.")))
        .andExpect(content().string(containsString("value=\"" + choice(due) + "\"")))
        .andExpect(
            content().string(containsString("Select " + code + " " + due.getPeriod().label())))
        .andExpect(content().string(containsString("Fixture service " + council.suffix())))
        .andExpect(content().string(containsString("Red")));
    mvc.perform(
            get("/verification").param("status", "RED").with(users.as(council.managerUsername())))
        .andExpect(content().string(containsString("Showing 1 of 2 values waiting.")))
        .andExpect(content().string(containsString("value=\"" + choice(due) + "\"")))
        .andExpect(content().string(not(containsString("value=\"" + choice(earlier) + "\""))));
    mvc.perform(
            get("/verification")
                .param("period", earlier.getPeriod().label())
                .param("unit", council.service().getParent().getId().toString())
                .with(users.as(council.managerUsername())))
        .andExpect(content().string(containsString("Showing 1 of 2 values waiting.")))
        .andExpect(content().string(containsString("value=\"" + choice(earlier) + "\"")));
  }

  /** How many times the fixture council's figures were announced as changed so far. */
  private long announced() {
    return events.stream(FiguresChanged.class)
        .filter(e -> e.indicatorIds().contains(council.indicator().getId()))
        .count();
  }

  @Test
  void severalValuesAreVerifiedAtOnceAuditedAndAnnounced() throws Exception {
    long before = announced();
    mvc.perform(bulk("verify", due, earlier))
        .andExpect(redirectedUrl("/verification"))
        .andExpect(flash().attribute("success", "2 values have been verified"));

    assertThat(stateOf(due)).isEqualTo(ValueState.VERIFIED);
    assertThat(stateOf(earlier)).isEqualTo(ValueState.VERIFIED);
    for (IndicatorValue v : List.of(due, earlier)) {
      RecordChange latest = audit.historyOf(IndicatorValue.class, v.getId()).get(0);
      assertThat(latest.action()).isEqualTo("CHANGED");
      assertThat(latest.actor()).isEqualTo(council.managerUsername());
    }
    // One by one, each verification announces the indicator's figures changed; so does a bulk one.
    assertThat(announced()).isEqualTo(before + 2);
  }

  @Test
  void oneValueThatCannotBeVerifiedStopsTheWholeSelectionAndEveryProblemIsNamed() throws Exception {
    FixtureCouncil.Council other = fixtures.create();
    IndicatorValue notTheirs = fixtures.enter(other, fixtures.dueQuarter(), "100");
    String stale = earlier.getId() + ":" + (earlier.getVersion() - 1);
    long before = announced();

    mvc.perform(bulk("verify", due, notTheirs).param("value", stale).param("status", "RED"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("There is a problem")))
        .andExpect(
            content()
                .string(
                    containsString(
                        notTheirs.label()
                            + ": you are not accountable for this indicator and do not lead its"
                            + " service")))
        .andExpect(
            content()
                .string(
                    containsString(
                        earlier.label() + ": someone changed this value after you opened")))
        .andExpect(content().string(containsString("href=\"#value-" + notTheirs.getId() + "\"")))
        // The selection is kept ticked, to put right and send again.
        .andExpect(content().string(containsString("value=\"" + choice(due) + "\" checked")));

    assertThat(stateOf(due)).isEqualTo(ValueState.SUBMITTED);
    assertThat(stateOf(earlier)).isEqualTo(ValueState.SUBMITTED);
    assertThat(stateOf(notTheirs)).isEqualTo(ValueState.SUBMITTED);
    assertThat(announced()).isEqualTo(before);
  }

  @Test
  void aValueThePersonMayNotVerifyIsRefusedByName() throws Exception {
    IndicatorValue own = due;
    // The officer entered it and answers to the manager: the queue's address lets staff in, the
    // value does not.
    mvc.perform(
            post("/verification")
                .with(users.as(council.officerUsername()))
                .with(csrf())
                .param("action", "verify")
                .param("value", choice(own)))
        .andExpect(status().isOk())
        .andExpect(
            content()
                .string(
                    containsString(
                        own.label()
                            + ": you are not accountable for this indicator and do not lead")));
    assertThat(stateOf(due)).isEqualTo(ValueState.SUBMITTED);
  }

  @Test
  void aSelectionIsReturnedWithOneReasonAndNeedsOne() throws Exception {
    mvc.perform(bulk("return", due, earlier).param("reason", " "))
        .andExpect(status().isOk())
        .andExpect(
            content()
                .string(containsString("Say what needs correcting in the values you return.")));
    assertThat(stateOf(due)).isEqualTo(ValueState.SUBMITTED);

    mvc.perform(bulk("return", due, earlier).param("reason", "Use the ledger's closing figures"))
        .andExpect(redirectedUrl("/verification"))
        .andExpect(flash().attribute("success", "2 values have been returned for correction"));
    for (IndicatorValue v : List.of(due, earlier)) {
      IndicatorValue returned = values.findById(v.getId()).orElseThrow();
      assertThat(returned.getState()).isEqualTo(ValueState.ENTERED);
      assertThat(returned.getChangeReason()).isEqualTo("Use the ledger's closing figures");
    }
  }

  @Test
  void nothingChosenIsRefusedAndTheFiltersAreKept() throws Exception {
    mvc.perform(bulk("verify").param("status", "RED"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Select the values to verify or return.")));
    mvc.perform(bulk("verify", due).param("status", "RED"))
        .andExpect(redirectedUrl("/verification?status=RED"))
        .andExpect(flash().attribute("success", "1 value has been verified"));
  }

  @Test
  void oneByOneAStaleVersionIsRefused() throws Exception {
    mvc.perform(
            post("/values/" + due.getId() + "/verify")
                .with(users.as(council.managerUsername()))
                .with(csrf())
                .param("version", String.valueOf(due.getVersion() + 1)))
        .andExpect(redirectedUrl("/verification"))
        .andExpect(flash().attribute("problem", containsString("Someone else saved a change")));
    assertThat(stateOf(due)).isEqualTo(ValueState.SUBMITTED);
    mvc.perform(
            post("/values/" + due.getId() + "/verify")
                .with(users.as(council.managerUsername()))
                .with(csrf())
                .param("version", String.valueOf(due.getVersion())))
        .andExpect(flash().attribute("success", due.label() + " has been verified"));
    assertThat(stateOf(due)).isEqualTo(ValueState.VERIFIED);
  }
}
