package org.goldenthread.indicator.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.goldenthread.indicator.Status;
import org.goldenthread.indicator.Trend;
import org.goldenthread.indicator.calc.Assurance;
import org.goldenthread.indicator.calc.OutturnRisk;
import org.goldenthread.indicator.calc.Variation;
import org.goldenthread.indicator.kept.ScorecardRow;
import org.goldenthread.support.Fragments;
import org.goldenthread.support.GoldenThreadTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The scorecard's rows written in Java are the rows its template drew with the shared fragments
 * (the template's row as it was is kept here): every status, trend, risk, variation and assurance,
 * with and without words, and text that needs escaping, rendered both ways and compared with
 * whitespace between tags set aside.
 */
@GoldenThreadTest
class ScorecardTableTest {

  private static final String FRAGMENT_ROWS =
      """
      <table><tbody class="govuk-table__body">
      <tr class="govuk-table__row" th:each="l : ${rows}">
        <td class="govuk-table__cell"><a class="govuk-link" th:href="@{/indicators/{id}(id=${l.id()})}" th:text="${l.label()}">Indicator</a></td>
        <td class="govuk-table__cell gt-nowrap" th:text="${l.period()}">Q2</td>
        <td class="govuk-table__cell govuk-table__cell--numeric" th:text="${l.actual()}">1</td>
        <td class="govuk-table__cell govuk-table__cell--numeric" th:text="${l.target()}">1</td>
        <td class="govuk-table__cell"><strong th:replace="~{indicator/tags :: status(${l.status()})}"></strong></td>
        <td class="govuk-table__cell"><span th:replace="~{indicator/tags :: trend(${l.trendFromPrevious()})}"></span></td>
        <td class="govuk-table__cell"><span th:replace="~{indicator/tags :: trend(${l.trendFromLastYear()})}"></span></td>
        <td class="govuk-table__cell"><div th:replace="~{indicator/marks :: outlook(${l.risk()}, ${l.forecast()}, ${l.projection()}, ${l.annualTarget()})}"></div></td>
        <td class="govuk-table__cell"><div th:replace="~{indicator/marks :: xmr(${l.variation()}, ${l.variationWords()}, ${l.variationExplanation()}, ${l.assurance()}, ${l.assuranceWords()}, ${l.assuranceExplanation()})}"></div></td>
      </tr>
      </tbody></table>""";

  private static final String JAVA_ROWS =
      """
      <table><tbody class="govuk-table__body" th:with="indicatorsAt=@{/indicators},\
      html=${@scorecardTable.rows(rows, indicatorsAt)}" th:utext="${html}">
      </tbody></table>""";

  @Autowired ApplicationContext application;

  @Test
  void rowsAreTheFragmentsRows() {
    List<ScorecardRow> rows = new ArrayList<>();
    Trend[] trends = {null, Trend.IMPROVING, Trend.STABLE, Trend.WORSENING};
    OutturnRisk[] risks = {null, OutturnRisk.NONE, OutturnRisk.WATCH, OutturnRisk.AT_RISK};
    Variation[] variations = Variation.values();
    Assurance[] assurances = {
      null, Assurance.CONSISTENTLY_PASSING, Assurance.CONSISTENTLY_FAILING, Assurance.HIT_AND_MISS
    };
    int n = 0;
    for (Status status : Status.values()) {
      for (int k = 0; k < 4; k++) {
        n++;
        boolean dashes = n % 3 == 0;
        rows.add(
            new ScorecardRow(
                n,
                "PI-" + n,
                "Homes \"built\" & <let> " + n,
                "Housing & <repairs>",
                "2026/27 Q2",
                dashes ? "–" : n + "%",
                n % 5 == 0 ? "–" : "90%",
                status,
                trends[k],
                trends[(k + n) % 4],
                risks[(k + n) % 4],
                dashes ? "–" : "80%",
                dashes ? "–" : "78% <low>",
                "85%",
                n % 7 == 0 ? null : variations[n % variations.length],
                "Common cause: within the process limits & \"no\" signal",
                n % 2 == 0 ? null : "Limits from 12 values <since 2024>",
                assurances[n % 4],
                n % 5 == 1 ? null : (n % 4 == 0 ? "No target" : "Hit and miss: target within"),
                n % 2 == 0 ? null : "The target lies within the limits"));
      }
    }
    Map<String, Object> variables = Map.of("rows", rows);

    String java = Fragments.render(application, JAVA_ROWS, variables);
    assertThat(Fragments.normalised(java))
        .isEqualTo(Fragments.normalised(Fragments.render(application, FRAGMENT_ROWS, variables)));
    assertThat(java)
        .contains(
            "href=\"/indicators/1\"",
            "Homes &quot;built&quot; &amp; &lt;let&gt; 1",
            "78% &lt;low&gt;",
            "No projection yet",
            "Not at risk",
            "Target at risk",
            "No marks",
            "No trend");
  }
}
