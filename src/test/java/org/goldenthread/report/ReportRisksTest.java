package org.goldenthread.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.goldenthread.shared.TestPeople.named;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import org.goldenthread.action.Brag;
import org.goldenthread.indicator.Figures;
import org.goldenthread.risk.Band;
import org.goldenthread.risk.Effectiveness;
import org.goldenthread.risk.Movement;
import org.goldenthread.support.GoldenThreadTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The Audit Committee's risk sections against the register worked out by hand in {@link
 * RiskReportFixtures}: top risks, above appetite, movements, overdue reviews, heat map and bands,
 * controls and mitigating actions, related risks; and a confidential risk counted, not described.
 */
@GoldenThreadTest
class ReportRisksTest {

  @Autowired RiskReportFixtures fixtures;
  @Autowired ReportBuilder builder;
  @Autowired Figures figures;
  @Autowired ObjectMapper json;
  @Autowired ReportService reports;

  RiskReportFixtures.Made m;
  Report report;

  @BeforeEach
  void setUp() {
    m = fixtures.create();
    report = builder.build(m.report(), RiskReportFixtures.QUARTER);
  }

  private List<String> codes(List<ReportRisks.RiskLine> lines) {
    return lines.stream().map(ReportRisks.RiskLine::code).toList();
  }

  private String code(String letter) {
    return m.prefix() + "-" + letter;
  }

  private List<String> codes(String... letters) {
    return java.util.Arrays.stream(letters).map(this::code).toList();
  }

  @Test
  void theSectionsAreAsWorkedOutByHandForSomeoneWhoMayHaveEveryRiskDescribed() {
    ReportRisks risks = ReportSnapshot.of(report, figures, id -> true).risks();
    RiskSections s = risks.sections();

    assertThat(risks.asAt()).isEqualTo(LocalDate.of(2026, 9, 30));
    assertThat(risks.comparedWith()).isEqualTo(LocalDate.of(2026, 6, 30));
    assertThat(risks.covers()).isEqualTo(m.register().getName());
    assertThat(codes(s.open())).containsExactlyInAnyOrderElementsOf(codes("A", "B", "C", "D", "H"));
    assertThat(codes(s.top().shown())).containsExactlyElementsOf(codes("B", "H", "A", "C", "D"));
    assertThat(s.top().notDescribed()).isZero();
    assertThat(codes(s.aboveAppetite().shown())).containsExactlyElementsOf(codes("B", "H", "A"));
    assertThat(s.aboveAppetite().shown().stream().map(ReportRisks.RiskLine::aboveBy))
        .containsExactly(12, 8, 4);
    assertThat(codes(s.movements().shown())).containsExactlyElementsOf(codes("A", "C", "D", "E"));
    assertThat(s.movements().shown().stream().map(ReportRisks.RiskLine::movement))
        .containsExactly(Movement.UP, Movement.NEW, Movement.DOWN, Movement.CLOSED);
    assertThat(s.movements().shown().stream().map(ReportRisks.RiskLine::previousScore))
        .containsExactly(12, null, 9, 16);
    assertThat(codes(s.overdue().shown())).containsExactlyElementsOf(codes("B", "H"));

    assertThat(s.heatMap())
        .containsExactly(
            new RiskSections.HeatRow(5, List.of(0, 0, 0, 1, 0)),
            new RiskSections.HeatRow(4, List.of(0, 0, 0, 1, 1)),
            new RiskSections.HeatRow(3, List.of(0, 0, 0, 0, 0)),
            new RiskSections.HeatRow(2, List.of(0, 1, 1, 0, 0)),
            new RiskSections.HeatRow(1, List.of(0, 0, 0, 0, 0)));
    assertThat(s.bands().stream().map(b -> b.look().band() + " " + b.count()))
        .containsExactly("HIGH 3", "MEDIUM 1", "LOW 1");

    ReportRisks.RiskLine a =
        s.inFull().shown().stream()
            .filter(r -> r.code().equals(code("A")))
            .findFirst()
            .orElseThrow();
    assertThat(a.current().value()).isEqualTo(16);
    assertThat(a.look().band()).isEqualTo(Band.HIGH);
    assertThat(a.controls())
        .containsExactly(
            new ReportRisks.Control(
                "Weekly placement panel",
                m.council().manager().getFullName(),
                Effectiveness.PARTLY_EFFECTIVE));
    assertThat(a.actions()).hasSize(1);
    assertThat(a.actions().get(0).code()).isEqualTo(m.action().getCode());
    assertThat(a.actions().get(0).status()).isEqualTo(Brag.RED);
    assertThat(a.actions().get(0).due()).isEqualTo(LocalDate.of(2027, 3, 31));

    assertThat(
            risks.forIndicator(m.indicator().getId()).stream().map(ReportRisks.RelatedRisk::code))
        .containsExactly(code("H"), code("A"));
    assertThat(risks.forAction(m.action().getId()).stream().map(ReportRisks.RelatedRisk::score))
        .containsExactly(20, 16);
  }

  @Test
  void aConfidentialRiskIsCountedButNeverDescribedInTheSnapshotThatPublishingKeeps()
      throws Exception {
    ReportSnapshot kept = ReportSnapshot.of(report, figures);
    RiskSections s = kept.risks().sections();

    assertThat(codes(s.top().shown())).containsExactlyElementsOf(codes("B", "A", "C", "D"));
    assertThat(s.top().notDescribedText()).isEqualTo("1 confidential risk not described");
    assertThat(codes(s.aboveAppetite().shown())).containsExactlyElementsOf(codes("B", "A"));
    assertThat(s.aboveAppetite().notDescribed()).isEqualTo(1);
    assertThat(codes(s.overdue().shown())).containsExactlyElementsOf(codes("B"));
    assertThat(s.overdue().notDescribed()).isEqualTo(1);
    assertThat(s.movements().notDescribed()).as("H did not move").isZero();
    assertThat(s.heatMap().get(1).counts()).as("still counted").containsExactly(0, 0, 0, 1, 1);
    assertThat(ReportRisks.text(kept.risks().forIndicator(m.indicator().getId())))
        .isEqualTo(
            code("A")
                + " Risk A of "
                + code("A")
                + " (16, ▲ High); 1 confidential risk not described");

    String written = json.writeValueAsString(kept);
    assertThat(written).contains(code("A")).doesNotContain(code("H"), "Risk H of");

    ReportSnapshot publicCopy = kept.withoutConfidentialRisks();
    RiskSections p = publicCopy.risks().sections();
    assertThat(p.top().notDescribed()).isZero();
    assertThat(p.heatMap().get(1).counts()).as("not even counted").containsExactly(0, 0, 0, 1, 0);
    assertThat(ReportRisks.text(publicCopy.risks().forIndicator(m.indicator().getId())))
        .doesNotContain("confidential");
  }

  @Test
  void aReportCarryingNoRisksHasNoRiskSectionsButStillShowsEachIndicatorsRelatedRisks() {
    ReportDefinition plain =
        reports.create(
            ReportServiceTest.form(
                ReportFixtures.unique("Board report"), ScopeKind.BODY, m.body().getId()),
            named("admin"));
    assertThat(plain.getRiskScope()).isEqualTo(RiskScope.NONE);
    ReportSnapshot snapshot =
        ReportSnapshot.of(builder.build(plain, RiskReportFixtures.QUARTER), figures, id -> true);

    assertThat(snapshot.risks().hasSections()).isFalse();
    assertThat(snapshot.risks().risks()).isEmpty();
    assertThat(RiskTables.of(snapshot.risks())).isEmpty();
    assertThat(snapshot.risks().forIndicator(m.indicator().getId()))
        .extracting(ReportRisks.RelatedRisk::code)
        .containsExactly(code("H"), code("A"));
    assertThat(ReportTables.of(snapshot, null).stream().map(ReportTables.Section::title))
        .containsExactly("Summary", "Exceptions", "Detail");
  }
}
