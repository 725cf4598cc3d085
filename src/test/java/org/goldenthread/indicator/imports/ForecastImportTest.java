package org.goldenthread.indicator.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.goldenthread.audit.AuditTrail;
import org.goldenthread.audit.RecordChange;
import org.goldenthread.indicator.Indicator;
import org.goldenthread.indicator.IndicatorService;
import org.goldenthread.indicator.value.IndicatorValue;
import org.goldenthread.indicator.value.IndicatorValueRepository;
import org.goldenthread.indicator.value.ValueState;
import org.goldenthread.period.Period;
import org.goldenthread.support.DemoUsers;
import org.goldenthread.support.GoldenThreadTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * The values import's optional {@code forecast} and {@code forecast_basis} columns: kept with the
 * value, changed alone without touching the value's place in the workflow (but audited), kept when
 * a file leaves the columns out, exported, and refused with every bad row named.
 */
@GoldenThreadTest
class ForecastImportTest {

  @Autowired MockMvc mvc;
  @Autowired DemoUsers users;
  @Autowired IndicatorService indicators;
  @Autowired IndicatorValueRepository values;
  @Autowired AuditTrail audit;

  private final String code = "FC" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
  private final Period q1 = Period.parse("2025/26 Q1");

  private ResultActions importing(String kind, String csv) throws Exception {
    return mvc.perform(
        post("/api/v1/indicators/import/" + kind)
            .contentType("text/csv")
            .content(csv)
            .with(users.as("admin"))
            .with(csrf()));
  }

  private IndicatorValue q1() {
    Indicator indicator = indicators.byCode(code);
    return values.findByIndicatorAndPeriod(indicator, q1).orElseThrow();
  }

  private void define() throws Exception {
    importing(
            "definitions",
            "code,title,unit,polarity,frequency,aggregation\n"
                + code
                + ",Households helped,number,higher,quarterly,sum\n")
        .andExpect(status().isOk());
  }

  @Test
  void aForecastIsImportedWithItsValueAndChangedAloneWithoutSendingTheValueBack() throws Exception {
    define();
    importing(
            "values",
            "code,period,actual,target,forecast,forecast_basis\n"
                + code
                + ",2025/26 Q1,120,100,450,Demand falls after the summer\n")
        .andExpect(status().isOk());
    IndicatorValue imported = q1();
    assertThat(imported.getForecast()).isEqualByComparingTo("450");
    assertThat(imported.getForecastBasis()).isEqualTo("Demand falls after the summer");
    assertThat(imported.getState()).isEqualTo(ValueState.PUBLISHED);

    // A file without the forecast columns keeps the forecast.
    importing("values", "code,period,actual\n" + code + ",2025/26 Q1,120\n")
        .andExpect(status().isOk());
    assertThat(q1().getForecast()).isEqualByComparingTo("450");
    assertThat(q1().getVersion()).isEqualTo(imported.getVersion());

    // Only the forecast changes: the value is still the published figure, and the change is kept.
    importing(
            "values",
            "code,period,actual,forecast,forecast_basis\n"
                + code
                + ",2025/26 Q1,120,380,A second team left\n")
        .andExpect(status().isOk());
    IndicatorValue changed = q1();
    assertThat(changed.getForecast()).isEqualByComparingTo("380");
    assertThat(changed.getForecastBasis()).isEqualTo("A second team left");
    assertThat(changed.getState()).isEqualTo(ValueState.PUBLISHED);
    assertThat(changed.getAmount()).isEqualByComparingTo("120");
    List<RecordChange> history = audit.historyOf(IndicatorValue.class, changed.getId());
    assertThat(history).extracting(RecordChange::action).containsExactly("CHANGED", "CREATED");
    assertThat(history.get(0).fields())
        .anySatisfy(
            f -> {
              assertThat(f.before()).contains("450");
              assertThat(f.after()).contains("380");
            });

    String exported =
        new String(
            mvc.perform(
                    get("/indicators/export/values.csv")
                        .param("code", code)
                        .with(users.as("admin")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray(),
            StandardCharsets.UTF_8);
    assertThat(exported).contains("forecast,forecast_basis").contains(",380,A second team left");

    // An empty forecast cell removes the forecast and its basis.
    importing("values", "code,period,actual,forecast\n" + code + ",2025/26 Q1,120,\n")
        .andExpect(status().isOk());
    assertThat(q1().getForecast()).isNull();
    assertThat(q1().getForecastBasis()).isNull();
  }

  @Test
  void badForecastsAreNamedRowByRowAndNothingIsImported() throws Exception {
    define();
    importing(
            "values",
            "code,period,actual,forecast,forecast_basis\n"
                + code
                + ",2025/26 Q1,120,about 400,\n"
                + code
                + ",2025/26 Q2,130,,Based on nothing\n"
                + code
                + ",2025/26 Q3,125,4x0,\n")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.problems.length()").value(3))
        .andExpect(jsonPath("$.problems[*].row", contains(2, 3, 4)))
        .andExpect(content().string(containsString("year-end forecast")))
        .andExpect(content().string(containsString("basis of a forecast but no forecast")));
    assertThat(values.findByIndicator(indicators.byCode(code))).isEmpty();
  }
}
