package org.goldenthread.indicator.kept;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.goldenthread.indicator.IndicatorService;
import org.goldenthread.indicator.Scorecard;
import org.goldenthread.indicator.Status;
import org.goldenthread.period.Period;
import org.goldenthread.support.DemoUsers;
import org.goldenthread.support.GoldenThreadTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The imports' writes show on the scorecard's next read: new values and targets (written by plain
 * SQL), changed values, and a definition changed by the definitions import.
 */
@GoldenThreadTest
class KeptFiguresImportTest {

  @Autowired MockMvc mvc;
  @Autowired DemoUsers users;
  @Autowired ScorecardRows rows;
  @Autowired IndicatorService indicators;

  private final String code = "KF" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
  private final Period q1 = Period.parse("2025/26 Q1");

  @Test
  void importedValuesTargetsAndDefinitionsShowOnTheNextRead() throws Exception {
    importing(
        "definitions",
        "code,title,unit,polarity,frequency,aggregation\n"
            + code
            + ",Households helped,number,higher,quarterly,sum\n");
    assertThat(line().status()).isEqualTo(Status.NO_DATA);

    importing("values", "code,period,actual,target\n" + code + ",2025/26 Q1,120,100\n");
    assertThat(line().actual()).isEqualTo("120");
    assertThat(line().target()).isEqualTo("100");
    assertThat(line().status()).isEqualTo(Status.GREEN);

    importing("values", "code,period,actual\n" + code + ",2025/26 Q1,80\n");
    assertThat(line().actual()).isEqualTo("80");
    assertThat(line().status()).isEqualTo(Status.RED);

    importing(
        "definitions",
        "code,title,unit,polarity,frequency,aggregation\n"
            + code
            + ",Households helped,number,lower,quarterly,sum\n");
    assertThat(line().status()).isEqualTo(Status.GREEN);
  }

  private ScorecardRow line() {
    long id = indicators.byCode(code).getId();
    return rows.page(
            new ScorecardQuery(
                q1,
                new Scorecard.Filter(null, null, null, null, null, null),
                java.util.Set.of(id),
                ScorecardQuery.Sort.CODE,
                false,
                1,
                null))
        .rows()
        .get(0);
  }

  private void importing(String kind, String csv) throws Exception {
    mvc.perform(
            post("/api/v1/indicators/import/" + kind)
                .contentType("text/csv")
                .content(csv)
                .with(users.as("admin"))
                .with(csrf()))
        .andExpect(status().isOk());
  }
}
