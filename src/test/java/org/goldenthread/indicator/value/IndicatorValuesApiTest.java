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
import org.goldenthread.period.Period;
import org.goldenthread.period.PeriodType;
import org.goldenthread.support.DemoUsers;
import org.goldenthread.support.GoldenThreadTest;
import org.goldenthread.support.TestClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@code GET /api/v1/indicators/{code}/values}: a cumulative count's first quarter is judged by
 * what it contributed, and a calculated indicator lists its history as an ordinary one does.
 */
@GoldenThreadTest
@Transactional
class IndicatorValuesApiTest {

  @Autowired MockMvc mvc;
  @Autowired DemoUsers users;
  @Autowired IndicatorService indicators;
  @Autowired DataEntry entry;
  @Autowired Targets targets;
  @Autowired ObjectMapper json;

  private static String unique(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
  }

  private Indicator define(
      PeriodType frequency, boolean cumulative, String formula, Polarity polarity) {
    return indicators.create(
        new IndicatorForm(
            unique(formula == null ? "API" : "CALC"),
            "Indicator for the API",
            null,
            null,
            IndicatorType.LOCAL,
            Unit.COUNT,
            polarity,
            frequency,
            Aggregation.SUM,
            cumulative,
            "0",
            "10",
            Tolerance.Kind.PERCENT,
            null,
            formula,
            null,
            false,
            false,
            true,
            null,
            null,
            null,
            null,
            List.of(),
            null));
  }

  private void value(Indicator indicator, String period, String actual) {
    entry.enter(
        indicator,
        Period.parse(period),
        new ValueForm(actual, null, null, null, null, null, null),
        named("admin"),
        false);
  }

  private JsonNode values(Indicator indicator, String type) throws Exception {
    var request = get("/api/v1/indicators/" + indicator.getCode() + "/values");
    if (type != null) {
      request = request.param("type", type);
    }
    String body =
        mvc.perform(request.with(users.as("councillor")))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    return json.readTree(body);
  }

  private static JsonNode row(JsonNode rows, String period) {
    for (JsonNode row : rows) {
      if (row.get("period").asText().equals(period)) {
        return row;
      }
    }
    throw new AssertionError(period + " is not listed in " + rows);
  }

  private static List<String> periods(JsonNode rows) {
    List<String> labels = new ArrayList<>();
    rows.forEach(r -> labels.add(r.get("period").asText()));
    return labels;
  }

  @Test
  void aCumulativeCountsFirstQuarterNoLongerReadsWorseningAgainstTheLastYearToDate()
      throws Exception {
    // 10 a month all last year (year to date 120 by March); 11 a month this April to June (33).
    Indicator count = define(PeriodType.MONTH, true, null, Polarity.HIGHER_IS_BETTER);
    for (Period m : Period.year(2025).within(PeriodType.MONTH)) {
      value(count, m.label(), "10");
    }
    for (Period m : Period.parse("2026/27 Q1").within(PeriodType.MONTH)) {
      value(count, m.label(), "11");
    }

    JsonNode quarters = values(count, "QUARTER");
    JsonNode q1 = row(quarters, "2026/27 Q1");
    assertThat(q1.get("actual").decimalValue()).isEqualByComparingTo("33");
    assertThat(q1.get("trend").asText()).isEqualTo("IMPROVING"); // 33 against Q4's own 30
    assertThat(q1.get("trendFromLastYear").asText()).isEqualTo("IMPROVING"); // 33 against 30
    assertThat(row(quarters, "2025/26 Q4").get("trend").asText()).isEqualTo("STABLE");

    JsonNode april = row(values(count, null), "2026/27 M01");
    assertThat(april.get("actual").decimalValue()).isEqualByComparingTo("11");
    assertThat(april.get("trend").asText()).isEqualTo("IMPROVING"); // 11 against March's own 10
  }

  @Test
  void aCalculatedIndicatorListsEveryPeriodItsFormulaGivesAFigureWithStatusAndTrend()
      throws Exception {
    Indicator a = define(PeriodType.QUARTER, false, null, Polarity.HIGHER_IS_BETTER);
    Indicator b = define(PeriodType.QUARTER, false, null, Polarity.HIGHER_IS_BETTER);
    Indicator total =
        define(
            PeriodType.QUARTER,
            false,
            "[" + a.getCode() + "] + [" + b.getCode() + "]",
            Polarity.HIGHER_IS_BETTER);
    value(a, "2025/26 Q3", "30");
    value(b, "2025/26 Q3", "20");
    value(a, "2025/26 Q4", "40");
    value(b, "2025/26 Q4", "20");
    value(a, "2026/27 Q1", "20"); // b missing: no figure
    targets.set(total, Period.parse("2025/26 Q4"), new BigDecimal("100"), named("admin"));

    JsonNode rows = values(total, null);

    Period now = Period.containing(TestClock.TODAY, PeriodType.QUARTER);
    List<String> expected = new ArrayList<>();
    for (Period p = Period.parse("2025/26 Q3"); p.compareTo(now) <= 0; p = p.next()) {
      expected.add(p.label());
    }
    assertThat(periods(rows)).containsExactlyElementsOf(expected);
    JsonNode q3 = row(rows, "2025/26 Q3");
    assertThat(q3.get("actual").decimalValue()).isEqualByComparingTo("50");
    assertThat(q3.get("status").asText()).isEqualTo("DATA_ONLY");
    JsonNode q4 = row(rows, "2025/26 Q4");
    assertThat(q4.get("actual").decimalValue()).isEqualByComparingTo("60");
    assertThat(q4.get("target").decimalValue()).isEqualByComparingTo("100");
    assertThat(q4.get("status").asText()).isEqualTo("RED");
    assertThat(q4.get("trend").asText()).isEqualTo("IMPROVING");
    assertThat(q4.get("state").isNull()).isTrue();
    JsonNode q1 = row(rows, "2026/27 Q1");
    assertThat(q1.get("actual").isNull()).isTrue();
    assertThat(q1.get("status").asText()).isEqualTo("NO_DATA");
    assertThat(q1.get("trend").isNull()).isTrue();
  }

  @Test
  void eachPeriodGivesTheProjectedOutturnAndTheRiskToTheAnnualTarget() throws Exception {
    Indicator indicator = define(PeriodType.QUARTER, false, null, Polarity.HIGHER_IS_BETTER);
    targets.set(indicator, Period.parse("2025/26"), new BigDecimal("100"), named("admin"));
    value(indicator, "2025/26 Q1", "30");
    value(indicator, "2025/26 Q2", "10");

    JsonNode rows = values(indicator, null);

    // Q1: 30 in one quarter of four projects 120, above the target of 100.
    JsonNode q1 = row(rows, "2025/26 Q1");
    assertThat(q1.get("projectedOutturn").decimalValue()).isEqualByComparingTo("120");
    assertThat(q1.get("outturnRisk").asText()).isEqualTo("NONE");
    assertThat(q1.get("forecast").isNull()).isTrue();
    // Q2: 40 in two quarters projects 80, more than the 10% tolerance below 100: Red.
    JsonNode q2 = row(rows, "2025/26 Q2");
    assertThat(q2.get("projectedOutturn").decimalValue()).isEqualByComparingTo("80");
    assertThat(q2.get("outturnRisk").asText()).isEqualTo("AT_RISK");
  }
}
