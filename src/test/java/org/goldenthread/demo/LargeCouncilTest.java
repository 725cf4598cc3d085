package org.goldenthread.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.goldenthread.period.Period;
import org.junit.jupiter.api.Test;

class LargeCouncilTest {

  private static List<String> lines(byte[] csv) {
    return new String(csv, StandardCharsets.UTF_8).lines().toList();
  }

  @Test
  void definitionsTakeTheFourKindsInTurnWithTheirPeople() {
    List<String> rows =
        lines(
            LargeCouncil.definitions(
                4, i -> new LargeCouncil.Assigned("o" + i + "@x.gov.uk", "m@x.gov.uk")));
    assertThat(rows).hasSize(5);
    assertThat(rows.get(0)).endsWith(",type,responsible,accountable");
    assertThat(rows.get(1))
        .isEqualTo(
            "BM-00001,Done on time 1,,percent,higher,monthly,ratio,no,1,2,absolute,national,"
                + "o1@x.gov.uk,m@x.gov.uk");
    assertThat(rows.get(4))
        .isEqualTo(
            "BM-00004,Cases closed 4,,number,higher,monthly,sum,yes,0,5,percent,local,"
                + "o4@x.gov.uk,m@x.gov.uk");
    assertThat(lines(LargeCouncil.definitions(1)).get(1)).endsWith(",national,,");
  }

  @Test
  void valuesCutAtAMonthKeepTheFiguresTheWholeFileHas() {
    List<String> whole = lines(LargeCouncil.values(3, 2024, 2025));
    Period lastMonth = Period.parse("2025/26 M03");
    List<String> cut = lines(LargeCouncil.values(3, 2024, 2025, lastMonth));
    assertThat(whole).hasSize(1 + 3 * 24);
    // Each indicator loses the nine months after June 2025.
    assertThat(cut).hasSize(1 + 3 * 15);
    assertThat(whole).containsAll(cut);
    assertThat(cut).noneMatch(line -> line.contains("2025/26 M04"));
    assertThat(cut).anyMatch(line -> line.startsWith("BM-00003,2025/26 M03,"));
  }
}
