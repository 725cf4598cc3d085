package org.goldenthread.indicator.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;
import org.goldenthread.audit.AuditTrail;
import org.goldenthread.audit.RecordChange;
import org.goldenthread.indicator.Indicator;
import org.goldenthread.indicator.IndicatorService;
import org.goldenthread.indicator.target.IndicatorTarget;
import org.goldenthread.indicator.target.IndicatorTargetRepository;
import org.goldenthread.indicator.value.IndicatorValue;
import org.goldenthread.indicator.value.IndicatorValueRepository;
import org.goldenthread.period.Period;
import org.goldenthread.support.DemoUsers;
import org.goldenthread.support.GoldenThreadTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The values import writes new values and targets in bulk; the audit trail still shows, for each,
 * who created it and with what, and later changes with before and after.
 */
@GoldenThreadTest
class ValueImportAuditTest {

  @Autowired MockMvc mvc;
  @Autowired DemoUsers users;
  @Autowired IndicatorService indicators;
  @Autowired IndicatorValueRepository values;
  @Autowired IndicatorTargetRepository targets;
  @Autowired AuditTrail audit;

  private final String code = "AU" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();

  private void importing(String kind, String csv) throws Exception {
    mvc.perform(
            post("/api/v1/indicators/import/" + kind)
                .contentType("text/csv")
                .content(csv)
                .with(users.as("admin"))
                .with(csrf()))
        .andExpect(status().isOk());
  }

  @Test
  void eachImportedValueAndTargetHasItsOwnHistoryWithWhoAndWhat() throws Exception {
    importing(
        "definitions",
        "code,title,unit,polarity,frequency,aggregation\n"
            + code
            + ",Claims decided,%,higher,quarterly,ratio\n");
    importing(
        "values",
        "code,period,target,numerator,denominator,commentary\n"
            + code
            + ",2025/26 Q1,85,45,50,\n"
            + code
            + ",2025/26 Q2,85,40,50,Staff shortage\n");
    Indicator indicator = indicators.byCode(code);
    IndicatorValue q2 =
        values.findByIndicatorAndPeriod(indicator, Period.parse("2025/26 Q2")).orElseThrow();

    IndicatorValue q1 =
        values.findByIndicatorAndPeriod(indicator, Period.parse("2025/26 Q1")).orElseThrow();
    // The import is one line of the audit trail naming the run of records it created, not a line
    // a record.
    mvc.perform(get("/admin/audit").param("type", "IndicatorValue").with(users.as("admin")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString(q1.getId() + "-" + q2.getId())))
        .andExpect(content().string(containsString("2 records created together")));

    List<RecordChange> created = audit.historyOf(IndicatorValue.class, q2.getId());
    assertThat(created).hasSize(1);
    assertThat(created.get(0).action()).isEqualTo("CREATED");
    assertThat(created.get(0).actor()).isEqualTo("admin");
    assertThat(created.get(0).fields())
        .anySatisfy(f -> assertThat(f.after()).contains("Staff shortage"))
        .anySatisfy(f -> assertThat(f.after()).contains("40"));
    IndicatorTarget target =
        targets.findByIndicator(indicator).stream()
            .filter(t -> t.getPeriod().equals(q2.getPeriod()))
            .findFirst()
            .orElseThrow();
    assertThat(audit.historyOf(IndicatorTarget.class, target.getId()))
        .singleElement()
        .satisfies(c -> assertThat(c.action()).isEqualTo("CREATED"));

    importing("values", "code,period,numerator,denominator\n" + code + ",2025/26 Q2,42,50\n");

    List<RecordChange> history = audit.historyOf(IndicatorValue.class, q2.getId());
    assertThat(history).extracting(RecordChange::action).containsExactly("CHANGED", "CREATED");
    assertThat(history.get(0).fields())
        .anySatisfy(
            f -> {
              assertThat(f.before()).contains("40");
              assertThat(f.after()).contains("42");
            });
    mvc.perform(
            get("/admin/audit")
                .param("type", "IndicatorValue")
                .param("recordId", q2.getId().toString())
                .with(users.as("admin")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Staff shortage")));
  }
}
