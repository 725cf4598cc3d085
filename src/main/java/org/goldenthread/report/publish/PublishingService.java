package org.goldenthread.report.publish;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.goldenthread.indicator.Figures;
import org.goldenthread.indicator.Indicator;
import org.goldenthread.indicator.IndicatorService;
import org.goldenthread.indicator.Scorecard;
import org.goldenthread.indicator.calc.PeriodResult;
import org.goldenthread.organisation.governance.Body;
import org.goldenthread.period.Period;
import org.goldenthread.report.CoverSheet;
import org.goldenthread.report.ReportBuilder;
import org.goldenthread.report.ReportDefinition;
import org.goldenthread.report.ReportRows;
import org.goldenthread.report.ReportSchedule;
import org.goldenthread.report.ReportService;
import org.goldenthread.report.ReportSnapshot;
import org.goldenthread.report.cover.ReportCovers;
import org.goldenthread.shared.DisplayFormats;
import org.goldenthread.shared.PersonRef;
import org.goldenthread.shared.RecordNotFoundException;
import org.goldenthread.shared.RuleViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Publishing a report freezes it (SPEC §7): the report for a period is built once and kept as it
 * stood. A definition is published once per period; publishing it again is refused, so the
 * published version a body received is the only one. Reading it back compares each indicator figure
 * with the live figure now and lists where it has been corrected since.
 */
@Service
@Transactional(readOnly = true)
public class PublishingService {

  /** A figure that has changed since publication: as published, and as it is now. */
  public record Correction(
      long indicatorId, String code, String title, String published, String now)
      implements ReportRows.Corrected {}

  /** The published reports for one body (null: none chosen), newest period first. */
  public record BodyGroup(String body, Long bodyId, List<PeriodGroup> periods) {}

  /** The reports published for one period. */
  public record PeriodGroup(String period, List<PublishedReport> reports) {}

  private final PublishedReportRepository published;
  private final ReportService reports;
  private final ReportBuilder builder;
  private final Scorecard scorecard;
  private final IndicatorService indicators;
  private final Figures figures;
  private final DisplayFormats formats;
  private final ObjectMapper json;
  private final Clock clock;
  private final ReportCovers covers;

  PublishingService(
      PublishedReportRepository published,
      ReportService reports,
      ReportBuilder builder,
      Scorecard scorecard,
      IndicatorService indicators,
      Figures figures,
      DisplayFormats formats,
      ObjectMapper json,
      Clock clock,
      ReportCovers covers) {
    this.published = published;
    this.reports = reports;
    this.builder = builder;
    this.scorecard = scorecard;
    this.indicators = indicators;
    this.figures = figures;
    this.formats = formats;
    this.json = json;
    this.clock = clock;
    this.covers = covers;
  }

  /**
   * Builds the report for the period and keeps it. The body, if chosen, must be one the report is
   * scheduled to go to.
   */
  @Transactional
  public PublishedReport publish(long definitionId, Period period, Long bodyId, PersonRef by) {
    ReportDefinition definition = reports.get(definitionId);
    published
        .findByReportDefinitionIdAndPeriod(definitionId, period.label())
        .ifPresent(
            p -> {
              throw new RuleViolationException(
                  "period",
                  "This report for "
                      + period.label()
                      + " was already published on "
                      + formats.dateTime(p.getPublishedAt())
                      + " by "
                      + p.getPublishedBy()
                      + ". A published report cannot be published again.");
            });
    Body body = null;
    if (bodyId != null) {
      body =
          definition.getSchedules().stream()
              .map(ReportSchedule::getBody)
              .filter(b -> b.getId().equals(bodyId))
              .findFirst()
              .orElseThrow(
                  () ->
                      new RuleViolationException(
                          "bodyId", "Choose a body that receives this report on its schedule."));
    }
    // The cover printed is the one for this period's issue to this body; without a body, none.
    CoverSheet cover =
        body == null ? null : covers.sheet(definitionId, period, body.getId()).orElse(null);
    ReportSnapshot snapshot =
        ReportSnapshot.of(builder.build(definition, period), figures).withCover(cover);
    return published.save(
        new PublishedReport(
            definition,
            period.label(),
            body,
            Instant.now(clock),
            by,
            write(snapshot),
            cover != null && cover.exempt()));
  }

  public PublishedReport get(long id) {
    return published
        .findById(id)
        .orElseThrow(() -> new RecordNotFoundException("Published report", id));
  }

  /** A report the public pages may show; any other is not found. */
  public PublishedReport getPublic(long id) {
    PublishedReport report = get(id);
    if (!report.isPublic()) {
      throw new RecordNotFoundException("Published report", id);
    }
    return report;
  }

  public ReportSnapshot snapshot(PublishedReport report) {
    return read(report.getSnapshot());
  }

  /** The published versions of a definition, newest first. */
  public List<PublishedReport> of(long definitionId) {
    return published.findByReportDefinitionIdOrderByPublishedAtDesc(definitionId);
  }

  /**
   * Published reports, optionally for one body, one period and one definition, newest period first.
   */
  public List<PublishedReport> list(Long bodyId, String period, Long definitionId) {
    return published.findAll().stream()
        .filter(p -> definitionId == null || p.getReportDefinition().getId().equals(definitionId))
        .filter(p -> bodyId == null || (p.getBody() != null && p.getBody().getId().equals(bodyId)))
        .filter(p -> period == null || period.isBlank() || p.getPeriod().equals(period.trim()))
        .sorted(
            Comparator.comparing((PublishedReport p) -> Period.parse(p.getPeriod()).end())
                .thenComparing(PublishedReport::getPublishedAt)
                .reversed())
        .toList();
  }

  /** The same list grouped per body (by name, those without a body last), then per period. */
  public List<BodyGroup> grouped(Long bodyId, String period, Long definitionId) {
    return grouped(list(bodyId, period, definitionId));
  }

  /** The public reports ({@link PublishedReport#isPublic()}), grouped as {@link #grouped}. */
  public List<BodyGroup> publicGrouped(Long bodyId, String period) {
    return grouped(list(bodyId, period, null).stream().filter(PublishedReport::isPublic).toList());
  }

  static List<BodyGroup> grouped(List<PublishedReport> reports) {
    Map<Long, List<PublishedReport>> byBody = new LinkedHashMap<>();
    Map<Long, String> names = new HashMap<>();
    for (PublishedReport p : reports) {
      Long key = p.getBody() == null ? null : p.getBody().getId();
      names.put(key, p.getBody() == null ? "No particular body" : p.getBody().getName());
      byBody.computeIfAbsent(key, k -> new ArrayList<>()).add(p);
    }
    return byBody.entrySet().stream()
        .sorted(
            Comparator.comparing(
                    (Map.Entry<Long, List<PublishedReport>> e) -> e.getKey() == null ? 1 : 0)
                .thenComparing(e -> names.get(e.getKey())))
        .map(
            e -> {
              Map<String, List<PublishedReport>> byPeriod = new LinkedHashMap<>();
              e.getValue()
                  .forEach(
                      p -> byPeriod.computeIfAbsent(p.getPeriod(), k -> new ArrayList<>()).add(p));
              return new BodyGroup(
                  names.get(e.getKey()),
                  e.getKey(),
                  byPeriod.entrySet().stream()
                      .map(x -> new PeriodGroup(x.getKey(), x.getValue()))
                      .toList());
            })
        .toList();
  }

  /** When the report was published, by whom, to which body, and the corrections since. */
  public Publication publication(PublishedReport report, ReportSnapshot snapshot) {
    return new Publication(
        formats.dateTime(report.getPublishedAt()),
        report.getPublishedBy(),
        report.getBody() == null ? null : report.getBody().getName(),
        corrections(report, snapshot));
  }

  /**
   * Where an indicator's actual for the period now differs from the published figure (a value
   * corrected since): the published figure stays, and this says what it is now.
   */
  public List<Correction> corrections(PublishedReport report, ReportSnapshot snapshot) {
    List<ReportSnapshot.IndicatorFigure> shown = snapshot.figures();
    Set<Long> ids =
        shown.stream().map(ReportSnapshot.IndicatorFigure::indicatorId).collect(Collectors.toSet());
    List<Indicator> still = indicators.all().stream().filter(i -> ids.contains(i.getId())).toList();
    Map<Long, Scorecard.Line> now = new HashMap<>();
    scorecard
        .card(Period.parse(report.getPeriod()), still)
        .lines()
        .forEach(l -> now.put(l.indicator().getId(), l));
    List<Correction> corrections = new ArrayList<>();
    for (ReportSnapshot.IndicatorFigure f : shown) {
      Scorecard.Line line = now.get(f.indicatorId());
      if (line == null) {
        continue;
      }
      PeriodResult r = line.result();
      if (differs(f.actual(), r.actual())) {
        corrections.add(
            new Correction(
                f.indicatorId(),
                f.code(),
                f.title(),
                f.actualText(),
                figures.of(line.indicator(), r.actual())));
      }
    }
    return corrections;
  }

  private static boolean differs(BigDecimal a, BigDecimal b) {
    if (a == null || b == null) {
      return a != b;
    }
    return a.compareTo(b) != 0;
  }

  private String write(ReportSnapshot snapshot) {
    try {
      return json.writeValueAsString(snapshot);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Could not record the published report", e);
    }
  }

  ReportSnapshot read(String text) {
    try {
      return json.readValue(text, ReportSnapshot.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Could not read the published report", e);
    }
  }
}
