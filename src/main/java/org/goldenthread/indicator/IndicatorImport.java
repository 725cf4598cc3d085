package org.goldenthread.indicator;

import static org.goldenthread.shared.Text.blankToNull;

import jakarta.persistence.EntityManager;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.goldenthread.framework.FrameworkItem;
import org.goldenthread.framework.FrameworkService;
import org.goldenthread.framework.ImportFileException;
import org.goldenthread.framework.ImportFileReader;
import org.goldenthread.framework.ImportProblem;
import org.goldenthread.framework.ImportProblems;
import org.goldenthread.framework.ImportTable;
import org.goldenthread.framework.PersonFinder;
import org.goldenthread.indicator.formula.Formula;
import org.goldenthread.indicator.target.IndicatorTarget;
import org.goldenthread.indicator.target.IndicatorTargetRepository;
import org.goldenthread.indicator.value.IndicatorValue;
import org.goldenthread.indicator.value.IndicatorValueRepository;
import org.goldenthread.organisation.PersonService;
import org.goldenthread.period.Period;
import org.goldenthread.shared.PersonRef;
import org.goldenthread.shared.RuleViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;

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

  static final long MAX_DEFINITION_BYTES = 10L * 1024 * 1024;
  static final long MAX_VALUE_BYTES = 50L * 1024 * 1024;
  private static final int BATCH = 1_000;
  private static final int DEFINITION_BATCH = 50;

  /** What became of an import: what was saved, or the problems that stopped it. */
  public record Outcome(
      int created,
      int updated,
      int unchanged,
      int values,
      int targets,
      List<ImportProblem> problems) {

    static Outcome refused(List<ImportProblem> problems) {
      return new Outcome(0, 0, 0, 0, 0, List.copyOf(problems));
    }

    static Outcome refused(String message) {
      return refused(List.of(ImportProblem.inFile(message)));
    }

    public boolean succeeded() {
      return problems.isEmpty();
    }

    /** What the officer is told first when the file was refused. */
    public String summary(String fileName) {
      return ImportProblems.summary(problems, fileName);
    }
  }

  private final IndicatorRepository indicators;
  private final IndicatorService service;
  private final IndicatorValueRepository values;
  private final IndicatorTargetRepository targets;
  private final PersonService people;
  private final FrameworkService framework;
  private final Validator validator;
  private final EntityManager entities;
  private final Clock clock;

  IndicatorImport(
      IndicatorRepository indicators,
      IndicatorService service,
      IndicatorValueRepository values,
      IndicatorTargetRepository targets,
      PersonService people,
      FrameworkService framework,
      Validator validator,
      EntityManager entities,
      Clock clock) {
    this.indicators = indicators;
    this.service = service;
    this.values = values;
    this.targets = targets;
    this.people = people;
    this.framework = framework;
    this.validator = validator;
    this.entities = entities;
    this.clock = clock;
  }

  /** Creates or updates the indicators the file defines. */
  public Outcome definitions(byte[] content, ImportProgress progress) {
    if (content.length > MAX_DEFINITION_BYTES) {
      return Outcome.refused(ImportProblems.tooBig(content.length, "10 MB"));
    }
    ImportTable table;
    try {
      table =
          new ImportFileReader(
                  DefinitionCheck.MAX_ROWS,
                  "The file has more than 5,000 indicators. Split it into smaller files and import"
                      + " them one after another.")
              .read(content);
    } catch (ImportFileException unreadable) {
      return Outcome.refused(unreadable.getMessage());
    }
    progress.rows(table.rows().size());
    Map<String, DefinitionCheck.Existing> existing = new HashMap<>();
    for (ImportTable.Row row : table.rows()) {
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
    Map<String, Long> items = new HashMap<>();
    for (FrameworkItem item : framework.all()) {
      items.put(item.getCode(), item.getId());
    }
    List<PersonFinder.KnownPerson> known =
        people.search(null, null).stream()
            .map(p -> new PersonFinder.KnownPerson(p.getId(), p.getFullName(), p.getEmail()))
            .toList();
    DefinitionCheck.Result checked =
        new DefinitionCheck(existing, new PersonFinder(known), items).check(table);
    progress.checked(table.rows().size());
    if (!checked.clean()) {
      return Outcome.refused(checked.problems());
    }
    Map<Long, IndicatorForm> before = new HashMap<>();
    existing.values().forEach(e -> before.put(e.id(), e.form()));
    return save(checked.rows(), before, progress);
  }

  private Outcome save(
      List<DefinitionCheck.Row> rows, Map<Long, IndicatorForm> before, ImportProgress progress) {
    ImportProblems problems = new ImportProblems();
    // Calculated indicators last, so that their formulas can name indicators in the same file.
    List<DefinitionCheck.Row> ordered = new ArrayList<>(rows);
    ordered.sort(Comparator.comparing(r -> r.form().formula() != null));
    int created = 0;
    int updated = 0;
    int unchanged = 0;
    for (DefinitionCheck.Row row : ordered) {
      Set<ConstraintViolation<IndicatorForm>> invalid = validator.validate(row.form());
      if (!invalid.isEmpty()) {
        invalid.forEach(
            v ->
                problems.at(
                    row.row(), column(v.getPropertyPath().toString()), v.getMessage() + "."));
        continue;
      }
      try {
        if (row.existingId() == null) {
          service.create(row.form());
          created++;
        } else if (normal(row.form()).equals(normal(before.get(row.existingId())))) {
          unchanged++;
        } else {
          service.update(row.existingId(), row.form());
          updated++;
        }
      } catch (RuleViolationException refused) {
        problems.at(row.row(), column(refused.field()), refused.getMessage());
      }
      int done = created + updated + unchanged;
      progress.saved(done);
      if (done % DEFINITION_BATCH == 0) {
        // Each save runs queries, and each query first checks everything already loaded for
        // changes; writing out and letting go of the loaded records keeps that check short.
        entities.flush();
        entities.clear();
      }
    }
    if (problems.any()) {
      TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
      progress.saved(0);
      return Outcome.refused(problems.list());
    }
    return new Outcome(created, updated, unchanged, 0, 0, List.of());
  }

  /** Records the values and targets the file gives. */
  public Outcome values(byte[] content, PersonRef by, ImportProgress progress) {
    if (content.length > MAX_VALUE_BYTES) {
      return Outcome.refused(ImportProblems.tooBig(content.length, "50 MB"));
    }
    ImportTable table;
    try {
      table =
          new ImportFileReader(
                  ValueCheck.MAX_ROWS,
                  "The file has more than 500,000 rows. Split it into smaller files, for example"
                      + " one for each year, and import them one after another.")
              .read(content);
    } catch (ImportFileException unreadable) {
      return Outcome.refused(unreadable.getMessage());
    }
    progress.rows(table.rows().size());
    List<ValueCheck.Facts> facts =
        indicators.findAll().stream()
            .map(
                i ->
                    new ValueCheck.Facts(
                        i.getId(),
                        i.getCode(),
                        i.getFrequency(),
                        i.getAggregation(),
                        i.isCalculated()))
            .toList();
    ValueCheck.Result checked =
        new ValueCheck(facts, LocalDate.now(clock)).check(table, progress::checked);
    table = null; // the rows are read; let the file's text go before saving
    if (!checked.clean()) {
      return Outcome.refused(checked.problems());
    }
    return save(checked.rows(), by, progress);
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

  /** The form as it would be saved, to tell whether a row changes anything. */
  private static IndicatorForm normal(IndicatorForm f) {
    List<Long> items = new ArrayList<>(f.itemIds() == null ? List.of() : f.itemIds());
    items.sort(Comparator.naturalOrder());
    return new IndicatorForm(
        f.code().trim(),
        f.title().trim(),
        blankToNull(f.description()),
        blankToNull(f.rationale()),
        f.type(),
        f.unit(),
        f.polarity(),
        f.frequency(),
        f.aggregation(),
        Boolean.TRUE.equals(f.cumulative()),
        String.valueOf(f.places()),
        f.toleranceAmount() == null || f.toleranceAmount().isBlank()
            ? null
            : Numbers.plain(Numbers.parse(f.toleranceAmount())),
        f.toleranceAmount() == null || f.toleranceAmount().isBlank() ? null : f.toleranceKind(),
        blankToNull(f.dataSource()),
        f.formula() == null || f.formula().isBlank()
            ? null
            : Formula.parse(f.formula()).canonical(),
        f.perspective(),
        Boolean.TRUE.equals(f.corporateHealth()),
        Boolean.TRUE.equals(f.published()),
        f.active() == null || f.active(),
        f.responsibleId(),
        f.accountableId(),
        f.portfolioId(),
        f.orgUnitId(),
        items,
        null);
  }

  private static DefinitionColumn column(String field) {
    if (field == null) {
      return null;
    }
    return switch (field) {
      case "code" -> DefinitionColumn.CODE;
      case "title" -> DefinitionColumn.TITLE;
      case "description" -> DefinitionColumn.DESCRIPTION;
      case "unit" -> DefinitionColumn.UNIT;
      case "polarity" -> DefinitionColumn.POLARITY;
      case "frequency" -> DefinitionColumn.FREQUENCY;
      case "aggregation" -> DefinitionColumn.AGGREGATION;
      case "decimalPlaces" -> DefinitionColumn.DECIMAL_PLACES;
      case "toleranceAmount" -> DefinitionColumn.TOLERANCE;
      case "toleranceKind" -> DefinitionColumn.TOLERANCE_TYPE;
      case "dataSource" -> DefinitionColumn.DATA_SOURCE;
      case "formula" -> DefinitionColumn.FORMULA;
      case "type" -> DefinitionColumn.TYPE;
      default -> null;
    };
  }
}
