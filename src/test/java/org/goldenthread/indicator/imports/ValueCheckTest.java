package org.goldenthread.indicator.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.goldenthread.indicator.Aggregation;
import org.goldenthread.period.Period;
import org.goldenthread.period.PeriodType;
import org.goldenthread.spreadsheet.Problem;
import org.goldenthread.spreadsheet.SheetReader;
import org.goldenthread.spreadsheet.Table;
import org.junit.jupiter.api.Test;

class ValueCheckTest {

  private final ValueCheck check =
      new ValueCheck(
          List.of(
              new ValueCheck.Facts(1, "BIN-01", PeriodType.MONTH, Aggregation.SUM, false),
              new ValueCheck.Facts(2, "RB 03", PeriodType.QUARTER, Aggregation.RATIO, false),
              new ValueCheck.Facts(3, "CALC-1", PeriodType.QUARTER, Aggregation.SUM, true)),
          LocalDate.of(2026, 1, 15));

  private static Table table(String csv) {
    return new SheetReader(ValueColumns.LAYOUT.limits()).read(csv.getBytes(StandardCharsets.UTF_8));
  }

  private ValueCheck.Result check(String csv) {
    return check.check(table(csv), done -> {});
  }

  private static String problem(ValueCheck.Result result) {
    assertThat(result.problems()).hasSize(1);
    Problem p = result.problems().get(0);
    return p.row() + "|" + p.column() + "|" + p.message();
  }

  @Test
  void readsValuesTargetsAndRatiosInAnyColumnOrderAndCase() {
    var result =
        check(
            "Period,CODE,Actual,Target,Numerator,Denominator,Commentary,Remedial action\n"
                + "2025/26 M07,bin-01,\"1,250.5\",1200,,,Good month,\n"
                + "2025/26 Q2,RB 03,,90,45,50,,\n"
                + "2025/26 Q3,RB 03,88.5%,,,,,\n"
                + "2025/26,BIN-01,,14000,,,,\n"
                + "2025/26 Q3,CALC-1,,50,,,,\n");
    assertThat(result.problems()).isEmpty();
    assertThat(result.rows()).hasSize(5);
    var first = result.rows().get(0);
    assertThat(first.row()).isEqualTo(2);
    assertThat(first.indicatorId()).isEqualTo(1);
    assertThat(first.period()).isEqualTo(Period.parse("2025/26 M07"));
    assertThat(first.measurement().value()).isEqualByComparingTo("1250.5");
    assertThat(first.target()).isEqualByComparingTo("1200");
    assertThat(first.commentary()).isEqualTo("Good month");
    assertThat(result.rows().get(1).measurement().hasParts()).isTrue();
    assertThat(result.rows().get(2).measurement().value()).isEqualByComparingTo("88.5");
    assertThat(result.rows().get(3).measurement()).isNull();
    assertThat(result.rows().get(3).target()).isEqualByComparingTo("14000");
  }

  @Test
  void valueForAPeriodThatIsNotTheIndicatorsFrequencyIsRefused() {
    assertThat(problem(check("code,period,actual\nBIN-01,2025/26 Q1,5\n")))
        .startsWith("2|period|BIN-01 is collected by month");
  }

  @Test
  void targetForAShorterPeriodThanTheFrequencyIsRefused() {
    assertThat(problem(check("code,period,target\nRB 03,2025/26 M01,5\n")))
        .startsWith("2|period|RB 03 is collected by quarter, so it has no target");
  }

  @Test
  void unknownCodeIsRefused() {
    assertThat(problem(check("code,period,actual\nNOPE,2025/26 M01,5\n")))
        .startsWith("2|code|No indicator has the code NOPE");
  }

  @Test
  void malformedPeriodIsRefused() {
    assertThat(problem(check("code,period,actual\nBIN-01,2025/26 M7,5\n"))).startsWith("2|period|");
  }

  @Test
  void moreThanSixDecimalPlacesOrThirteenDigitsIsRefused() {
    assertThat(problem(check("code,period,actual\nBIN-01,2025/26 M01,1.1234567\n")))
        .contains("more than 6 decimal places");
    assertThat(problem(check("code,period,actual\nBIN-01,2025/26 M01,12345678901234\n")))
        .contains("more than 13 digits");
    assertThat(check("code,period,actual\nBIN-01,2025/26 M01,-1234567890123.123456\n").problems())
        .isEmpty();
  }

  @Test
  void wordsAreNotNumbers() {
    assertThat(problem(check("code,period,actual\nBIN-01,2025/26 M01,n/a\n")))
        .startsWith("2|actual|\"n/a\" is not a number");
  }

  @Test
  void ratioNeedsBothPartsAndANonZeroDenominator() {
    assertThat(problem(check("code,period,numerator\nRB 03,2025/26 Q1,4\n")))
        .startsWith("2|denominator|Enter both");
    assertThat(problem(check("code,period,numerator,denominator\nRB 03,2025/26 Q1,4,0\n")))
        .startsWith("2|denominator|The denominator cannot be zero");
  }

  @Test
  void numeratorForAnIndicatorThatIsNotARatioIsRefused() {
    assertThat(problem(check("code,period,numerator,denominator\nBIN-01,2025/26 M01,4,5\n")))
        .startsWith("2|numerator|BIN-01 is not a ratio indicator");
  }

  @Test
  void duplicateIndicatorAndPeriodIsRefused() {
    assertThat(problem(check("code,period,actual\nBIN-01,2025/26 M01,4\nbin-01,2025/26 M01 ,5\n")))
        .startsWith("3|period|Row 2 is also for bin-01 2025/26 M01");
  }

  @Test
  void rowWithNothingToRecordIsRefused() {
    assertThat(problem(check("code,period,actual,target\nBIN-01,2025/26 M01,,\n")))
        .startsWith("2|actual|The row has no value and no target");
  }

  @Test
  void valuesOfCalculatedIndicatorsAndFuturePeriodsAreRefused() {
    assertThat(problem(check("code,period,actual\nCALC-1,2025/26 Q1,4\n")))
        .contains("calculated from its formula");
    assertThat(problem(check("code,period,actual\nBIN-01,2025/26 M11,4\n")))
        .startsWith("2|period|2025/26 M11 has not started yet");
  }

  @Test
  void everyProblemIsReportedWithItsRowAndNothingIsToBeSaved() {
    var result =
        check(
            "code,period,actual\n"
                + "BIN-01,2025/26 M01,4\n"
                + "\n"
                + "NOPE,2025/26 M01,4\n"
                + "BIN-01,2025/26 M02,lots\n");
    assertThat(result.rows()).isEmpty();
    assertThat(result.problems()).extracting(Problem::row).containsExactly(4, 5);
  }

  @Test
  void missingOrUnknownHeadingsAreReportedOnTheHeadingRow() {
    var result = check("code,actuals\nBIN-01,4\n");
    assertThat(result.problems())
        .extracting(p -> p.row() + "|" + p.column())
        .containsExactly("1|actuals", "1|period");
    assertThat(check("").problems().get(0).message()).startsWith("The file is empty");
  }

  @Test
  void checkedRowsAreCountedForTheProgressPage() {
    int[] last = {0};
    check.check(
        table("code,period,actual\nBIN-01,2025/26 M01,4\nBIN-01,2025/26 M02,5\n"),
        done -> last[0] = done);
    assertThat(last[0]).isEqualTo(2);
  }

  @Test
  void readsAForecastAndItsBasisAndNamesEveryBadForecastWithItsRow() {
    var read =
        check(
            "code,period,actual,forecast,forecast_basis\n"
                + "BIN-01,2025/26 M07,1250,15000,Trend so far\n"
                + "BIN-01,2025/26 M08,1300,,\n");
    assertThat(read.problems()).isEmpty();
    assertThat(read.rows().get(0).forecast()).isEqualByComparingTo("15000");
    assertThat(read.rows().get(0).forecastBasis()).isEqualTo("Trend so far");
    assertThat(read.rows().get(0).forecastGiven()).isTrue();
    // An empty cell in a column the file has removes the forecast; no column keeps the recorded.
    assertThat(read.rows().get(1).forecastOver(new java.math.BigDecimal("9"))).isNull();
    var noColumn = check("code,period,actual\nBIN-01,2025/26 M07,1250\n");
    assertThat(noColumn.rows().get(0).forecastOver(new java.math.BigDecimal("9")))
        .isEqualByComparingTo("9");
    assertThat(noColumn.rows().get(0).forecastBasisOver(new java.math.BigDecimal("9"), "Kept"))
        .isEqualTo("Kept");

    var bad =
        check(
            "code,period,actual,forecast\n"
                + "BIN-01,2025/26 M07,1250,lots\n"
                + "BIN-01,2025/26 M08,1300,15000\n"
                + "BIN-01,2025/26 M09,1300,1.2.3\n");
    assertThat(bad.rows()).isEmpty();
    assertThat(bad.problems())
        .extracting(p -> p.row() + "|" + p.column())
        .containsExactly("2|forecast", "4|forecast");
    assertThat(bad.problems().get(0).message()).contains("year-end forecast");
  }

  @Test
  void aForecastNeedsAValueAndABasisNeedsAForecast() {
    assertThat(problem(check("code,period,target,forecast\nBIN-01,2025/26 M07,1200,15000\n")))
        .startsWith("2|forecast|A year-end forecast goes with a value");
    assertThat(
            problem(
                check(
                    "code,period,actual,forecast,forecast_basis\n"
                        + "BIN-01,2025/26 M07,1250,,Trend so far\n")))
        .startsWith("2|forecast_basis|The row gives the basis of a forecast but no forecast");
  }
}
