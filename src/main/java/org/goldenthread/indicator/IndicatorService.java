package org.goldenthread.indicator;

import static org.goldenthread.shared.Text.blankToNull;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.goldenthread.framework.FrameworkItem;
import org.goldenthread.framework.FrameworkService;
import org.goldenthread.indicator.formula.Formula;
import org.goldenthread.indicator.formula.FormulaDependencies;
import org.goldenthread.indicator.formula.FormulaException;
import org.goldenthread.organisation.OrgUnitService;
import org.goldenthread.organisation.Organisation;
import org.goldenthread.organisation.OrganisationKind;
import org.goldenthread.organisation.PersonService;
import org.goldenthread.organisation.governance.GovernanceService;
import org.goldenthread.shared.RecordNotFoundException;
import org.goldenthread.shared.RuleViolationException;
import org.goldenthread.shared.Versioned;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Indicator definitions: creating and changing them, and the framework items they measure. */
@Service
@Transactional
public class IndicatorService {

  private final IndicatorRepository indicators;
  private final PersonService people;
  private final GovernanceService governance;
  private final OrgUnitService units;
  private final FrameworkService framework;
  private final ApplicationEventPublisher events;

  IndicatorService(
      IndicatorRepository indicators,
      PersonService people,
      GovernanceService governance,
      OrgUnitService units,
      FrameworkService framework,
      ApplicationEventPublisher events) {
    this.indicators = indicators;
    this.people = people;
    this.governance = governance;
    this.units = units;
    this.framework = framework;
    this.events = events;
  }

  @Transactional(readOnly = true)
  public Indicator get(long id) {
    return indicators.findById(id).orElseThrow(() -> new RecordNotFoundException("Indicator", id));
  }

  @Transactional(readOnly = true)
  public Indicator byCode(String code) {
    return indicators
        .findByCodeIgnoreCase(code.trim())
        .orElseThrow(() -> new RecordNotFoundException("Indicator", code));
  }

  @Transactional(readOnly = true)
  public Optional<Indicator> findByCode(String code) {
    return indicators.findByCodeIgnoreCase(code.trim());
  }

  @Transactional(readOnly = true)
  public List<Indicator> all() {
    return indicators.findAllInOrder();
  }

  @Transactional(readOnly = true)
  public List<Indicator> responsibleFor(long personId) {
    return indicators.findActiveByResponsible(personId);
  }

  /** The active indicators a partner organisation provides the figures of. */
  @Transactional(readOnly = true)
  public List<Indicator> providedBy(long organisationId) {
    return indicators.findActiveByDataProvider(organisationId);
  }

  public Indicator create(IndicatorForm form) {
    requireUniqueCode(form.code(), null);
    Indicator indicator = new Indicator(form.code().trim(), form.title().trim());
    apply(indicator, form);
    return indicators.save(indicator);
  }

  /**
   * Names the partner organisation whose users enter and submit the figures, or the council (null).
   */
  public Indicator provideDataBy(long id, Long organisationId, Long version) {
    Indicator indicator = get(id);
    Versioned.check("indicator", indicator.getVersion(), version);
    if (organisationId == null) {
      indicator.provideDataBy(null);
      return indicator;
    }
    Organisation partner = governance.organisation(organisationId);
    if (partner.getKind() != OrganisationKind.PARTNER) {
      throw new RuleViolationException(
          "organisationId", "Choose a partner organisation, or the council itself");
    }
    indicator.provideDataBy(partner);
    return indicator;
  }

  public Indicator update(long id, IndicatorForm form) {
    Indicator indicator = get(id);
    Versioned.check("indicator", indicator.getVersion(), form.version());
    requireUniqueCode(form.code(), indicator);
    List<Object> shownBefore = shownBy(indicator);
    apply(indicator, form);
    if (!shownBefore.equals(shownBy(indicator))) {
      events.publishEvent(FiguresChanged.of(indicator.getId()));
    }
    return indicator;
  }

  /**
   * What decides what the indicator's periods show (their status and which periods there are): a
   * change to any of it is evaluated again, as a changed value is.
   */
  private static List<Object> shownBy(Indicator indicator) {
    return Arrays.asList(
        indicator.getPolarity(),
        indicator.tolerance(),
        indicator.getFrequency(),
        indicator.getAggregation(),
        indicator.isCumulative(),
        indicator.getDecimalPlaces(),
        indicator.getFormula(),
        indicator.isActive());
  }

  private void apply(Indicator indicator, IndicatorForm form) {
    indicator.describe(
        form.code().trim(),
        form.title().trim(),
        blankToNull(form.description()),
        blankToNull(form.rationale()),
        form.type());
    if (form.aggregation() == Aggregation.RATIO
        && form.unit() != Unit.PERCENT
        && form.unit() != Unit.RATIO) {
      throw new RuleViolationException(
          "unit", "A ratio of a numerator and denominator is a percentage or a ratio.");
    }
    Tolerance tolerance = null;
    if (form.toleranceAmount() != null && !form.toleranceAmount().isBlank()) {
      if (form.toleranceKind() == null) {
        throw new RuleViolationException(
            "toleranceKind", "Choose whether the tolerance is a percentage or an amount");
      }
      tolerance = new Tolerance(Numbers.parse(form.toleranceAmount()), form.toleranceKind());
    }
    indicator.measure(
        form.unit(),
        form.polarity(),
        form.frequency(),
        form.aggregation(),
        Boolean.TRUE.equals(form.cumulative()),
        form.places(),
        tolerance);
    indicator.assign(
        form.responsibleId() == null ? null : people.get(form.responsibleId()),
        form.accountableId() == null ? null : people.get(form.accountableId()),
        form.portfolioId() == null ? null : governance.portfolio(form.portfolioId()),
        form.orgUnitId() == null ? null : units.get(form.orgUnitId()));
    indicator.classify(
        blankToNull(form.dataSource()),
        form.perspective(),
        Boolean.TRUE.equals(form.corporateHealth()),
        Boolean.TRUE.equals(form.published()),
        form.active() == null || form.active());
    indicator.calculateBy(checkedFormula(indicator, form.formula()));
    Set<FrameworkItem> items = new HashSet<>();
    for (Long itemId : form.itemIds() == null ? List.<Long>of() : form.itemIds()) {
      items.add(framework.get(itemId));
    }
    indicator.measureItems(items);
  }

  /**
   * A formula that parses, names only indicators that exist, and does not lead back to the
   * indicator itself through other calculated indicators.
   */
  private Formula checkedFormula(Indicator indicator, String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    Formula formula;
    try {
      formula = Formula.parse(text);
    } catch (FormulaException e) {
      throw new RuleViolationException("formula", e.getMessage());
    }
    Map<String, Formula> calculated = new HashMap<>();
    for (String code : formula.references()) {
      Indicator input =
          indicators
              .findByCodeIgnoreCase(code)
              .orElseThrow(
                  () ->
                      new RuleViolationException(
                          "formula",
                          "The formula uses [" + code + "], but there is no such indicator."));
      if (input.isCalculated() && !input.equals(indicator)) {
        calculated.put(input.getCode().toUpperCase(), input.parsedFormula());
      }
    }
    indicators.findAll().stream()
        .filter(i -> i.isCalculated() && !i.equals(indicator))
        .forEach(i -> calculated.putIfAbsent(i.getCode().toUpperCase(), i.parsedFormula()));
    calculated.put(indicator.getCode().toUpperCase(), formula);
    new FormulaDependencies(calculated)
        .findCycle()
        .ifPresent(
            cycle -> {
              throw new RuleViolationException(
                  "formula",
                  "The formula would make "
                      + indicator.getCode()
                      + " depend on itself: "
                      + String.join(" → ", cycle)
                      + ".");
            });
    return formula;
  }

  private void requireUniqueCode(String code, Indicator self) {
    indicators
        .findByCodeIgnoreCase(code.trim())
        .filter(other -> !other.equals(self))
        .ifPresent(
            other -> {
              throw new RuleViolationException(
                  "code", "The code " + code.trim() + " is already used by " + other.label() + ".");
            });
  }
}
