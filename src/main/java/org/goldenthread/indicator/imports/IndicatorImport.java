package org.goldenthread.indicator.imports;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.goldenthread.framework.FrameworkItem;
import org.goldenthread.framework.FrameworkService;
import org.goldenthread.indicator.Indicator;
import org.goldenthread.indicator.IndicatorForm;
import org.goldenthread.indicator.IndicatorRepository;
import org.goldenthread.indicator.Measurement;
import org.goldenthread.indicator.target.IndicatorTarget;
import org.goldenthread.indicator.target.IndicatorTargetRepository;
import org.goldenthread.indicator.value.IndicatorValue;
import org.goldenthread.indicator.value.IndicatorValueRepository;
import org.goldenthread.organisation.PersonService;
import org.goldenthread.period.Period;
import org.goldenthread.shared.PersonRef;
import org.goldenthread.spreadsheet.AllOrNothing;
import org.goldenthread.spreadsheet.PersonFinder;
import org.goldenthread.spreadsheet.Problem;
import org.goldenthread.spreadsheet.Problems;
import org.goldenthread.spreadsheet.Table;
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
 * This period's figures go through the data-entry form and its workflow.
 */
@Service
@Transactional
public class IndicatorImport {

  private static final int BATCH = 1_000;

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
  private final IndicatorValueRepository values;
  private final IndicatorTargetRepository targets;
  private final PersonService people;
  private final FrameworkService framework;
  private final EntityManager entities;
  private final Clock clock;

  IndicatorImport(
      IndicatorRepository indicators,
      DefinitionWriter definitions,
      IndicatorValueRepository values,
      IndicatorTargetRepository targets,
      PersonService people,
      FrameworkService framework,
      EntityManager entities,
      Clock clock) {
    this.indicators = indicators;
    this.definitions = definitions;
    this.values = values;
    this.targets = targets;
    this.people = people;
    this.framework = framework;
    this.entities = entities;
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

  private record Key(long indicatorId, Period period) {}

  private Outcome save(List<ValueCheck.Row> rows, PersonRef by, ImportProgress progress) {
    Set<Long> ids = new HashSet<>();
    rows.forEach(r -> ids.add(r.indicatorId()));
    Map<Key, Long> valueIds = new HashMap<>();
    Map<Key, Long> targetIds = new HashMap<>();
    for (List<Long> chunk : chunks(new ArrayList<>(ids))) {
      keys(values.findKeysByIndicatorIds(chunk), valueIds);
      keys(targets.findKeysByIndicatorIds(chunk), targetIds);
    }
    int valueCount = 0;
    int targetCount = 0;
    int unchanged = 0;
    int done = 0;
    var at = clock.instant();
    for (List<ValueCheck.Row> batch : chunks(rows)) {
      Map<Long, IndicatorValue> oldValues = new HashMap<>();
      Map<Long, IndicatorTarget> oldTargets = new HashMap<>();
      List<Long> wantedValues = new ArrayList<>();
      List<Long> wantedTargets = new ArrayList<>();
      for (ValueCheck.Row row : batch) {
        Key key = new Key(row.indicatorId(), row.period());
        if (row.measurement() != null && valueIds.containsKey(key)) {
          wantedValues.add(valueIds.get(key));
        }
        if (row.target() != null && targetIds.containsKey(key)) {
          wantedTargets.add(targetIds.get(key));
        }
      }
      values.findAllById(wantedValues).forEach(v -> oldValues.put(v.getId(), v));
      targets.findAllById(wantedTargets).forEach(t -> oldTargets.put(t.getId(), t));
      for (ValueCheck.Row row : batch) {
        Key key = new Key(row.indicatorId(), row.period());
        Indicator indicator = entities.getReference(Indicator.class, row.indicatorId());
        boolean changed = false;
        if (row.measurement() != null) {
          IndicatorValue value = oldValues.get(valueIds.get(key));
          // A column the file leaves out keeps what is recorded.
          String commentary = row.commentaryOver(value == null ? null : value.getCommentary());
          String remedy = row.remedialActionOver(value == null ? null : value.getRemedialAction());
          if (value == null || !same(value, row.measurement(), commentary, remedy)) {
            if (value == null) {
              value = new IndicatorValue(indicator, row.period());
              value.recordHistoric(row.measurement(), commentary, remedy, by, at);
              entities.persist(value);
            } else {
              value.recordHistoric(row.measurement(), commentary, remedy, by, at);
            }
            valueCount++;
            changed = true;
          }
        }
        if (row.target() != null) {
          IndicatorTarget target = oldTargets.get(targetIds.get(key));
          if (target == null || target.getAmount().compareTo(row.target()) != 0) {
            if (target == null) {
              target = new IndicatorTarget(indicator, row.period());
              target.set(row.target(), by, at);
              entities.persist(target);
            } else {
              target.set(row.target(), by, at);
            }
            targetCount++;
            changed = true;
          }
        }
        if (!changed) {
          unchanged++;
        }
      }
      entities.flush();
      entities.clear();
      done += batch.size();
      progress.saved(done);
    }
    return new Outcome(0, 0, unchanged, valueCount, targetCount, List.of());
  }

  private static boolean same(
      IndicatorValue value, Measurement m, String commentary, String remedialAction) {
    return equal(value.getAmount(), m.value())
        && equal(value.getNumerator(), m.numerator())
        && equal(value.getDenominator(), m.denominator())
        && Objects.equals(value.getCommentary(), commentary)
        && Objects.equals(value.getRemedialAction(), remedialAction);
  }

  private static boolean equal(BigDecimal a, BigDecimal b) {
    return a == null ? b == null : b != null && a.compareTo(b) == 0;
  }

  private static void keys(List<Object[]> found, Map<Key, Long> into) {
    for (Object[] k : found) {
      into.put(new Key((Long) k[1], (Period) k[2]), (Long) k[0]);
    }
  }

  private static <T> List<List<T>> chunks(List<T> all) {
    List<List<T>> chunks = new ArrayList<>();
    for (int i = 0; i < all.size(); i += BATCH) {
      chunks.add(all.subList(i, Math.min(all.size(), i + BATCH)));
    }
    return chunks;
  }
}
