package org.goldenthread.indicator.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.goldenthread.shared.TestPeople.named;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.goldenthread.indicator.Indicator;
import org.goldenthread.indicator.IndicatorService;
import org.goldenthread.indicator.target.Targets;
import org.goldenthread.period.Period;
import org.goldenthread.support.DemoUsers;
import org.goldenthread.support.GoldenThreadTest;
import org.goldenthread.support.TestIndicators;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@code GET /api/v1/indicators/{code}/signals}: the XmR chart of an indicator's recorded figures,
 * from twelve figures on; fewer are "not enough data".
 */
@GoldenThreadTest
@Transactional
class IndicatorSignalsApiTest {

  @Autowired MockMvc mvc;
  @Autowired DemoUsers users;
  @Autowired IndicatorService indicators;
  @Autowired DataEntry entry;
  @Autowired Targets targets;
  @Autowired ObjectMapper json;

  private Indicator quarterly() {
    return indicators.create(TestIndicators.quarterlyCount("XMR", "Indicator for the signals API"));
  }

  /** Quarters from 2023/24 Q1 on, one value each. */
  private List<Period> enter(Indicator indicator, int... figures) {
    List<Period> periods = new ArrayList<>();
    Period p = Period.parse("2023/24 Q1");
    for (int figure : figures) {
      entry.enter(
          indicator,
          p,
          new ValueForm(String.valueOf(figure), null, null, "c", "r", null, null),
          named("admin"),
          false);
      periods.add(p);
      p = p.next();
    }
    return periods;
  }

  private JsonNode signals(Indicator indicator) throws Exception {
    String body =
        mvc.perform(
                get("/api/v1/indicators/" + indicator.getCode() + "/signals")
                    .with(users.as("councillor")))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    return json.readTree(body);
  }

  @Test
  void sevenHighQuartersAfterSixLowOnesAreAShiftBeyondTheLimits() throws Exception {
    Indicator indicator = quarterly();
    List<Period> periods = enter(indicator, 10, 10, 10, 10, 10, 10, 30, 30, 30, 30, 30, 30, 30);
    Period latest = periods.get(periods.size() - 1);
    targets.set(indicator, latest, new BigDecimal("20"), named("admin"));

    JsonNode chart = signals(indicator);

    assertThat(chart.get("points")).hasSize(13);
    // Mean 270 / 13; average moving range 20 / 12; limits mean ± 2.66 × 20 / 12.
    assertThat(chart.get("mean").decimalValue()).isEqualByComparingTo("20.76923076923077");
    assertThat(chart.get("upperLimit").decimalValue().doubleValue())
        .isCloseTo(270.0 / 13 + 2.66 * 20 / 12, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(chart.get("lowerLimit").decimalValue().doubleValue())
        .isCloseTo(270.0 / 13 - 2.66 * 20 / 12, org.assertj.core.data.Offset.offset(1e-9));
    List<String> rules = new ArrayList<>();
    chart.get("signals").forEach(s -> rules.add(s.get("rule").asText()));
    assertThat(rules).contains("OUTSIDE_LIMITS", "SHIFT").doesNotContain("TREND");
    JsonNode shift = null;
    for (JsonNode s : chart.get("signals")) {
      if (s.get("rule").asText().equals("SHIFT")) {
        shift = s;
      }
    }
    assertThat(shift.get("periods")).hasSize(7);
    assertThat(shift.get("periods").get(6).asText()).isEqualTo(latest.label());
    assertThat(chart.get("variation").asText()).isEqualTo("SPECIAL_CAUSE_IMPROVING");
    assertThat(chart.get("assurance").asText()).isEqualTo("HIT_AND_MISS");
    assertThat(chart.get("variationExplanation").asText()).isNotBlank();
  }

  @Test
  void elevenFiguresAreNotEnoughData() throws Exception {
    Indicator indicator = quarterly();
    enter(indicator, 10, 12, 11, 13, 10, 12, 11, 13, 10, 12, 11);

    JsonNode chart = signals(indicator);

    assertThat(chart.get("variation").asText()).isEqualTo("NOT_ENOUGH_DATA");
    assertThat(chart.get("mean").isNull()).isTrue();
    assertThat(chart.get("signals")).isEmpty();
    assertThat(chart.get("assurance").isNull()).isTrue();
  }
}
