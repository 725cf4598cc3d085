package org.goldenthread.risk.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.goldenthread.risk.Band;
import org.goldenthread.risk.Movement;
import org.goldenthread.risk.RiskAccess;
import org.goldenthread.risk.RiskBands;
import org.goldenthread.risk.RiskRegister;
import org.goldenthread.risk.RiskRegisters;
import org.goldenthread.risk.heatmap.HeatMap;
import org.goldenthread.risk.heatmap.HeatMaps;
import org.goldenthread.risk.heatmap.Scores;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.validation.BindException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The heat map's numbers over JSON: the same counts as the page's table. */
@RestController
@Tag(name = "Risks")
@SecurityRequirement(name = "apiToken")
class RiskHeatMapApiController {

  /** One cell: its likelihood, impact, score and band, and how many open risks sit in it. */
  record CellView(int likelihood, int impact, int score, Band band, int count) {}

  /** How many risks moved each way since the end of the previous quarter. */
  record MovementView(
      int up, int down, @JsonProperty("new") int added, int closed, int unchanged) {}

  /** The map: whose it is, by which scores, on which day, its cells and the movement. */
  record HeatMapView(
      String register,
      Scores scores,
      LocalDate day,
      LocalDate since,
      int total,
      List<CellView> cells,
      MovementView movement,
      List<BandView> bands) {}

  private final HeatMaps maps;
  private final RiskRegisters registers;
  private final RiskBands bands;
  private final RiskAccess access;

  RiskHeatMapApiController(
      HeatMaps maps, RiskRegisters registers, RiskBands bands, RiskAccess access) {
    this.maps = maps;
    this.registers = registers;
    this.bands = bands;
    this.access = access;
  }

  @GetMapping("/api/v1/risks/heat-map")
  @Operation(
      summary =
          "The 25 cells' counts of open risks (likelihood 1 to 5, each impact 1 to 5) of a"
              + " register or, with none, of every register the caller reads, placed by their"
              + " current, inherent or target score; confidential risks are counted. With the"
              + " movement of current scores since the end of the previous quarter and the band"
              + " settings. An unknown register or scores is refused with 400.")
  HeatMapView heatMap(
      @Parameter(description = "A register's code or name; empty for the whole council")
          @RequestParam(required = false)
          String register,
      @Parameter(description = "current (the default), inherent or target")
          @RequestParam(required = false)
          String scores,
      Authentication authentication)
      throws BindException {
    Problems problems = new Problems("heatMap");
    RiskRegister chosen = null;
    if (register != null && !register.isBlank()) {
      chosen = registers.named(register).orElse(null);
      if (chosen == null) {
        problems.add("register", register, "No register has the code or name \"" + register + "\"");
      }
    }
    Scores placed = Scores.read(scores).orElse(null);
    if (placed == null) {
      problems.add(
          "scores", scores, "Scores must be current, inherent or target, not \"" + scores + "\"");
    }
    problems.throwIfAny();
    if (chosen != null && !access.canReadRegister(authentication, chosen)) {
      throw new AccessDeniedException("Not a reader of " + chosen.getCode());
    }
    HeatMap map = maps.of(authentication, chosen, placed);
    return new HeatMapView(
        chosen == null ? null : chosen.getCode(),
        placed,
        map.day(),
        map.since(),
        map.total(),
        map.cells().stream()
            .map(
                c ->
                    new CellView(
                        c.likelihood(), c.impact(), c.score(), bands.band(c.score()), c.count()))
            .toList(),
        new MovementView(
            map.moved(Movement.UP),
            map.moved(Movement.DOWN),
            map.moved(Movement.NEW),
            map.moved(Movement.CLOSED),
            map.moved(Movement.UNCHANGED)),
        BandView.all(bands));
  }
}
