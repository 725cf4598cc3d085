package org.goldenthread.indicator;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.goldenthread.period.PeriodType;

/** An indicator's definition as entered on its form or sent to the API. */
public record IndicatorForm(
    @NotBlank(message = "Enter the indicator's code, for example NI 192 or HR-01")
        @Pattern(
            regexp = "[A-Za-z0-9][A-Za-z0-9 /._-]{0,29}",
            message =
                "Code must be letters, numbers, spaces, dots, slashes and hyphens, up to 30 characters")
        String code,
    @NotBlank(message = "Enter the indicator's title")
        @Size(max = 300, message = "Title must be 300 characters or fewer")
        String title,
    @Size(max = 4000, message = "Definition must be 4,000 characters or fewer") String description,
    @Size(max = 4000, message = "Rationale must be 4,000 characters or fewer") String rationale,
    @NotNull(message = "Choose the type of indicator") IndicatorType type,
    @NotNull(message = "Choose the unit") Unit unit,
    @NotNull(message = "Choose whether higher or lower is better, or neither") Polarity polarity,
    @NotNull(message = "Choose how often it is collected") PeriodType frequency,
    @NotNull(message = "Choose how values combine over longer periods") Aggregation aggregation,
    Boolean cumulative,
    @Pattern(
            regexp = "^\\s*[0-6]?\\s*$",
            message = "Decimal places must be a whole number from 0 to 6")
        String decimalPlaces,
    @Pattern(
            regexp = "^\\s*$|^\\s*(\\d{1,13}(\\.\\d{0,6})?|\\.\\d{1,6})\\s*$",
            message = "Tolerance must be a number of 0 or more, like 5 or 2.5")
        String toleranceAmount,
    Tolerance.Kind toleranceKind,
    @Size(max = 300, message = "Data source must be 300 characters or fewer") String dataSource,
    @Size(max = 1000, message = "Formula must be 1,000 characters or fewer") String formula,
    Perspective perspective,
    Boolean corporateHealth,
    Boolean published,
    Boolean active,
    Long responsibleId,
    Long accountableId,
    Long portfolioId,
    Long orgUnitId,
    List<Long> itemIds,
    Long version) {

  public static IndicatorForm of(Indicator i) {
    Tolerance t = i.tolerance();
    return new IndicatorForm(
        i.getCode(),
        i.getTitle(),
        i.getDescription(),
        i.getRationale(),
        i.getType(),
        i.getUnit(),
        i.getPolarity(),
        i.getFrequency(),
        i.getAggregation(),
        i.isCumulative(),
        String.valueOf(i.getDecimalPlaces()),
        t == null ? null : Numbers.plain(t.amount()),
        t == null ? null : t.kind(),
        i.getDataSource(),
        i.getFormula(),
        i.getPerspective(),
        i.isCorporateHealth(),
        i.isPublished(),
        i.isActive(),
        i.getResponsible() == null ? null : i.getResponsible().getId(),
        i.getAccountable() == null ? null : i.getAccountable().getId(),
        i.getPortfolio() == null ? null : i.getPortfolio().getId(),
        i.getOrgUnit() == null ? null : i.getOrgUnit().getId(),
        i.getMeasures().stream().map(m -> m.getId()).toList(),
        i.getVersion());
  }

  public static IndicatorForm blank() {
    return new IndicatorForm(
        null,
        null,
        null,
        null,
        IndicatorType.LOCAL,
        Unit.NUMBER,
        Polarity.HIGHER_IS_BETTER,
        PeriodType.QUARTER,
        Aggregation.SUM,
        false,
        "0",
        null,
        null,
        null,
        null,
        null,
        false,
        false,
        true,
        null,
        null,
        null,
        null,
        List.of(),
        null);
  }

  public int places() {
    return decimalPlaces == null || decimalPlaces.isBlank()
        ? 0
        : Integer.parseInt(decimalPlaces.trim());
  }

  public IndicatorForm withVersion(long newVersion) {
    return new IndicatorForm(
        code,
        title,
        description,
        rationale,
        type,
        unit,
        polarity,
        frequency,
        aggregation,
        cumulative,
        decimalPlaces,
        toleranceAmount,
        toleranceKind,
        dataSource,
        formula,
        perspective,
        corporateHealth,
        published,
        active,
        responsibleId,
        accountableId,
        portfolioId,
        orgUnitId,
        itemIds,
        newVersion);
  }
}
