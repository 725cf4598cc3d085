package org.goldenthread.indicator.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.goldenthread.indicator.IndicatorAccess;
import org.goldenthread.indicator.IndicatorType;
import org.goldenthread.indicator.Scorecard;
import org.goldenthread.indicator.Status;
import org.goldenthread.indicator.kept.ScorecardQuery;
import org.goldenthread.indicator.kept.ScorecardRow;
import org.goldenthread.indicator.kept.ScorecardRows;
import org.goldenthread.period.Period;
import org.goldenthread.period.PeriodType;
import org.goldenthread.shared.Attachment;
import org.goldenthread.shared.CsvFile;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The scorecard as CSV: every row matching the same filters as the page, in its order, with the
 * columns the table shows, streamed as the rows are read (a whole council is thousands of rows).
 */
@Controller
class ScorecardCsvController {

  private static final List<String> HEADINGS =
      List.of(
          "Code",
          "Indicator",
          "Period",
          "Actual",
          "Target",
          "Status",
          "Since last period",
          "Since last year",
          "Annual target outlook",
          "Forecast",
          "Projection",
          "Annual target",
          "Variation",
          "Assurance",
          "Directorate or service");

  private final ScorecardRows rows;
  private final IndicatorAccess access;
  private final Clock clock;

  ScorecardCsvController(ScorecardRows rows, IndicatorAccess access, Clock clock) {
    this.rows = rows;
    this.access = access;
    this.clock = clock;
  }

  @GetMapping("/indicators/scorecard.csv")
  void csv(
      @RequestParam(required = false) Period period,
      @RequestParam(required = false) Long planId,
      @RequestParam(required = false) Long itemId,
      @RequestParam(required = false) Long portfolioId,
      @RequestParam(required = false) Long orgUnitId,
      @RequestParam(required = false) IndicatorType type,
      @RequestParam(required = false) Status status,
      @RequestParam(required = false) String sort,
      @RequestParam(required = false) String dir,
      Authentication authentication,
      HttpServletResponse response)
      throws IOException {
    Period chosen =
        period != null
            ? period
            : Period.containing(LocalDate.now(clock), PeriodType.QUARTER).previous();
    ScorecardQuery query =
        ScorecardController.query(
            chosen,
            new Scorecard.Filter(planId, itemId, portfolioId, orgUnitId, type, status),
            access.visibleIds(authentication).orElse(null),
            sort,
            dir,
            1,
            "all");
    response.setContentType(Attachment.CSV.toString());
    response.setHeader(
        HttpHeaders.CONTENT_DISPOSITION,
        ContentDisposition.attachment()
            .filename("scorecard " + chosen.label().replace('/', '-') + ".csv")
            .build()
            .toString());
    CsvFile file = CsvFile.streamedForExcel(response.getOutputStream());
    file.row(HEADINGS);
    rows.each(query, row -> print(file, row));
    file.flush();
  }

  private static void print(CsvFile file, ScorecardRow row) {
    try {
      file.row(
          List.of(
              row.code(),
              row.title(),
              row.period(),
              row.actual(),
              row.target(),
              row.status().label(),
              row.trendFromPrevious() == null ? "" : row.trendFromPrevious().label(),
              row.trendFromLastYear() == null ? "" : row.trendFromLastYear().label(),
              row.risk().label(),
              row.forecast(),
              row.projection(),
              row.annualTarget(),
              row.variationWords(),
              row.assuranceWords() == null ? "" : row.assuranceWords(),
              row.directorate() == null ? "" : row.directorate()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
