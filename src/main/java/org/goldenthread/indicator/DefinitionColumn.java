package org.goldenthread.indicator;

import org.goldenthread.framework.FileColumn;

/** The columns of an indicator definitions file. */
enum DefinitionColumn implements FileColumn {
  CODE(
      "code",
      true,
      "The indicator's code, for example NI 192 or HR-01. A code already recorded updates that"
          + " indicator; a new code adds one."),
  TITLE("title", true, "The indicator's name, up to 300 characters."),
  DESCRIPTION("description", false, "What is measured and how, up to 4,000 characters."),
  UNIT("unit", true, "%, number, count, days, £ or ratio."),
  POLARITY("polarity", true, "higher, lower or none (data only: no status is given)."),
  FREQUENCY(
      "frequency",
      true,
      "How often values are collected: monthly, quarterly, half-yearly or annual."),
  AGGREGATION(
      "aggregation",
      true,
      "How values combine over longer periods: sum, average, last, min, max or ratio (the summed"
          + " numerators over the summed denominators)."),
  CUMULATIVE(
      "cumulative",
      false,
      "yes if the indicator is judged year to date, no if on each period's value. Empty means no."),
  DECIMAL_PLACES("decimal_places", false, "A whole number from 0 to 6. Empty means 0."),
  TOLERANCE(
      "tolerance",
      false,
      "How far a value may miss its target and still be amber, like 5 or 2.5. Empty means the"
          + " council's default."),
  TOLERANCE_TYPE(
      "tolerance_type", false, "percent (of the target) or absolute (in the indicator's unit)."),
  TYPE("type", false, "national, partnership or local. Empty means local."),
  RESPONSIBLE(
      "responsible",
      false,
      "The email address or full name of the person responsible, as recorded under People."),
  ACCOUNTABLE(
      "accountable",
      false,
      "The email address or full name of the person accountable, as recorded under People."),
  FORMULA(
      "formula",
      false,
      "For a calculated indicator, its formula over other indicators, like 100 * [RB-02] /"
          + " [RB-01]."),
  DATA_SOURCE("data_source", false, "Where the figures come from, up to 300 characters."),
  FRAMEWORK_ITEMS(
      "framework_items",
      false,
      "The codes of the framework items the indicator measures, separated by semicolons, like"
          + " P1;O3.");

  private final String heading;
  private final boolean required;
  private final String guidance;

  DefinitionColumn(String heading, boolean required, String guidance) {
    this.heading = heading;
    this.required = required;
    this.guidance = guidance;
  }

  @Override
  public String heading() {
    return heading;
  }

  @Override
  public boolean required() {
    return required;
  }

  @Override
  public String guidance() {
    return guidance;
  }
}
