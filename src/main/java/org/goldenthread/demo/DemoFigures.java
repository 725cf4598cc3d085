package org.goldenthread.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.goldenthread.indicator.Aggregation;
import org.goldenthread.indicator.Measurement;
import org.goldenthread.indicator.Polarity;
import org.goldenthread.indicator.Tolerance;
import org.goldenthread.indicator.Unit;
import org.goldenthread.period.Period;
import org.goldenthread.period.PeriodType;

/**
 * The figures a demo indicator reports, from the start of the demo's first year to the last period
 * ended. Earlier years wander around the target; the year being reported sits where the row's story
 * says (on target, just missing it, or well off), so the scorecard has a spread of colours. The
 * same code always gives the same figures: the random numbers are seeded by it.
 */
final class DemoFigures {

  /** One period's figures. */
  record Figure(Period period, Measurement measurement) {}

  /** Quarterly swing of a recycling rate around the year's rate: more garden waste in summer. */
  private static final double[] SEASON = {3, 4, -2, -5};

  private final DemoIndicator row;
  private final DemoYear first;
  private final LocalDate today;
  private final Tolerance tolerance;
  private final Period reportingQuarter;

  DemoFigures(DemoIndicator row, DemoYear year, LocalDate today, Tolerance councilDefault) {
    this.row = row;
    this.first = year.plus(-2);
    this.today = today;
    this.tolerance = row.tolerance() == null ? councilDefault : row.tolerance();
    this.reportingQuarter = Period.containing(today, PeriodType.QUARTER).previous();
  }

  /** The last complete quarter: the one the scorecard shows. */
  Period reportingQuarter() {
    return reportingQuarter;
  }

  /** The period whose figures are due now. */
  Period duePeriod() {
    return Period.containing(today, row.frequency()).previous();
  }

  /** Whether a period is in the year the story is told in (the reporting quarter's year). */
  boolean inStoryYear(Period period) {
    return period.year() >= reportingQuarter.year();
  }

  List<Figure> figures() {
    List<Figure> figures = new ArrayList<>();
    if (row.formula() != null) {
      return figures;
    }
    Random random = new Random(row.code().hashCode());
    BigDecimal running = BigDecimal.ZERO;
    BigDecimal reported = BigDecimal.ZERO;
    Period p = Period.year(first.firstYear()).within(row.frequency()).get(0);
    for (; p.end().isBefore(today); p = p.next()) {
      if (p.index() == 1) {
        running = BigDecimal.ZERO;
        reported = BigDecimal.ZERO;
      }
      BigDecimal level = level(p, random);
      if (row.outcome() == 'M' && p.equals(duePeriod())) {
        continue;
      }
      if (row.aggregation() == Aggregation.SUM) {
        // Rounded so that the year's running total, not each period, is nearest the exact one.
        running = running.add(level);
        BigDecimal total = running.setScale(row.places(), RoundingMode.HALF_UP);
        figures.add(new Figure(p, Measurement.of(total.subtract(reported))));
        reported = total;
      } else if (row.aggregation() == Aggregation.RATIO) {
        figures.add(new Figure(p, ratio(p, level, random)));
      } else {
        figures.add(new Figure(p, Measurement.of(level.setScale(row.places(), rounding()))));
      }
    }
    return figures;
  }

  private Measurement ratio(Period p, BigDecimal level, Random random) {
    double usual = Double.parseDouble(row.setting("of"));
    boolean real =
        row.setting("src") != null && DemoSeries.figure(row.setting("src"), p, first).isPresent();
    double spread = real ? 0 : 0.06;
    BigDecimal denominator =
        BigDecimal.valueOf(
            Math.max(1, Math.round(usual * (1 + spread * (random.nextDouble() * 2 - 1)))));
    BigDecimal numerator =
        denominator.multiply(level).movePointLeft(2).setScale(0, rounding()).min(denominator);
    return Measurement.ratio(numerator, denominator);
  }

  /** Rounding that keeps an on-target figure on target (small counts would otherwise tip it). */
  private RoundingMode rounding() {
    if (row.outcome() != 'G' && row.outcome() != 'M') {
      return RoundingMode.HALF_UP;
    }
    return row.polarity() == Polarity.LOWER_IS_BETTER ? RoundingMode.FLOOR : RoundingMode.CEILING;
  }

  /** The exact figure for a period, before rounding to what would be recorded. */
  BigDecimal level(Period p, Random random) {
    double wobble = random.nextDouble() * 2 - 1;
    Optional<BigDecimal> published = DemoSeries.figure(row.setting("src"), p, first);
    if (published.isPresent()) {
      double season =
          p.type() == PeriodType.QUARTER
                  && row.frequency() == PeriodType.QUARTER
                  && row.setting("src").equals("england-recycling")
              ? SEASON[p.index() - 1]
              : 0;
      return bounded(published.get().add(BigDecimal.valueOf(season)));
    }
    if (row.target() == null || row.polarity() == Polarity.NONE) {
      double usual = Double.parseDouble(row.setting("lvl"));
      return bounded(BigDecimal.valueOf(usual * (1 + 0.06 * wobble)));
    }
    BigDecimal target = periodTarget(p);
    BigDecimal band = tolerance.band(target);
    if (band.signum() == 0) {
      band =
          target.signum() == 0
              ? BigDecimal.ONE
              : target.abs().movePointLeft(2).multiply(BigDecimal.valueOf(5));
    }
    double better;
    if (inStoryYear(p)) {
      char outcome = storyOutcome(p);
      better =
          switch (outcome) {
            case 'A' -> -0.5 + 0.1 * wobble;
            case 'R' -> -1.8 + 0.1 * wobble;
            default -> 0.4 + 0.1 * wobble;
          };
      if (outcome == 'G' && target.signum() == 0 && tolerance.band(target).signum() == 0) {
        return target;
      }
    } else {
      better = -0.15 + 0.75 * wobble;
    }
    double direction = row.polarity() == Polarity.LOWER_IS_BETTER ? -1 : 1;
    return bounded(target.add(band.multiply(BigDecimal.valueOf(direction * better))));
  }

  /**
   * Where a period of the story year sits: the row's outcome, or with a {@code path:} setting the
   * letter for the period's place in the year (its last letter for every period after), so that an
   * indicator can turn Amber after a Green start, or go Red for the last three months only.
   */
  private char storyOutcome(Period p) {
    String path = row.setting("path");
    if (path == null) {
      return row.outcome();
    }
    return path.charAt(Math.min(p.index() - 1, path.length() - 1));
  }

  /** A period's share of the annual target for a total; the annual figure for anything else. */
  private BigDecimal periodTarget(Period p) {
    BigDecimal annual = row.target();
    if (row.aggregation() != Aggregation.SUM || p.type() == PeriodType.FINANCIAL_YEAR) {
      return annual;
    }
    List<BigDecimal> profile = row.profile();
    int count = p.type().perYear();
    if (profile.isEmpty()) {
      return annual.divide(BigDecimal.valueOf(count), 6, RoundingMode.HALF_UP);
    }
    BigDecimal total = profile.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    return annual.multiply(profile.get(p.index() - 1)).divide(total, 6, RoundingMode.HALF_UP);
  }

  private BigDecimal bounded(BigDecimal level) {
    BigDecimal floor = level.max(BigDecimal.ZERO);
    return row.unit() == Unit.PERCENT ? floor.min(BigDecimal.valueOf(100)) : floor;
  }
}
