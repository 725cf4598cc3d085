package org.goldenthread.risk.imports;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.goldenthread.action.ActionService;
import org.goldenthread.framework.FrameworkService;
import org.goldenthread.indicator.IndicatorService;
import org.goldenthread.organisation.PersonService;
import org.goldenthread.organisation.governance.GovernanceService;
import org.goldenthread.risk.CloseForm;
import org.goldenthread.risk.ReviewKind;
import org.goldenthread.risk.Risk;
import org.goldenthread.risk.RiskCategory;
import org.goldenthread.risk.RiskRegister;
import org.goldenthread.risk.RiskRegisters;
import org.goldenthread.risk.RiskService;
import org.goldenthread.risk.RiskState;
import org.goldenthread.risk.imports.RiskRowCheck.RiskRow;
import org.goldenthread.shared.PersonRef;
import org.goldenthread.shared.RuleViolationException;
import org.goldenthread.spreadsheet.AllOrNothing;
import org.goldenthread.spreadsheet.PersonFinder;
import org.goldenthread.spreadsheet.Problem;
import org.goldenthread.spreadsheet.Problems;
import org.goldenthread.spreadsheet.RowProgress;
import org.goldenthread.spreadsheet.Table;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports a risk register from a CSV file or Excel workbook, all or nothing: every row is checked
 * first, and nothing is saved unless none has a problem. A new code opens a risk, a recorded one
 * updates it through the same service the pages use, so every change is audited; a row the same as
 * what is recorded is left alone, so importing an export changes nothing.
 */
@Service
@Transactional
class RiskImport {

  /** What became of an import: how many risks were opened, updated and left alone, or why not. */
  public record Outcome(int created, int updated, int unchanged, List<Problem> problems) {

    static Outcome refused(List<Problem> problems) {
      return new Outcome(0, 0, 0, List.copyOf(problems));
    }

    public boolean succeeded() {
      return problems.isEmpty();
    }

    /** What the officer is told first when the file was refused. */
    public String summary(String fileName) {
      return Problems.summary(problems, fileName);
    }
  }

  private final RiskService risks;
  private final RiskRegisters registers;
  private final PersonService people;
  private final GovernanceService governance;
  private final FrameworkService framework;
  private final IndicatorService indicators;
  private final ActionService actions;
  private final Clock clock;

  RiskImport(
      RiskService risks,
      RiskRegisters registers,
      PersonService people,
      GovernanceService governance,
      FrameworkService framework,
      IndicatorService indicators,
      ActionService actions,
      Clock clock) {
    this.risks = risks;
    this.registers = registers;
    this.people = people;
    this.governance = governance;
    this.framework = framework;
    this.indicators = indicators;
    this.actions = actions;
    this.clock = clock;
  }

  /** Opens or updates the risks the file gives; {@code by} is who imports. */
  public Outcome run(byte[] content, PersonRef by) {
    LocalDate today = LocalDate.now(clock);
    return AllOrNothing.run(
        RiskColumns.LAYOUT,
        content,
        RowProgress.NONE,
        table -> check(table, today),
        checked -> save(checked, by),
        Outcome::refused);
  }

  private RiskRowCheck.Result check(Table table, LocalDate today) {
    Map<String, RiskRowCheck.Existing> existing = new HashMap<>();
    risks.all().forEach(r -> existing.put(r.getCode(), RiskRowCheck.Existing.of(r)));
    return new RiskRowCheck(existing, names(), today).check(table);
  }

  private RiskNames names() {
    Map<String, Long> bodies = new HashMap<>();
    governance.bodies().forEach(b -> bodies.put(b.getName(), b.getId()));
    Map<String, Long> items = new HashMap<>();
    framework.all().forEach(i -> items.put(i.getCode(), i.getId()));
    Map<String, Long> measures = new HashMap<>();
    indicators.all().forEach(i -> measures.put(i.getCode(), i.getId()));
    Map<String, Long> mitigations = new HashMap<>();
    actions.all().forEach(a -> mitigations.put(a.getCode(), a.getId()));
    return new RiskNames(
        text -> registers.named(text).map(RiskRegister::getId),
        text -> registers.categoryNamed(text).map(RiskCategory::getId),
        registers.categories().stream().map(RiskCategory::getName).toList(),
        new PersonFinder(
            people.search(null, null).stream()
                .map(p -> new PersonFinder.KnownPerson(p.getId(), p.getFullName(), p.getEmail()))
                .toList()),
        bodies,
        items,
        measures,
        mitigations);
  }

  /**
   * Writes what the check found, in one transaction. Should a rule still refuse a row here,
   * everything is rolled back and the problem reported by row and column.
   */
  private Outcome save(RiskRowCheck.Result checked, PersonRef by) {
    Problems problems = new Problems();
    int created = 0;
    int updated = 0;
    for (RiskRow row : checked.rows()) {
      try {
        Risk risk;
        if (row.existingId() == null) {
          risk = risks.open(row.form(), row.openedOn(), ReviewKind.IMPORT, by);
          created++;
        } else {
          risk =
              row.formChanged()
                  ? risks.imported(row.existingId(), row.form(), by)
                  : risks.get(row.existingId());
          updated += row.changes() ? 1 : 0;
        }
        if (row.closing() != null) {
          close(risk, row.closing());
        }
      } catch (RuleViolationException refused) {
        problems.at(row.row(), RiskColumns.forField(refused.field()), sentence(refused));
      }
    }
    if (problems.any()) {
      return Outcome.refused(AllOrNothing.rollBack(problems));
    }
    return new Outcome(created, updated, checked.rows().size() - created - updated, List.of());
  }

  /** Closes, reopens, or closes again on another day or for another reason. */
  private void close(Risk risk, RiskRowCheck.Closing closing) {
    if (!risk.isOpen()) {
      risks.reopen(risk.getId(), null);
    }
    if (closing.state() == RiskState.CLOSED) {
      risks.close(risk.getId(), new CloseForm(closing.closedOn(), closing.reason(), null));
    }
  }

  private static String sentence(RuleViolationException refused) {
    String message = refused.getMessage();
    return message.endsWith(".") ? message : message + ".";
  }
}
