package org.goldenthread.risk.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.goldenthread.risk.Band;
import org.goldenthread.risk.Risk;
import org.goldenthread.risk.RiskAccess;
import org.goldenthread.risk.RiskBands;
import org.goldenthread.risk.RiskFacts;
import org.goldenthread.risk.RiskLevel;
import org.goldenthread.risk.RiskRegister;
import org.goldenthread.risk.RiskRegisters;
import org.goldenthread.risk.RiskScoring;
import org.goldenthread.risk.RiskService;
import org.goldenthread.shared.RecordNotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Registers, categories with their appetite, and the band settings over JSON. */
@RestController
@Tag(name = "Risk registers", description = "Registers, categories, appetite and score bands")
@SecurityRequirement(name = "apiToken")
class RiskRegisterApiController {

  /**
   * How many risks a register holds, confidential ones counted: open and closed, the open ones by
   * band of their current score, above appetite and with their review overdue.
   */
  record Counts(
      int open, int closed, int high, int medium, int low, int aboveAppetite, int overdue) {

    static Counts of(List<Risk> risks, RiskScoring scoring) {
      int open = 0;
      int closed = 0;
      int high = 0;
      int medium = 0;
      int low = 0;
      int above = 0;
      int overdue = 0;
      for (Risk risk : risks) {
        if (!risk.isOpen()) {
          closed++;
          continue;
        }
        open++;
        RiskFacts facts = scoring.facts(risk);
        high += facts.band() == Band.HIGH ? 1 : 0;
        medium += facts.band() == Band.MEDIUM ? 1 : 0;
        low += facts.band() == Band.LOW ? 1 : 0;
        above += facts.aboveAppetite() ? 1 : 0;
        overdue += facts.overdue() ? 1 : 0;
      }
      return new Counts(open, closed, high, medium, low, above, overdue);
    }
  }

  /** A register: what it is, who owns it, and its counts. */
  record RegisterView(
      String code,
      String name,
      RiskLevel level,
      String orgUnit,
      String plan,
      String body,
      String description,
      Counts counts) {

    static RegisterView of(RiskRegister r, Counts counts) {
      return new RegisterView(
          r.getCode(),
          r.getName(),
          r.getLevel(),
          r.getOrgUnit() == null ? null : r.getOrgUnit().getName(),
          r.getPlan() == null ? null : r.getPlan().getCode(),
          r.getBody() == null ? null : r.getBody().getName(),
          r.getDescription(),
          counts);
    }
  }

  /** A category and its appetite: the highest current score accepted, null for none. */
  record CategoryView(String code, String name, Integer appetite) {}

  /** The categories, and the bands a score falls in. */
  record CategoriesView(List<CategoryView> categories, List<BandView> bands) {}

  private final RiskRegisters registers;
  private final RiskService risks;
  private final RiskScoring scoring;
  private final RiskBands bands;
  private final RiskAccess access;

  RiskRegisterApiController(
      RiskRegisters registers,
      RiskService risks,
      RiskScoring scoring,
      RiskBands bands,
      RiskAccess access) {
    this.registers = registers;
    this.risks = risks;
    this.scoring = scoring;
    this.bands = bands;
    this.access = access;
  }

  @GetMapping("/api/v1/risk-registers")
  @Operation(summary = "The registers the caller reads, highest level first, with their counts")
  List<RegisterView> list(Authentication authentication) {
    Map<Long, List<Risk>> byRegister =
        risks.all().stream().collect(Collectors.groupingBy(r -> r.getRegister().getId()));
    RiskAccess.Reader reader = access.reader(authentication);
    return registers.all().stream()
        .filter(reader::readsRegister)
        .map(
            r ->
                RegisterView.of(
                    r, Counts.of(byRegister.getOrDefault(r.getId(), List.of()), scoring)))
        .toList();
  }

  @GetMapping("/api/v1/risk-registers/{code}")
  @PreAuthorize("@riskAccess.canReadRegisterCode(authentication, #code)")
  @Operation(summary = "One register by its code, with its counts (404 unknown, 403 not read)")
  RegisterView get(@PathVariable String code) {
    RiskRegister register =
        registers.all().stream()
            .filter(r -> r.getCode().equalsIgnoreCase(code))
            .findFirst()
            .orElseThrow(() -> new RecordNotFoundException("Register", code));
    return RegisterView.of(register, Counts.of(risks.onRegister(register.getId()), scoring));
  }

  @GetMapping("/api/v1/risk-categories")
  @Operation(
      summary =
          "The risk categories with their appetite (the highest current score accepted; a risk"
              + " above it is flagged), and the score bands with the scores each covers")
  CategoriesView categories() {
    return new CategoriesView(
        registers.categories().stream()
            .map(c -> new CategoryView(c.getCode(), c.getName(), c.getAppetite()))
            .toList(),
        BandView.all(bands));
  }
}
