package org.goldenthread.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.goldenthread.indicator.Status;
import org.goldenthread.indicator.Trend;
import org.goldenthread.indicator.Unit;
import org.goldenthread.indicator.calc.Assurance;
import org.goldenthread.indicator.calc.OutturnRisk;
import org.goldenthread.indicator.calc.Variation;
import org.goldenthread.risk.Band;
import org.goldenthread.risk.RiskBands;
import org.goldenthread.support.Fragments;
import org.goldenthread.support.GoldenThreadTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The rows written in Java are the rows the shared fragments drew: each case is rendered both ways,
 * the fragments through the row the report's template had before (kept here), and compared with
 * whitespace between tags set aside.
 */
@GoldenThreadTest
class ReportRowsTest {

  /** The detail table's row as the template wrote it before DetailRows. */
  private static final String FRAGMENT_ROW =
      """
      <table><tbody th:with="risksOf=${risks}"><tr class="govuk-table__row" th:each="l : ${lines}">
        <td class="govuk-table__cell"><a th:replace="~{report/sections :: name(${l.code()} + ' ' + ${l.title()}, ${links} ? @{/indicators/{id}(id=${l.indicatorId()})} : null)}">PI</a>
          <span class="govuk-hint govuk-!-margin-bottom-0" th:if="${l.yearToDate()}">Year to date</span>
          <th:block th:if="${risksOf != null}"><div th:replace="~{report/risks :: related(${risksOf.forIndicator(l.indicatorId())}, ${links})}"></div></th:block></td>
        <td class="govuk-table__cell govuk-table__cell--numeric"><span th:text="${l.actualText()}">1</span>
          <span th:replace="~{report/sections :: corrected(${corrections != null} ? ${corrections[l.indicatorId()]} : null)}"></span></td>
        <td class="govuk-table__cell govuk-table__cell--numeric" th:text="${l.targetText()}">2</td>
        <td class="govuk-table__cell" th:attr="data-sort-value=${ {'RED','AMBER','GREEN','NO_DATA','DATA_ONLY'}.indexOf(l.status().name()) }"><strong th:replace="~{indicator/tags :: status(${l.status()})}"></strong></td>
        <td class="govuk-table__cell"><span th:replace="~{indicator/tags :: trend(${l.trendFromPrevious()})}"></span></td>
        <td class="govuk-table__cell"><span th:replace="~{indicator/tags :: trend(${l.trendFromLastYear()})}"></span></td>
        <td class="govuk-table__cell"><div th:replace="~{report/sections :: outlook(${l.warning()})}"></div></td>
        <td class="govuk-table__cell"><div th:replace="~{report/sections :: marks(${l.warning()})}"></div></td>
        <td class="govuk-table__cell gt-report-chart"><div th:utext="${l.chart()}"></div></td>
      </tr></tbody></table>""";

  /** The exceptions table's row as the template wrote it before ReportRows. */
  private static final String FRAGMENT_EXCEPTION_ROW =
      """
      <table><tbody th:with="risksOf=${risks}"><tr class="govuk-table__row" th:each="e : ${lines}">
        <td class="govuk-table__cell"><a th:replace="~{report/sections :: name(${e.code()} + ' ' + ${e.title()}, ${links} ? @{/indicators/{id}(id=${e.indicatorId()})} : null)}">PI</a>
          <th:block th:if="${risksOf != null}"><div th:replace="~{report/risks :: related(${risksOf.forIndicator(e.indicatorId())}, ${links})}"></div></th:block></td>
        <td class="govuk-table__cell"><strong th:replace="~{indicator/tags :: status(${e.status()})}"></strong></td>
        <td class="govuk-table__cell govuk-table__cell--numeric"><span th:text="${e.actualText()}">1</span>
          <span th:replace="~{report/sections :: corrected(${corrections != null} ? ${corrections[e.indicatorId()]} : null)}"></span></td>
        <td class="govuk-table__cell govuk-table__cell--numeric" th:text="${e.targetText()}">2</td>
        <td class="govuk-table__cell" th:if="${links and e.awaitsCalculatedCommentary()}" colspan="2">No commentary yet — the responsible officer adds it on <a class="govuk-link" th:href="@{/indicators/{id}(id=${e.indicatorId()})}">the indicator’s page</a>.</td>
        <th:block th:unless="${links and e.awaitsCalculatedCommentary()}">
        <td class="govuk-table__cell" th:text="${e.commentary() != null} ? ${e.commentary()} : 'None given'">Why</td>
        <td class="govuk-table__cell" th:text="${e.remedialAction() != null} ? ${e.remedialAction()} : 'None given'">What</td>
        </th:block>
        <td class="govuk-table__cell"><div th:replace="~{report/sections :: intervention(${e.intervention()})}"></div></td>
        <td class="govuk-table__cell"><div th:replace="~{report/sections :: outlook(${e.warning()})}"></div></td>
        <td class="govuk-table__cell"><div th:replace="~{report/sections :: marks(${e.warning()})}"></div></td>
        <td class="govuk-table__cell gt-report-chart" th:if="${charts != null}"><div th:utext="${charts[e.indicatorId()]}"></div></td>
      </tr></tbody></table>""";

  private static final String JAVA_ROWS =
      """
      <table><tbody th:with="indicatorsAt=@{/indicators},risksAt=@{/risks},\
      rows=${@reportRows.detail(lines, corrections, links, risks, indicatorsAt, risksAt)}" \
      th:utext="${rows}">\
      </tbody></table>""";

  private static final String JAVA_EXCEPTION_ROWS =
      """
      <table><tbody th:with="indicatorsAt=@{/indicators},risksAt=@{/risks},\
      rows=${@reportRows.exceptions(lines, corrections, links, risks, charts, indicatorsAt, risksAt)}" \
      th:utext="${rows}">\
      </tbody></table>""";

  record Correction(String now) implements ReportRows.Corrected {}

  @Autowired ApplicationContext application;

  @Test
  void rowsAreTheFragmentsRows() {
    List<ReportSnapshot.IndicatorFigure> lines =
        List.of(
            line(1, Status.RED, Trend.WORSENING, Trend.IMPROVING, true, atRisk(), "<svg>1</svg>"),
            line(2, Status.GREEN, null, null, false, noProjection(), null),
            line(3, Status.DATA_ONLY, Trend.STABLE, null, true, null, "<svg>3</svg>"),
            line(4, Status.AMBER, null, Trend.STABLE, false, wordsWithoutColon(), ""));
    RiskBands.Look high = new RiskBands.Look(Band.HIGH, "High", "#d4351c", "▲");
    ReportRisks risks =
        new ReportRisks(
            "Every risk",
            null,
            null,
            List.of(high),
            List.of(),
            Map.of(
                1L,
                List.of(
                    new ReportRisks.RelatedRisk(
                        7, false, true, "CR-07", "Flood & <storm>", 16, high),
                    new ReportRisks.RelatedRisk(8, true, false, null, null, 12, high)),
                3L,
                List.of(new ReportRisks.RelatedRisk(9, true, false, null, null, 9, high))),
            Map.of());
    Map<Long, Correction> corrections = Map.of(1L, new Correction("60 & more"));
    for (boolean links : new boolean[] {true, false}) {
      for (ReportRisks r : new ReportRisks[] {risks, ReportRisks.NONE, null}) {
        for (Map<Long, Correction> c : List.of(corrections, Map.<Long, Correction>of())) {
          Map<String, Object> variables = new HashMap<>();
          variables.put("lines", lines);
          variables.put("links", links);
          variables.put("corrections", c);
          assertThat(normalised(render(JAVA_ROWS, variables, r)))
              .isEqualTo(normalised(render(FRAGMENT_ROW, variables, r)));
          for (Map<Long, String> charts : Arrays.asList(null, Map.of(1L, "<svg>c</svg>"))) {
            variables.put("charts", charts);
            assertThat(normalised(render(JAVA_EXCEPTION_ROWS, variables, r)))
                .isEqualTo(normalised(render(FRAGMENT_EXCEPTION_ROW, variables, r)));
          }
        }
      }
    }
    assertThat(
            render(
                JAVA_ROWS,
                Map.of("lines", lines, "links", true, "corrections", corrections),
                risks))
        .contains(
            "href=\"/indicators/1\"",
            "href=\"/risks/7\"",
            "Flood &amp; &lt;storm&gt;",
            "1 confidential risk not described",
            "Corrected since publication: now 60 &amp; more");
  }

  private String render(String template, Map<String, Object> variables, ReportRisks risks) {
    Map<String, Object> all = new HashMap<>(variables);
    all.put("risks", risks);
    return Fragments.render(application, template, all);
  }

  private static String normalised(String html) {
    return Fragments.normalised(html);
  }

  private static ReportSnapshot.IndicatorFigure line(
      long id,
      Status status,
      Trend previous,
      Trend lastYear,
      boolean yearToDate,
      FigureWarning warning,
      String chart) {
    return new ReportSnapshot.IndicatorFigure(
        id,
        "PI-" + id,
        "Homes \"built\" & <let> " + id,
        BigDecimal.TEN,
        BigDecimal.ONE,
        "10%",
        "1%",
        status,
        previous,
        lastYear,
        yearToDate,
        id == 1 ? "Staff <away> & \"sick\"" : null,
        id == 4 ? "Agency cover" : null,
        chart,
        "2026/27 Q2",
        Unit.PERCENT,
        0,
        id == 2 || id == 3,
        warning,
        switch ((int) id) {
          case 1 ->
              new FigureIntervention(
                  5,
                  3,
                  "Director review",
                  "2026/27 Q1",
                  "Agreed",
                  "Weekly <checks>",
                  LocalDate.of(2027, 3, 31),
                  "Back on target");
          case 2 -> new FigureIntervention(6, 1, null, "2026/27 Q2", null, null, null, null);
          default -> null;
        });
  }

  private static FigureWarning atRisk() {
    return new FigureWarning(
        OutturnRisk.AT_RISK,
        BigDecimal.ONE,
        "80%",
        "two schemes slipped",
        BigDecimal.valueOf(2),
        "78% <low>",
        "scaled",
        BigDecimal.TEN,
        "85%",
        Variation.SPECIAL_CAUSE_CONCERNING,
        "Special cause – concerning: 7 points in a row below the average",
        "The latest value \"fell\" & more",
        Assurance.CONSISTENTLY_FAILING,
        "Consistently failing: the target lies outside the limits",
        "The target (70) lies above the upper limit");
  }

  private static FigureWarning noProjection() {
    return new FigureWarning(
        OutturnRisk.NONE,
        null,
        "–",
        null,
        null,
        "–",
        null,
        null,
        "–",
        Variation.COMMON_CAUSE,
        "Common cause: within the process limits, no signal",
        null,
        null,
        "No target to judge against",
        null);
  }

  private static FigureWarning wordsWithoutColon() {
    return new FigureWarning(
        OutturnRisk.WATCH,
        null,
        "1",
        null,
        null,
        "2",
        null,
        null,
        "3",
        Variation.NOT_ENOUGH_DATA,
        "Not enough data yet",
        "Fewer than 12 points",
        null,
        null,
        null);
  }
}
