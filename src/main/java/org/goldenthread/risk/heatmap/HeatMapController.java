package org.goldenthread.risk.heatmap;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.goldenthread.risk.Band;
import org.goldenthread.risk.Movement;
import org.goldenthread.risk.RiskAccess;
import org.goldenthread.risk.RiskBands;
import org.goldenthread.risk.RiskRegister;
import org.goldenthread.risk.RiskRegisters;
import org.goldenthread.risk.Score;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The heat map pages: a register's, or the whole council's as far as the person reads it, and the
 * risks in one of its cells.
 */
@Controller
class HeatMapController {

  /** A cell as the page shows it: its numbers, its band's look and where its risks are listed. */
  record CellView(HeatMap.Cell cell, RiskBands.Look look, String href) {}

  /** A row of the table: a likelihood level with its word, and its five cells. */
  record RowView(int likelihood, String word, List<CellView> cells) {}

  /** A risk listed in a cell, with the look of its current score's band. */
  record LineView(HeatMap.Entry entry, RiskBands.Look look) {}

  /** How many risks moved one way. */
  record MovedView(Movement movement, int count) {}

  private final HeatMaps maps;
  private final RiskRegisters registers;
  private final RiskBands bands;
  private final RiskAccess access;

  HeatMapController(HeatMaps maps, RiskRegisters registers, RiskBands bands, RiskAccess access) {
    this.maps = maps;
    this.registers = registers;
    this.bands = bands;
    this.access = access;
  }

  @GetMapping("/risks/heat-map")
  @PreAuthorize("#register == null or @riskAccess.canReadRegister(authentication, #register)")
  String heatMap(
      @RequestParam(required = false) Long register,
      @RequestParam(required = false) String scores,
      Authentication authentication,
      Model model) {
    RiskRegister chosen = register == null ? null : registers.find(register);
    Scores placed = scores(scores);
    HeatMap map = maps.of(authentication, chosen, placed);
    HeatMaps.Axes axes = maps.axes();
    String scope = chosen == null ? "the whole council" : chosen.getName();
    List<RowView> rows = new ArrayList<>();
    for (List<HeatMap.Cell> row : map.rows()) {
      int likelihood = row.get(0).likelihood();
      rows.add(
          new RowView(
              likelihood,
              axes.likelihood(likelihood),
              row.stream()
                  .map(c -> new CellView(c, bands.look(c.score()), cellHref(register, placed, c)))
                  .toList()));
    }
    model.addAttribute("map", map);
    model.addAttribute("rows", rows);
    model.addAttribute("axes", axes);
    model.addAttribute("impacts", List.of(1, 2, 3, 4, 5));
    model.addAttribute("register", chosen);
    model.addAttribute("registers", maps.readable(authentication));
    model.addAttribute("scores", placed);
    model.addAttribute("allScores", Scores.values());
    model.addAttribute("scope", scope);
    model.addAttribute("moved", moved(map));
    model.addAttribute("bandLooks", bandLooks());
    model.addAttribute(
        "svg",
        HeatMapSvg.svg(
            "heat-map",
            "Heat map of " + scope + " by " + placed.word() + " score",
            map,
            axes,
            bands));
    return "risk/heatmap/heat-map";
  }

  @GetMapping("/risks/heat-map/cell")
  @PreAuthorize("#register == null or @riskAccess.canReadRegister(authentication, #register)")
  String cell(
      @RequestParam(required = false) Long register,
      @RequestParam(required = false) String scores,
      @RequestParam int likelihood,
      @RequestParam int impact,
      Authentication authentication,
      Model model) {
    if (!Score.inRange(likelihood) || !Score.inRange(impact)) {
      throw new ResponseStatusException(
          HttpStatus.BAD_REQUEST, "Likelihood and impact are each from 1 to 5");
    }
    RiskRegister chosen = register == null ? null : registers.find(register);
    Scores placed = scores(scores);
    HeatMap map = maps.of(authentication, chosen, placed);
    List<HeatMap.Entry> inCell = map.in(likelihood, impact);
    RiskAccess.Reader reader = access.reader(authentication);
    List<LineView> described =
        inCell.stream()
            .filter(e -> reader.reads(e.risk()) && reader.describes(e.risk()))
            .map(e -> new LineView(e, bands.look(e.facts().current().value())))
            .toList();
    HeatMaps.Axes axes = maps.axes();
    model.addAttribute("register", chosen);
    model.addAttribute("scope", chosen == null ? "the whole council" : chosen.getName());
    model.addAttribute("scores", placed);
    model.addAttribute("cell", map.cell(likelihood, impact));
    model.addAttribute("look", bands.look(likelihood * impact));
    model.addAttribute("likelihoodWord", axes.likelihood(likelihood));
    model.addAttribute("impactWord", axes.impact(impact));
    model.addAttribute("entries", described);
    model.addAttribute("notDescribed", inCell.size() - described.size());
    model.addAttribute("back", mapHref(register, placed));
    return "risk/heatmap/cell";
  }

  private List<MovedView> moved(HeatMap map) {
    return List.of(
        new MovedView(Movement.UP, map.moved(Movement.UP)),
        new MovedView(Movement.DOWN, map.moved(Movement.DOWN)),
        new MovedView(Movement.NEW, map.moved(Movement.NEW)),
        new MovedView(Movement.CLOSED, map.moved(Movement.CLOSED)),
        new MovedView(Movement.UNCHANGED, map.moved(Movement.UNCHANGED)));
  }

  private List<BandLook> bandLooks() {
    return Arrays.stream(Band.values())
        .map(b -> new BandLook(bands.look(b), bands.range(b)))
        .toList();
  }

  /** A band in the key under the map: how it looks, and the scores it covers. */
  record BandLook(RiskBands.Look look, String range) {}

  private static Scores scores(String text) {
    return Scores.read(text)
        .orElseThrow(
            () ->
                new ResponseStatusException(
                    HttpStatus.BAD_REQUEST,
                    "Show current, inherent or target scores, not \"" + text + "\""));
  }

  private static String mapHref(Long register, Scores scores) {
    return UriComponentsBuilder.fromPath("/risks/heat-map")
        .queryParam("register", register == null ? "" : register)
        .queryParam("scores", scores.word())
        .build()
        .toUriString();
  }

  private static String cellHref(Long register, Scores scores, HeatMap.Cell cell) {
    return UriComponentsBuilder.fromPath("/risks/heat-map/cell")
        .queryParam("register", register == null ? "" : register)
        .queryParam("scores", scores.word())
        .queryParam("likelihood", cell.likelihood())
        .queryParam("impact", cell.impact())
        .build()
        .toUriString();
  }
}
