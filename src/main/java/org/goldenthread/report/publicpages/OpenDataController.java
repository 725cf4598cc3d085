package org.goldenthread.report.publicpages;

import java.util.List;
import org.goldenthread.organisation.Organisation;
import org.goldenthread.organisation.governance.GovernanceService;
import org.goldenthread.shared.Attachment;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The open data downloads, open to anyone: every published figure of every public indicator, or of
 * one, as CSV or JSON. The JSON names its licence in the file; the CSV, which has only the data,
 * names it in a {@code Link} header ({@code rel="license"}) and on the open data page.
 */
@RestController
class OpenDataController {

  private final PublicIndicators indicators;
  private final PublicDataProperties licence;
  private final GovernanceService governance;

  OpenDataController(
      PublicIndicators indicators, PublicDataProperties licence, GovernanceService governance) {
    this.indicators = indicators;
    this.licence = licence;
    this.governance = governance;
  }

  @GetMapping(value = "/public/data/indicators.csv", produces = "text/csv")
  ResponseEntity<String> allCsv() {
    return csv("indicators.csv", OpenData.rows(indicators.histories()));
  }

  @GetMapping(value = "/public/data/indicators.json", produces = "application/json")
  ResponseEntity<OpenData.Document> allJson() {
    return json(OpenData.rows(indicators.histories()));
  }

  @GetMapping(value = "/public/indicators/{code}.csv", produces = "text/csv")
  ResponseEntity<String> oneCsv(@PathVariable String code) {
    PublicIndicators.History history = indicators.history(indicators.get(code));
    return csv(fileName(history) + ".csv", OpenData.rows(List.of(history)));
  }

  @GetMapping(value = "/public/indicators/{code}.json", produces = "application/json")
  ResponseEntity<OpenData.Document> oneJson(@PathVariable String code) {
    return json(OpenData.rows(List.of(indicators.history(indicators.get(code)))));
  }

  private ResponseEntity<String> csv(String fileName, List<OpenData.Row> rows) {
    return Attachment.of(Attachment.CSV, fileName)
        .header(HttpHeaders.LINK, "<" + licence.licenceUrl() + ">; rel=\"license\"")
        .body(OpenData.csv(rows));
  }

  private ResponseEntity<OpenData.Document> json(List<OpenData.Row> rows) {
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_JSON)
        .header(HttpHeaders.LINK, "<" + licence.licenceUrl() + ">; rel=\"license\"")
        .body(
            OpenData.document(
                governance.council().map(Organisation::getName).orElse(null), licence, rows));
  }

  private static String fileName(PublicIndicators.History history) {
    return history
        .indicator()
        .getCode()
        .toLowerCase(java.util.Locale.ROOT)
        .replaceAll("[^a-z0-9]+", "-");
  }
}
