package org.goldenthread.risk.heatmap;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.goldenthread.organisation.Person;
import org.goldenthread.organisation.PersonType;
import org.goldenthread.risk.Band;
import org.goldenthread.risk.Movement;
import org.goldenthread.risk.Risk;
import org.goldenthread.risk.RiskCategory;
import org.goldenthread.risk.RiskFacts;
import org.goldenthread.risk.RiskLevel;
import org.goldenthread.risk.RiskRegister;
import org.goldenthread.risk.Score;
import org.junit.jupiter.api.Test;

/**
 * The heat map against counts worked out by hand. On 2 December 2026 the previous quarter ended on
 * 30 September. A (up) and B (down, confidential) sit at current L3 × I4; C opened in October (new)
 * at L5 × I4; D is unchanged at L2 × I2; E closed in November, F closed in June, and G opens after
 * the day.
 */
class HeatMapTest {

  private static final LocalDate DAY = LocalDate.of(2026, 12, 2);
  private final RiskRegister register = new RiskRegister("CRR", "Corporate", RiskLevel.CORPORATE);
  private final RiskCategory category = new RiskCategory("FIN", "Financial", 12, 1);
  private final Person owner = new Person("Olly Owner", PersonType.OFFICER);
  private final List<HeatMap.Entry> entries = new ArrayList<>();

  HeatMapTest() {
    add("A", "2025-04-01", s(4, 5), s(3, 4), s(2, 2), Movement.UP);
    add("B", "2025-04-01", s(4, 5), s(3, 4), s(1, 2), Movement.DOWN)
        .keepConfidential(true, Set.of());
    add("C", "2026-10-15", s(5, 5), s(5, 4), s(3, 3), Movement.NEW);
    add("D", "2024-06-01", s(3, 3), s(2, 2), s(1, 1), Movement.UNCHANGED);
    add("E", "2025-01-01", s(4, 4), s(4, 4), s(2, 2), Movement.CLOSED)
        .close(LocalDate.of(2026, 11, 1), "Contract re-let");
    add("F", "2025-01-01", s(5, 5), s(5, 5), s(2, 2), Movement.CLOSED)
        .close(LocalDate.of(2026, 6, 30), "Building sold");
    add("G", "2026-12-05", s(5, 5), s(5, 5), s(5, 5), Movement.NEW);
  }

  private static Score s(int likelihood, int impact) {
    return new Score(likelihood, impact);
  }

  private Risk add(
      String code, String opened, Score inherent, Score current, Score target, Movement moved) {
    Risk risk = new Risk(code, register, "Risk " + code, category, owner, LocalDate.parse(opened));
    risk.score(inherent, current, target);
    Band band = current.value() >= 15 ? Band.HIGH : current.value() >= 5 ? Band.MEDIUM : Band.LOW;
    entries.add(
        new HeatMap.Entry(
            risk,
            new RiskFacts(
                inherent,
                current,
                target,
                band,
                current.value() > 12,
                moved,
                null,
                risk.getNextReview(),
                false)));
    return risk;
  }

  @Test
  void countsOpenRisksByCurrentScoreConfidentialOnesIncluded() {
    HeatMap map = HeatMap.of(entries, Scores.CURRENT, DAY);

    assertThat(map.total()).isEqualTo(4);
    assertThat(map.count(3, 4)).as("A and confidential B").isEqualTo(2);
    assertThat(map.count(5, 4)).isEqualTo(1);
    assertThat(map.count(2, 2)).isEqualTo(1);
    assertThat(map.count(4, 4)).as("E closed in November").isZero();
    assertThat(map.count(5, 5)).as("F closed, G not yet open").isZero();
    assertThat(map.cells()).hasSize(25);
    assertThat(map.cells().stream().mapToInt(HeatMap.Cell::count).sum()).isEqualTo(4);
    assertThat(map.in(3, 4)).extracting(e -> e.risk().getCode()).containsExactly("A", "B");
  }

  @Test
  void placesRisksByInherentOrTargetScoreOnTheSwitch() {
    HeatMap inherent = HeatMap.of(entries, Scores.INHERENT, DAY);
    assertThat(inherent.count(4, 5)).isEqualTo(2);
    assertThat(inherent.count(5, 5)).isEqualTo(1);
    assertThat(inherent.count(3, 3)).isEqualTo(1);
    assertThat(inherent.count(3, 4)).isZero();

    HeatMap target = HeatMap.of(entries, Scores.TARGET, DAY);
    assertThat(target.count(2, 2)).isEqualTo(1);
    assertThat(target.count(1, 2)).isEqualTo(1);
    assertThat(target.count(3, 3)).isEqualTo(1);
    assertThat(target.count(1, 1)).isEqualTo(1);
    assertThat(target.total()).isEqualTo(4);
  }

  @Test
  void countsMovementSinceTheEndOfThePreviousQuarterClosedOnlyIfClosedSince() {
    HeatMap map = HeatMap.of(entries, Scores.TARGET, DAY);

    assertThat(map.since()).isEqualTo(LocalDate.of(2026, 9, 30));
    assertThat(map.moved(Movement.UP)).isEqualTo(1);
    assertThat(map.moved(Movement.DOWN)).isEqualTo(1);
    assertThat(map.moved(Movement.NEW)).isEqualTo(1);
    assertThat(map.moved(Movement.UNCHANGED)).isEqualTo(1);
    assertThat(map.moved(Movement.CLOSED)).as("E, not F closed in June").isEqualTo(1);
  }

  @Test
  void onAnEarlierDayARiskClosedLaterIsStillOpen() {
    HeatMap map = HeatMap.of(entries, Scores.CURRENT, LocalDate.of(2026, 10, 10));

    assertThat(map.count(4, 4)).as("E closes on 1 November").isEqualTo(1);
    assertThat(map.count(5, 4)).as("C opens on 15 October").isZero();
    assertThat(map.total()).as("A, B, D and E").isEqualTo(4);
    assertThat(map.moved(Movement.CLOSED)).isZero();
  }

  @Test
  void rowsRunFromLikelihoodFiveDownAndImpactOneAcross() {
    List<List<HeatMap.Cell>> rows = HeatMap.of(entries, Scores.CURRENT, DAY).rows();

    assertThat(rows.get(0).get(0)).isEqualTo(new HeatMap.Cell(5, 1, 0));
    assertThat(rows.get(0).get(3)).isEqualTo(new HeatMap.Cell(5, 4, 1));
    assertThat(rows.get(4).get(4).score()).isEqualTo(5);
  }

  @Test
  void readsTheScoresSwitch() {
    assertThat(Scores.read(null)).contains(Scores.CURRENT);
    assertThat(Scores.read(" Inherent ")).contains(Scores.INHERENT);
    assertThat(Scores.read("target")).contains(Scores.TARGET);
    assertThat(Scores.read("residual")).isEmpty();
  }
}
