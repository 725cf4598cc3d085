package org.goldenthread.indicator.web;

import java.math.BigDecimal;
import java.util.List;
import org.goldenthread.indicator.Aggregation;
import org.goldenthread.indicator.Indicator;
import org.goldenthread.indicator.IndicatorType;
import org.goldenthread.indicator.Polarity;
import org.goldenthread.indicator.Tolerance;
import org.goldenthread.indicator.Unit;
import org.goldenthread.period.PeriodType;

record IndicatorView(
    long id,
    String code,
    String title,
    String description,
    IndicatorType type,
    Unit unit,
    Polarity polarity,
    PeriodType frequency,
    Aggregation aggregation,
    boolean cumulative,
    int decimalPlaces,
    BigDecimal tolerance,
    Tolerance.Kind toleranceKind,
    String formula,
    Long responsibleId,
    Long accountableId,
    List<String> measures,
    Long dataProviderId,
    String dataProvider,
    long version) {

  static IndicatorView of(Indicator i) {
    Tolerance t = i.tolerance();
    return new IndicatorView(
        i.getId(),
        i.getCode(),
        i.getTitle(),
        i.getDescription(),
        i.getType(),
        i.getUnit(),
        i.getPolarity(),
        i.getFrequency(),
        i.getAggregation(),
        i.isCumulative(),
        i.getDecimalPlaces(),
        t == null ? null : t.amount(),
        t == null ? null : t.kind(),
        i.getFormula(),
        i.getResponsible() == null ? null : i.getResponsible().getId(),
        i.getAccountable() == null ? null : i.getAccountable().getId(),
        i.getMeasures().stream().map(m -> m.getCode()).toList(),
        i.getDataProvider() == null ? null : i.getDataProvider().getId(),
        i.getDataProvider() == null ? null : i.getDataProvider().getName(),
        i.getVersion());
  }
}
