package org.goldenthread.risk.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.goldenthread.risk.Band;
import org.goldenthread.risk.Risk;
import org.goldenthread.risk.RiskAccess;
import org.goldenthread.risk.RiskBands;
import org.goldenthread.risk.RiskEscalation;
import org.goldenthread.risk.RiskLevel;
import org.goldenthread.risk.RiskRegister;
import org.goldenthread.risk.RiskRegisters;
import org.goldenthread.risk.RiskScoring;
import org.goldenthread.risk.RiskService;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the overview and register pages show: rows with their facts today, counts by band, and the
 * risks a reader may not see described counted instead (SPEC §6, §12).
 */
@Component
@Transactional(readOnly = true)
class RiskViews {

  /** The register page's filters, from its query parameters; null or false means any. */
  public record Filter(Long categoryId, Band band, boolean overdue, boolean aboveAppetite) {

    boolean admits(RiskRow row) {
      return (categoryId == null || categoryId.equals(row.risk().getCategory().getId()))
          && (band == null || band == row.facts().band())
          && (!overdue || row.facts().overdue())
          && (!aboveAppetite || row.facts().aboveAppetite());
    }

    public boolean any() {
      return categoryId != null || band != null || overdue || aboveAppetite;
    }
  }

  /** A register on the overview: its open risks counted by band, above appetite and overdue. */
  public record RegisterSummary(
      RiskRegister register, Map<Band, Integer> byBand, int open, int aboveAppetite, int overdue) {}

  /**
   * A move onto or off a register, of a risk the reader may see described; linked when they may
   * open it where it is now.
   */
  public record Move(RiskEscalation escalation, boolean in, boolean linked) {}

  /** A register's page. */
  public record RegisterPage(
      RiskRegister register,
      List<RiskRow> open,
      List<RiskRow> closed,
      int hidden,
      int shownBeforeFilter,
      List<Move> moves,
      int hiddenMoves) {}

  private final RiskService risks;
  private final RiskRegisters registers;
  private final RiskScoring scoring;
  private final RiskAccess access;

  RiskViews(RiskService risks, RiskRegisters registers, RiskScoring scoring, RiskAccess access) {
    this.risks = risks;
    this.registers = registers;
    this.scoring = scoring;
    this.access = access;
  }

  RiskRow row(Risk risk) {
    RiskBands bands = scoring.bands();
    return new RiskRow(
        risk,
        scoring.facts(risk),
        bands.look(risk.inherent().value()),
        bands.look(risk.current().value()),
        bands.look(risk.target().value()));
  }

  /** The registers the reader reads, by level, highest first, each with its counts. */
  Map<RiskLevel, List<RegisterSummary>> overview(Authentication reader) {
    Map<Long, List<Risk>> byRegister = new LinkedHashMap<>();
    for (Risk risk : risks.all()) {
      byRegister.computeIfAbsent(risk.getRegister().getId(), id -> new ArrayList<>()).add(risk);
    }
    LocalDate today = scoring.today();
    Map<RiskLevel, List<RegisterSummary>> levels = new EnumMap<>(RiskLevel.class);
    RiskAccess.Reader who = access.reader(reader);
    for (RiskRegister register : registers.all()) {
      if (!who.readsRegister(register)) {
        continue;
      }
      Map<Band, Integer> byBand = new EnumMap<>(Band.class);
      for (Band band : Band.values()) {
        byBand.put(band, 0);
      }
      int open = 0;
      int above = 0;
      int overdue = 0;
      for (Risk risk : byRegister.getOrDefault(register.getId(), List.of())) {
        if (!risk.isOpen()) {
          continue;
        }
        open++;
        byBand.merge(scoring.bands().band(risk.current()), 1, Integer::sum);
        above += risk.getCategory().isAboveAppetite(risk.current().value()) ? 1 : 0;
        overdue += risk.isOverdue(today) ? 1 : 0;
      }
      levels
          .computeIfAbsent(register.getLevel(), l -> new ArrayList<>())
          .add(new RegisterSummary(register, byBand, open, above, overdue));
    }
    return levels;
  }

  /** The risks a person owns or answers for: open ones, the review due soonest first. */
  List<RiskRow> ofPerson(long personId) {
    return risks.ofPerson(personId).stream()
        .filter(Risk::isOpen)
        .sorted(Comparator.comparing(Risk::getNextReview).thenComparing(Risk::getCode))
        .map(this::row)
        .toList();
  }

  RegisterPage register(RiskRegister register, Authentication reader, Filter filter) {
    List<RiskRow> open = new ArrayList<>();
    List<RiskRow> closed = new ArrayList<>();
    int hidden = 0;
    int shown = 0;
    RiskAccess.Reader who = access.reader(reader);
    for (Risk risk : risks.onRegister(register.getId())) {
      if (!who.reads(risk)) {
        hidden++;
        continue;
      }
      shown++;
      RiskRow row = row(risk);
      if (filter.admits(row)) {
        (risk.isOpen() ? open : closed).add(row);
      }
    }
    Comparator<RiskRow> order =
        Comparator.comparing((RiskRow r) -> r.facts().current().value())
            .reversed()
            .thenComparing(r -> r.risk().getCode());
    open.sort(order);
    closed.sort(Comparator.comparing(r -> r.risk().getCode()));
    List<Move> moves = new ArrayList<>();
    int hiddenMoves = 0;
    for (Risk risk : risks.movedThrough(register.getId())) {
      boolean described = who.describes(risk);
      boolean linked = who.reads(risk);
      for (RiskEscalation e : risk.getEscalations()) {
        boolean in = e.getToRegister().equals(register);
        if (!in && !e.getFromRegister().equals(register)) {
          continue;
        }
        if (described) {
          moves.add(new Move(e, in, linked));
        } else {
          hiddenMoves++;
        }
      }
    }
    moves.sort(
        Comparator.comparing((Move m) -> m.escalation().getMovedOn())
            .reversed()
            .thenComparing(m -> m.escalation().getRisk().getCode()));
    return new RegisterPage(register, open, closed, hidden, shown, moves, hiddenMoves);
  }
}
