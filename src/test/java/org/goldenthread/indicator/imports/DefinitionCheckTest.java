package org.goldenthread.indicator.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.goldenthread.indicator.Aggregation;
import org.goldenthread.indicator.IndicatorForm;
import org.goldenthread.indicator.IndicatorType;
import org.goldenthread.indicator.Perspective;
import org.goldenthread.indicator.Polarity;
import org.goldenthread.indicator.Tolerance;
import org.goldenthread.indicator.Unit;
import org.goldenthread.period.PeriodType;
import org.goldenthread.spreadsheet.PersonFinder;
import org.goldenthread.spreadsheet.Problem;
import org.goldenthread.spreadsheet.SheetReader;
import org.junit.jupiter.api.Test;

class DefinitionCheckTest {

  private static final String HEAD =
      "code,title,description,unit,polarity,frequency,aggregation,cumulative,decimal_places,"
          + "tolerance,tolerance_type,type,responsible,accountable\n";

  private final IndicatorForm recorded =
      new IndicatorForm(
          "HR-01",
          "Sickness",
          "Days lost",
          "Why",
          IndicatorType.LOCAL,
          Unit.DAYS,
          Polarity.LOWER_IS_BETTER,
          PeriodType.QUARTER,
          Aggregation.SUM,
          true,
          "1",
          "5",
          Tolerance.Kind.PERCENT,
          "HR system",
          null,
          Perspective.values()[0],
          true,
          true,
          true,
          7L,
          null,
          11L,
          12L,
          List.of(20L),
          3L);

  private final DefinitionCheck check =
      new DefinitionCheck(
          Map.of("HR-01", new DefinitionCheck.Existing(99, recorded)),
          new PersonFinder(
              List.of(
                  new PersonFinder.KnownPerson(7, "Priya Shah", "priya.shah@example.gov.uk"),
                  new PersonFinder.KnownPerson(8, "Sam Jones", "sam@example.gov.uk"),
                  new PersonFinder.KnownPerson(9, "Sam Jones", "sam.j@example.gov.uk"))),
          Map.of("P1", 20L, "O3", 21L));

  private DefinitionCheck.Result check(String csv) {
    return check.check(
        new SheetReader(DefinitionColumns.LAYOUT.limits())
            .read(csv.getBytes(StandardCharsets.UTF_8)));
  }

  private static List<String> problems(DefinitionCheck.Result result) {
    return result.problems().stream()
        .map(p -> p.row() + "|" + p.column() + "|" + p.message())
        .toList();
  }

  @Test
  void readsEveryColumnWithTheWordsCouncilsUse() {
    var result =
        check(
            HEAD
                + "NI 192,Household waste recycled,,%,Higher,Quarterly,Average,Y,2,2.5,Absolute,"
                + "National,Priya Shah,SAM@example.gov.uk\n"
                + "BV-12,Working days lost,,days,lower,half-yearly,sum,1,,,,,,\n"
                + "F-1,Spend,,£,none,annual,last,false,0,,,partnership,,\n"
                + "R 1,Ratio,,ratio,higher,monthly,ratio,no,6,,,local,,\n");
    assertThat(problems(result)).isEmpty();
    IndicatorForm ni = result.rows().get(0).form();
    assertThat(ni.unit()).isEqualTo(Unit.PERCENT);
    assertThat(ni.polarity()).isEqualTo(Polarity.HIGHER_IS_BETTER);
    assertThat(ni.frequency()).isEqualTo(PeriodType.QUARTER);
    assertThat(ni.aggregation()).isEqualTo(Aggregation.AVERAGE);
    assertThat(ni.cumulative()).isTrue();
    assertThat(ni.decimalPlaces()).isEqualTo("2");
    assertThat(ni.toleranceAmount()).isEqualTo("2.5");
    assertThat(ni.toleranceKind()).isEqualTo(Tolerance.Kind.ABSOLUTE);
    assertThat(ni.type()).isEqualTo(IndicatorType.NATIONAL);
    assertThat(ni.responsibleId()).isEqualTo(7L);
    assertThat(ni.accountableId()).isEqualTo(8L);
    assertThat(result.rows().get(0).existingId()).isNull();
    IndicatorForm bv = result.rows().get(1).form();
    assertThat(bv.frequency()).isEqualTo(PeriodType.HALF_YEAR);
    assertThat(bv.cumulative()).isTrue();
    assertThat(bv.decimalPlaces()).isEqualTo("0");
    assertThat(bv.toleranceAmount()).isNull();
    assertThat(bv.type()).isEqualTo(IndicatorType.LOCAL);
    assertThat(result.rows().get(2).form().unit()).isEqualTo(Unit.MONEY);
    assertThat(result.rows().get(2).form().frequency()).isEqualTo(PeriodType.FINANCIAL_YEAR);
  }

  @Test
  void anExistingCodeUpdatesAndKeepsWhatTheFileLeavesOut() {
    var result =
        check(
            "code,title,unit,polarity,frequency,aggregation,framework_items\n"
                + "hr-01,Sickness absence,days,lower,quarterly,sum,O3;p1\n");
    assertThat(problems(result)).isEmpty();
    var row = result.rows().get(0);
    assertThat(row.existingId()).isEqualTo(99);
    assertThat(row.form().title()).isEqualTo("Sickness absence");
    assertThat(row.form().cumulative()).isTrue();
    assertThat(row.form().toleranceAmount()).isEqualTo("5");
    assertThat(row.form().responsibleId()).isEqualTo(7L);
    assertThat(row.form().portfolioId()).isEqualTo(11L);
    assertThat(row.form().itemIds()).containsExactly(21L, 20L);
    assertThat(row.form().version()).isEqualTo(3L);
  }

  @Test
  void everyWrongValueIsReportedWithItsRowAndColumn() {
    var result =
        check(
            HEAD
                + ",,,kg,up,weekly,median,maybe,7,-1,,global,Nobody Here,Sam Jones\n"
                + "OK-1,Fine,,number,higher,monthly,ratio,no,0,5,lots,,,\n");
    assertThat(result.rows()).isEmpty();
    assertThat(result.problems())
        .extracting(p -> p.row() + "|" + p.column())
        .containsExactly(
            "2|code",
            "2|title",
            "2|unit",
            "2|polarity",
            "2|frequency",
            "2|aggregation",
            "2|cumulative",
            "2|decimal_places",
            "2|tolerance",
            "2|tolerance_type",
            "2|type",
            "2|responsible",
            "2|accountable",
            "3|unit",
            "3|tolerance_type");
  }

  @Test
  void aToleranceNeedsItsType() {
    assertThat(problems(check(HEAD + "A1,T,,number,higher,monthly,sum,no,0,5,,,,\n")))
        .singleElement()
        .asString()
        .startsWith("2|tolerance_type|Say whether the tolerance of 5");
  }

  @Test
  void aToleranceTypeColumnLeftOutKeepsTheRecordedTypeAndATypeAloneKeepsTheAmount() {
    String head = "code,title,unit,polarity,frequency,aggregation,";
    var amount = check(head + "tolerance\nHR-01,Sickness,days,lower,quarterly,sum,8\n");
    assertThat(problems(amount)).isEmpty();
    assertThat(amount.rows().get(0).form().toleranceAmount()).isEqualTo("8");
    assertThat(amount.rows().get(0).form().toleranceKind()).isEqualTo(Tolerance.Kind.PERCENT);

    var kind = check(head + "tolerance_type\nHR-01,Sickness,days,lower,quarterly,sum,absolute\n");
    assertThat(problems(kind)).isEmpty();
    assertThat(kind.rows().get(0).form().toleranceAmount()).isEqualTo("5");
    assertThat(kind.rows().get(0).form().toleranceKind()).isEqualTo(Tolerance.Kind.ABSOLUTE);

    // A new indicator has no recorded type to keep.
    assertThat(problems(check(head + "tolerance\nHR-02,Turnover,%,lower,quarterly,sum,8\n")))
        .singleElement()
        .asString()
        .startsWith("2|tolerance_type|Say whether the tolerance of 8");
  }

  @Test
  void aCodeTwiceInTheFileIsReportedOnBothRows() {
    var result =
        check(
            HEAD
                + "A1,T,,number,higher,monthly,sum,no,0,,,,,\na1,T,,number,higher,monthly,sum,no,0,,,,,\n");
    assertThat(result.problems()).extracting(Problem::row).containsExactly(2, 3);
  }

  @Test
  void unknownFrameworkItemIsReported() {
    assertThat(
            problems(
                check(
                    "code,title,unit,polarity,frequency,aggregation,framework_items\n"
                        + "A1,T,number,higher,monthly,sum,P1;NOPE\n")))
        .singleElement()
        .asString()
        .startsWith("2|framework_items|No framework item has the code NOPE");
  }

  @Test
  void requiredColumnsMustBeThere() {
    assertThat(check("code,title\nA1,T\n").problems())
        .extracting(Problem::column)
        .containsExactly("unit", "polarity", "frequency", "aggregation");
  }
}
