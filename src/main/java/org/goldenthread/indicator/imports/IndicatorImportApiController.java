package org.goldenthread.indicator.imports;

import org.goldenthread.shared.Actor;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Imports indicator definitions or values from a CSV body, all or nothing: 200 with what was saved,
 * or 400 with every problem (row, column and message).
 */
@RestController
@RequestMapping("/api/v1/indicators/import")
@PreAuthorize("hasRole('ADMIN')")
class IndicatorImportApiController {

  private final IndicatorImport importer;

  IndicatorImportApiController(IndicatorImport importer) {
    this.importer = importer;
  }

  @PostMapping(
      path = "/definitions",
      consumes = {"text/csv", "text/plain"})
  ResponseEntity<IndicatorImport.Outcome> definitions(@RequestBody byte[] csv) {
    return answer(importer.definitions(csv, new ImportProgress()));
  }

  @PostMapping(
      path = "/values",
      consumes = {"text/csv", "text/plain"})
  ResponseEntity<IndicatorImport.Outcome> values(
      @RequestBody byte[] csv, @AuthenticationPrincipal Actor who) {
    return answer(importer.values(csv, who.person(), new ImportProgress()));
  }

  private static ResponseEntity<IndicatorImport.Outcome> answer(IndicatorImport.Outcome outcome) {
    return outcome.succeeded()
        ? ResponseEntity.ok(outcome)
        : ResponseEntity.badRequest().body(outcome);
  }
}
