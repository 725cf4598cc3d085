package org.goldenthread.indicator.imports;

import static org.goldenthread.shared.Text.blankToNull;

import jakarta.persistence.EntityManager;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.goldenthread.indicator.IndicatorForm;
import org.goldenthread.indicator.IndicatorService;
import org.goldenthread.indicator.Numbers;
import org.goldenthread.indicator.formula.Formula;
import org.goldenthread.shared.RuleViolationException;
import org.goldenthread.spreadsheet.AllOrNothing;
import org.goldenthread.spreadsheet.Problems;
import org.springframework.stereotype.Component;

/**
 * Writes the checked rows of an indicator definitions file: creates each new indicator and updates
 * each changed one through the indicator service, with the same validation as its form. A row the
 * same as what is recorded is left alone.
 */
@Component
class DefinitionWriter {

  private static final int DEFINITION_BATCH = 50;

  private final IndicatorService service;
  private final Validator validator;
  private final EntityManager entities;

  DefinitionWriter(IndicatorService service, Validator validator, EntityManager entities) {
    this.service = service;
    this.validator = validator;
    this.entities = entities;
  }

  IndicatorImport.Outcome save(
      List<DefinitionCheck.Row> rows, Map<Long, IndicatorForm> before, ImportProgress progress) {
    Problems problems = new Problems();
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
                    row.row(),
                    DefinitionColumns.forField(v.getPropertyPath().toString()),
                    v.getMessage() + "."));
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
        problems.at(row.row(), DefinitionColumns.forField(refused.field()), refused.getMessage());
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
      progress.saved(0);
      return IndicatorImport.Outcome.refused(AllOrNothing.rollBack(problems));
    }
    return new IndicatorImport.Outcome(created, updated, unchanged, 0, 0, List.of());
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
}
