package org.goldenthread.report.annual;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.goldenthread.indicator.Figures;
import org.goldenthread.period.FinancialYear;
import org.goldenthread.period.PeriodFormatException;
import org.goldenthread.report.export.ReportCsv;
import org.goldenthread.report.export.ReportExports;
import org.goldenthread.report.export.ReportPdf;
import org.goldenthread.report.export.ReportWorkbook;
import org.goldenthread.report.publicpages.PublicDataProperties;
import org.goldenthread.shared.Choice;
import org.goldenthread.shared.RecordNotFoundException;
import org.goldenthread.shared.RuleViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The annual performance report: on screen for everyone signed in, with CSV and Excel downloads,
 * and a public copy that needs no sign-in. Without a year, the latest financial year that is over.
 */
@Controller
class AnnualReportController {

  /** How many years the page offers, the latest over first. */
  static final int YEARS = 5;

  private final AnnualReportBuilder builder;
  private final ReportPdf pdf;
  private final PublicDataProperties licence;
  private final Figures figures;

  AnnualReportController(
      AnnualReportBuilder builder, ReportPdf pdf, PublicDataProperties licence, Figures figures) {
    this.builder = builder;
    this.pdf = pdf;
    this.licence = licence;
    this.figures = figures;
  }

  @GetMapping("/reports/annual")
  String show(@RequestParam(required = false) String year, Model model) {
    FinancialYear chosen = builder.latestYearOver();
    if (year != null && !year.isBlank()) {
      try {
        chosen = year(builder, year);
      } catch (RuleViolationException e) {
        model.addAttribute("yearError", e.getMessage());
      }
    }
    model.addAttribute("annual", builder.build(chosen));
    model.addAttribute("years", years(builder.latestYearOver()));
    return "report/annual-report";
  }

  @GetMapping("/reports/annual/export.csv")
  ResponseEntity<byte[]> csv(@RequestParam(required = false) String year) {
    return export(
        year, ReportExports.Format.CSV, r -> ReportCsv.write(AnnualReportTables.of(r, figures)));
  }

  @GetMapping("/reports/annual/export.xlsx")
  ResponseEntity<byte[]> xlsx(@RequestParam(required = false) String year) {
    return export(
        year,
        ReportExports.Format.XLSX,
        r -> ReportWorkbook.write(AnnualReportTables.of(r, figures)));
  }

  @GetMapping("/reports/annual/export.pdf")
  ResponseEntity<byte[]> pdf(@RequestParam(required = false) String year) {
    return export(year, ReportExports.Format.PDF, pdf::write);
  }

  private ResponseEntity<byte[]> export(
      String year, ReportExports.Format format, Function<AnnualReport, byte[]> writer) {
    FinancialYear chosen;
    try {
      chosen = yearOrLatest(builder, year);
    } catch (RuleViolationException e) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, e.getMessage());
    }
    AnnualReport report = builder.build(chosen);
    return new ReportExports.Download(
            AnnualReportTables.fileName(report, format.extension()),
            format.type(),
            writer.apply(report))
        .response();
  }

  @GetMapping("/public/annual-report")
  String publicLatest(Model model) {
    return publicReport(builder.latestYearOver(), model);
  }

  /** A year that cannot be read, or is not over yet, has no page. */
  @GetMapping("/public/annual-report/{year}")
  String publicYear(@PathVariable String year, Model model) {
    try {
      return publicReport(year(builder, year), model);
    } catch (RuleViolationException e) {
      throw new RecordNotFoundException("Annual performance report", year);
    }
  }

  private String publicReport(FinancialYear year, Model model) {
    model.addAttribute("annual", builder.build(year));
    model.addAttribute("years", years(builder.latestYearOver()));
    model.addAttribute("licence", licence);
    return "report/annual-public";
  }

  /** The latest year over when none is given; otherwise as {@link #year}. */
  static FinancialYear yearOrLatest(AnnualReportBuilder builder, String text) {
    return text == null || text.isBlank() ? builder.latestYearOver() : year(builder, text);
  }

  /**
   * A year written as in the addresses, 2025-26, or as elsewhere, 2025/26; refused unless it can be
   * read and is over.
   */
  static FinancialYear year(AnnualReportBuilder builder, String text) {
    String shown = text.strip();
    FinancialYear year;
    try {
      year = FinancialYear.parse(shown.replace('-', '/'));
    } catch (PeriodFormatException e) {
      throw new RuleViolationException(
          "year",
          "“"
              + shown
              + "” is not a financial year: choose one from the list, like "
              + AnnualReport.code(builder.latestYearOver()));
    }
    if (!builder.isOver(year)) {
      throw new RuleViolationException(
          "year",
          year.label()
              + " is not over yet: its annual report can be produced from 1 April "
              + (year.startYear() + 1)
              + ".");
    }
    return year;
  }

  /** The years over, the latest first, by their address form (2025-26). */
  static List<Choice> years(FinancialYear latest) {
    List<Choice> choices = new ArrayList<>();
    FinancialYear y = latest;
    for (int i = 0; i < YEARS; i++) {
      choices.add(Choice.of(AnnualReport.code(y), y.label()));
      y = y.previous();
    }
    return choices;
  }
}
