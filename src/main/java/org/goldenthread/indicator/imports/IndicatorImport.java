package org.goldenthread.indicator.imports;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.goldenthread.framework.FrameworkItem;
import org.goldenthread.framework.FrameworkService;
import org.goldenthread.indicator.FiguresChanged;
import org.goldenthread.indicator.IndicatorForm;
import org.goldenthread.indicator.IndicatorRepository;
import org.goldenthread.indicator.reporting.ReportingPeriods;
import org.goldenthread.indicator.value.IndicatorValue;
import org.goldenthread.organisation.PersonService;
import org.goldenthread.shared.PersonRef;
import org.goldenthread.spreadsheet.AllOrNothing;
import org.goldenthread.spreadsheet.PersonFinder;
import org.goldenthread.spreadsheet.Problem;
import org.goldenthread.spreadsheet.Problems;
import org.goldenthread.spreadsheet.Table;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports indicator definitions, and values and targets, from a CSV file or Excel workbook, all or
 * nothing: every row is checked first, and nothing is saved unless none has a problem. A row the
 * same as what is recorded is left alone, so importing an export changes nothing.
 *
 * <p>Every imported value is recorded as a historic, published value ({@link
 * IndicatorValue#recordHistoric}): the import is how a council brings in figures it already has,
 * with or without commentary, and the product marks them as imported rather than refusing them.
 * This period's figures go through the data-entry form and its workflow. A value whose reporting
 * period is closed is locked: a row changing it needs a reason, and the value goes back for
 * verification.
 */
@Service
@Transactional
public class IndicatorImport {

  /** What became of an import: what was saved, or the problems that stopped it. */
  public record Outcome(
      int created, int updated, int unchanged, int values, int targets, List<Problem> problems) {

    static Outcome refused(List<Problem> problems) {
      return new Outcome(0, 0, 0, 0, 0, List.copyOf(problems));
    }

    static Outcome refused(String message) {
      return refused(List.of(Problem.inFile(message)));
    }

    public boolean succeeded() {
      return problems.isEmpty();
    }

    /** What the officer is told first when the file was refused. */
    public String summary(String fileName) {
      return Problems.summary(problems, fileName);
    }
  }

  private final IndicatorRepository indicators;
  private final DefinitionWriter definitions;
  private final ValueWriter writer;
  private final PersonService people;
  private final FrameworkService framework;
  private final EntityManager entities;
  private final ReportingPeriods reporting;
  private final Clock clock;

  private final ApplicationEventPublisher events;

  IndicatorImport(
      IndicatorRepository indicators,
      DefinitionWriter definitions,
      ValueWriter writer,
      PersonService people,
      FrameworkService framework,
      EntityManager entities,
      ReportingPeriods reporting,
      ApplicationEventPublisher events,
      Clock clock) {
    this.events = events;
    this.indicators = indicators;
    this.definitions = definitions;
    this.writer = writer;
    this.people = people;
    this.framework = framework;
    this.entities = entities;
    this.reporting = reporting;
    this.clock = clock;
  }

  /** Creates or updates the indicators the file defines. */
  public Outcome definitions(byte[] content, ImportProgress progress) {
    Map<Long, IndicatorForm> before = new HashMap<>();
    return AllOrNothing.run(
        DefinitionColumns.LAYOUT,
        content,
        progress,
        table -> checkDefinitions(table, before),
        checked -> definitions.save(checked.rows(), before, progress),
        Outcome::refused);
  }

  /** Checks the file against the indicators it names, noting each one's form as it was. */
  private DefinitionCheck.Result checkDefinitions(Table table, Map<Long, IndicatorForm> before) {
    Map<String, DefinitionCheck.Existing> existing = new HashMap<>();
    for (Table.Row row : table.rows()) {
      for (String cell : row.cells()) {
        // Only the file's own codes are looked up; any cell may be the code column.
        if (!cell.isBlank()
            && cell.length() <= 30
            && !existing.containsKey(DefinitionCheck.key(cell))) {
          indicators
              .findByCodeIgnoreCase(cell.trim())
              .ifPresent(
                  i ->
                      existing.put(
                          DefinitionCheck.key(i.getCode()),
                          new DefinitionCheck.Existing(i.getId(), IndicatorForm.of(i))));
        }
      }
    }
    existing.values().forEach(e -> before.put(e.id(), e.form()));
    Map<String, Long> items = new HashMap<>();
    for (FrameworkItem item : framework.all()) {
      items.put(item.getCode(), item.getId());
    }
    List<PersonFinder.KnownPerson> known =
        people.search(null, null).stream()
            .map(p -> new PersonFinder.KnownPerson(p.getId(), p.getFullName(), p.getEmail()))
            .toList();
    return new DefinitionCheck(existing, new PersonFinder(known), items).check(table);
  }

  /** Records the values and targets the file gives. */
  public Outcome values(byte[] content, PersonRef by, ImportProgress progress) {
    return AllOrNothing.run(
        ValueColumns.LAYOUT,
        content,
        progress,
        table -> new ValueCheck(facts(), LocalDate.now(clock)).check(table, progress::checked),
        checked -> save(checked.rows(), by, progress),
        Outcome::refused);
  }

  private List<ValueCheck.Facts> facts() {
    return indicators.findAll().stream()
        .map(
            i ->
                new ValueCheck.Facts(
                    i.getId(), i.getCode(), i.getFrequency(), i.getAggregation(), i.isCalculated()))
        .toList();
  }

  private Outcome save(List<ValueCheck.Row> rows, PersonRef by, ImportProgress progress) {
    ValueWriter.Written written = writer.write(rows, reporting.closed(), by, progress);
    if (written.problems().any()) {
      progress.saved(0);
      return Outcome.refused(AllOrNothing.rollBack(written.problems()));
    }
    Set<Long> changed = new HashSet<>();
    rows.forEach(row -> changed.add(row.indicatorId()));
    // Imported values arrive published: the ladder evaluates them in period order, in this
    // transaction, as if they had come one by one.
    events.publishEvent(new FiguresChanged(changed));
    return new Outcome(0, 0, written.unchanged(), written.values(), written.targets(), List.of());
  }
}
