package org.goldenthread.risk.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.goldenthread.risk.Risk;
import org.goldenthread.risk.RiskAccess;
import org.goldenthread.risk.RiskFacts;
import org.goldenthread.risk.RiskRegisters;
import org.goldenthread.risk.RiskScoring;
import org.goldenthread.risk.RiskService;
import org.goldenthread.risk.api.RiskViews.RiskView;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.validation.BindException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Risks over JSON, each with its facts as worked out today: only the risks the caller reads, as on
 * the pages.
 */
@RestController
@RequestMapping("/api/v1/risks")
@Tag(name = "Risks", description = "Risks with their scores, bands, appetite and movement")
@SecurityRequirement(name = "apiToken")
class RiskApiController {

  private final RiskService risks;
  private final RiskRegisters registers;
  private final RiskScoring scoring;
  private final RiskAccess access;

  RiskApiController(
      RiskService risks, RiskRegisters registers, RiskScoring scoring, RiskAccess access) {
    this.risks = risks;
    this.registers = registers;
    this.scoring = scoring;
    this.access = access;
  }

  @GetMapping
  @Operation(
      summary =
          "The risks the caller reads, open and closed, by register then code; each filter narrows"
              + " the list, and a value that names nothing is refused with 400 naming it")
  List<RiskView> list(
      @Parameter(description = "A register's code or name") @RequestParam(required = false)
          String register,
      @Parameter(description = "A category's code or name") @RequestParam(required = false)
          String category,
      @Parameter(description = "LOW, MEDIUM or HIGH: the band of the current score")
          @RequestParam(required = false)
          String band,
      @Parameter(description = "true or false: open and past the next review date")
          @RequestParam(required = false)
          String overdue,
      @Parameter(description = "OPEN or CLOSED") @RequestParam(required = false) String state,
      Authentication authentication)
      throws BindException {
    RiskFilter filter = RiskFilter.read(registers, register, category, band, overdue, state);
    if (filter.register() != null && !access.canReadRegister(authentication, filter.register())) {
      throw new AccessDeniedException("Not a reader of " + filter.register().getCode());
    }
    List<Risk> all =
        filter.register() == null ? risks.all() : risks.onRegister(filter.register().getId());
    RiskAccess.Reader reader = access.reader(authentication);
    return all.stream()
        .filter(reader::reads)
        .map(r -> new Facts(r, scoring.facts(r)))
        .filter(x -> filter.matches(x.risk(), x.facts()))
        .map(x -> RiskView.of(x.risk(), x.facts(), false))
        .toList();
  }

  private record Facts(Risk risk, RiskFacts facts) {}

  @GetMapping("/{code}")
  @PreAuthorize("@riskAccess.canReadCode(authentication, #code)")
  @Operation(
      summary =
          "One risk, with its controls and its score history, oldest first (404 unknown, 403 when"
              + " the caller does not read it)")
  RiskView get(@PathVariable String code) {
    Risk risk = risks.byCode(code);
    return RiskView.of(risk, scoring.facts(risk), true);
  }
}
