package org.goldenthread.indicator;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.goldenthread.framework.FrameworkItem;
import org.goldenthread.indicator.calc.IndicatorRules;
import org.goldenthread.indicator.formula.Formula;
import org.goldenthread.organisation.OrgUnit;
import org.goldenthread.organisation.Organisation;
import org.goldenthread.organisation.Person;
import org.goldenthread.organisation.governance.Portfolio;
import org.goldenthread.period.PeriodType;
import org.goldenthread.shared.BaseEntity;
import org.goldenthread.shared.Responsibility;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.type.SqlTypes;

/** An indicator's definition (SPEC §4): what is measured, how, by whom, and what it serves. */
@Entity
@Audited
public class Indicator extends BaseEntity {

  @Column(nullable = false, length = 30, unique = true)
  private String code;

  @Column(nullable = false, length = 300)
  private String title;

  @Column(length = 4000)
  private String description;

  @Column(length = 4000)
  private String rationale;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(nullable = false, length = 20)
  private IndicatorType type = IndicatorType.LOCAL;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(nullable = false, length = 20)
  private Unit unit = Unit.NUMBER;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(nullable = false, length = 20)
  private Polarity polarity = Polarity.HIGHER_IS_BETTER;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(nullable = false, length = 20)
  private PeriodType frequency = PeriodType.QUARTER;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(nullable = false, length = 20)
  private Aggregation aggregation = Aggregation.SUM;

  @Column(nullable = false)
  private boolean cumulative;

  @Column(nullable = false)
  private int decimalPlaces;

  @Column(precision = 19, scale = 6)
  private BigDecimal toleranceAmount;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(length = 20)
  private Tolerance.Kind toleranceKind;

  @Column(length = 300)
  private String dataSource;

  @Column(length = 1000)
  private String formula;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(length = 20)
  private Perspective perspective;

  @Column(nullable = false)
  private boolean corporateHealth;

  @Column(nullable = false)
  private boolean published;

  @Column(nullable = false)
  private boolean active = true;

  @ManyToOne(fetch = FetchType.LAZY)
  private Person responsible;

  @ManyToOne(fetch = FetchType.LAZY)
  private Person accountable;

  @ManyToOne(fetch = FetchType.LAZY)
  private Portfolio portfolio;

  @ManyToOne(fetch = FetchType.LAZY)
  private OrgUnit orgUnit;

  /** A partner organisation whose users enter and submit the figures; null for the council. */
  @ManyToOne(fetch = FetchType.LAZY)
  private Organisation dataProvider;

  @ManyToMany
  @JoinTable(
      name = "indicator_item",
      joinColumns = @JoinColumn(name = "indicator_id"),
      inverseJoinColumns = @JoinColumn(name = "item_id"))
  private Set<FrameworkItem> measures = new LinkedHashSet<>();

  protected Indicator() {}

  public Indicator(String code, String title) {
    this.code = code;
    this.title = title;
  }

  public void describe(
      String code, String title, String description, String rationale, IndicatorType type) {
    this.code = code;
    this.title = title;
    this.description = description;
    this.rationale = rationale;
    this.type = type;
  }

  /** How the indicator is measured and judged. */
  public void measure(
      Unit unit,
      Polarity polarity,
      PeriodType frequency,
      Aggregation aggregation,
      boolean cumulative,
      int decimalPlaces,
      Tolerance tolerance) {
    this.unit = unit;
    this.polarity = polarity;
    this.frequency = frequency;
    this.aggregation = aggregation;
    this.cumulative = cumulative;
    this.decimalPlaces = decimalPlaces;
    this.toleranceAmount = tolerance == null ? null : tolerance.amount();
    this.toleranceKind = tolerance == null ? null : tolerance.kind();
  }

  /**
   * Collects the indicator at another frequency from now on (a clinic's more frequent monitoring):
   * the values already recorded keep their own, longer periods and still count.
   */
  public void collectEvery(PeriodType frequency) {
    this.frequency = frequency;
  }

  public void assign(Person responsible, Person accountable, Portfolio portfolio, OrgUnit unit) {
    this.responsible = responsible;
    this.accountable = accountable;
    this.portfolio = portfolio;
    this.orgUnit = unit;
  }

  public void provideDataBy(Organisation partner) {
    this.dataProvider = partner;
  }

  public Organisation getDataProvider() {
    return dataProvider;
  }

  public void classify(
      String dataSource,
      Perspective perspective,
      boolean corporateHealth,
      boolean published,
      boolean active) {
    this.dataSource = dataSource;
    this.perspective = perspective;
    this.corporateHealth = corporateHealth;
    this.published = published;
    this.active = active;
  }

  /** Makes this a calculated indicator (a checked formula), or an entered one (null). */
  public void calculateBy(Formula formula) {
    this.formula = formula == null ? null : formula.canonical();
  }

  public void measureItems(Set<FrameworkItem> items) {
    measures.retainAll(items);
    measures.addAll(items);
  }

  /** The rules the calculations follow, with the council's default tolerance if none is set. */
  public IndicatorRules rules(Tolerance councilDefault) {
    return new IndicatorRules(
        frequency,
        aggregation,
        cumulative,
        polarity,
        tolerance() == null ? councilDefault : tolerance(),
        decimalPlaces,
        unit.ratioMultiplier());
  }

  /** The indicator's own tolerance, or null to use the council's default. */
  public Tolerance tolerance() {
    return toleranceAmount == null || toleranceKind == null
        ? null
        : new Tolerance(toleranceAmount, toleranceKind);
  }

  public Formula parsedFormula() {
    return formula == null ? null : Formula.parse(formula);
  }

  public boolean isCalculated() {
    return formula != null;
  }

  public Responsibility responsibility() {
    return new Responsibility(
        responsible == null ? null : responsible.getId(),
        accountable == null ? null : accountable.getId(),
        orgUnit == null ? null : orgUnit.getId());
  }

  @Override
  public String label() {
    return code + " " + title;
  }

  public String getCode() {
    return code;
  }

  public String getTitle() {
    return title;
  }

  public String getDescription() {
    return description;
  }

  public String getRationale() {
    return rationale;
  }

  public IndicatorType getType() {
    return type;
  }

  public Unit getUnit() {
    return unit;
  }

  public Polarity getPolarity() {
    return polarity;
  }

  public PeriodType getFrequency() {
    return frequency;
  }

  public Aggregation getAggregation() {
    return aggregation;
  }

  public boolean isCumulative() {
    return cumulative;
  }

  public int getDecimalPlaces() {
    return decimalPlaces;
  }

  public String getDataSource() {
    return dataSource;
  }

  public String getFormula() {
    return formula;
  }

  public Perspective getPerspective() {
    return perspective;
  }

  public boolean isCorporateHealth() {
    return corporateHealth;
  }

  public boolean isPublished() {
    return published;
  }

  public boolean isActive() {
    return active;
  }

  public Person getResponsible() {
    return responsible;
  }

  public Person getAccountable() {
    return accountable;
  }

  public Portfolio getPortfolio() {
    return portfolio;
  }

  public OrgUnit getOrgUnit() {
    return orgUnit;
  }

  public List<FrameworkItem> getMeasures() {
    return measures.stream().sorted(Comparator.comparing(FrameworkItem::getCode)).toList();
  }
}
