package org.goldenthread.period;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Reading period labels typed by officers or found in import files. */
class PeriodParseTest {

  @Test
  void readsEachKindOfLabel() {
    assertThat(Period.parse("2025/26")).isEqualTo(Period.year(2025));
    assertThat(Period.parse("2025/26 H1")).isEqualTo(Period.half(2025, 1));
    assertThat(Period.parse("2025/26 Q2")).isEqualTo(Period.quarter(2025, 2));
    assertThat(Period.parse("2025/26 M07")).isEqualTo(new Period(PeriodType.MONTH, 2025, 7));
    assertThat(Period.parse("2025/26 M12")).isEqualTo(new Period(PeriodType.MONTH, 2025, 12));
  }

  @Test
  void ignoresSurroundingSpacesAndTheCaseOfLetters() {
    assertThat(Period.parse("  2025/26 q2  ")).isEqualTo(Period.quarter(2025, 2));
    assertThat(Period.parse("2025/26 h2")).isEqualTo(Period.half(2025, 2));
    assertThat(Period.parse("\t2025/26 m01\n")).isEqualTo(new Period(PeriodType.MONTH, 2025, 1));
  }

  @Test
  void everyPeriodOfManyYearsReadsBackFromItsLabel() {
    int checked = 0;
    for (int year = 1998; year <= 2101; year++) {
      for (PeriodType type : PeriodType.values()) {
        for (int index = 1; index <= type.perYear(); index++) {
          Period period = new Period(type, year, index);
          String label = period.label();
          assertThat(Period.parse(label)).isEqualTo(period);
          assertThat(Period.parse(label.toLowerCase(Locale.ROOT))).isEqualTo(period);
          assertThat(Period.parse(" " + label + " ")).isEqualTo(period);
          checked++;
        }
      }
    }
    assertThat(checked).isEqualTo(104 * 19);
  }

  @Test
  void centuryLabelsReadBack() {
    assertThat(Period.parse("1999/00 M12")).isEqualTo(new Period(PeriodType.MONTH, 1999, 12));
    assertThat(Period.parse("2099/00")).isEqualTo(Period.year(2099));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2025/27",
        "2025/25",
        "2025/26 Q5",
        "2025/26 Q0",
        "2025/26 Q02",
        "2025/26 M13",
        "2025/26 M00",
        "2025/26 M7",
        "2025/26 M007",
        "2025/26 H3",
        "2025/26 H0",
        "2025/26 H01",
        "2025/26 Y1",
        "2025/26 Q",
        "2025/26 M",
        "2025/26Q2",
        "2025/26  Q2",
        "2025/26\tQ2",
        "2025/26 Q 2",
        "2025/26-Q2",
        "2025/26 Q2.",
        "2025/26 Q2 Q3",
        "Q2 2025/26",
        "2025-26 Q2",
        "2025/2026 Q2",
        "25/26 Q2",
        "2025 Q2",
        "2025/26 Quarter 2",
        "2025/26 October",
        "October 2025",
        "2025-10",
        "1999/2000",
        "0999/00",
        "9999/00",
        "２０２５/26",
        "2025/26 Q²",
        "Q2"
      })
  void refusesMalformedLabelsAndSaysWhatToWrite(String text) {
    assertThatThrownBy(() -> Period.parse(text))
        .isInstanceOf(PeriodFormatException.class)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "‘"
                + text.strip()
                + "’ is not a period. Use a label like 2025/26, 2025/26 H1, 2025/26 Q2 or"
                + " 2025/26 M07.")
        .extracting(e -> ((PeriodFormatException) e).input())
        .isEqualTo(text);
  }

  @Test
  void aOneDigitMonthIsRefusedBecauseLabelsAlwaysUseTwo() {
    assertThatThrownBy(() -> Period.parse("2025/26 M7")).hasMessageContaining("2025/26 M07");
  }

  @Test
  void aMissingLabelIsReportedAsMissing() {
    assertThatThrownBy(() -> Period.parse(""))
        .isInstanceOf(PeriodFormatException.class)
        .hasMessage(
            "No period was given. Use a label like 2025/26, 2025/26 H1, 2025/26 Q2 or 2025/26 M07.");
    assertThatThrownBy(() -> Period.parse("   ")).hasMessageStartingWith("No period was given.");
    assertThatThrownBy(() -> Period.parse(null)).hasMessageStartingWith("No period was given.");
  }
}
