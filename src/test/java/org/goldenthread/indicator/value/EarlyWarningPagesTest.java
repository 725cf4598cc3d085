package org.goldenthread.indicator.value;

import static org.goldenthread.shared.TestPeople.named;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import org.goldenthread.indicator.Indicator;
import org.goldenthread.indicator.IndicatorService;
import org.goldenthread.indicator.target.Targets;
import org.goldenthread.period.Period;
import org.goldenthread.support.DemoUsers;
import org.goldenthread.support.GoldenThreadTest;
import org.goldenthread.support.TestIndicators;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/**
 * The indicator page's "Outturn and early warning": the XmR chart drawn from twelve figures on,
 * with its marks and signals in words and its figures in a table; "not enough data" plainly below.
 */
@GoldenThreadTest
@Transactional
class EarlyWarningPagesTest {

  @Autowired MockMvc mvc;
  @Autowired DemoUsers users;
  @Autowired IndicatorService indicators;
  @Autowired DataEntry entry;
  @Autowired Targets targets;

  private Indicator quarterly() {
    return indicators.create(TestIndicators.quarterlyCount("EW", "Homes improved"));
  }

  /** Quarters from 2023/24 Q1 on, one value each; the last one is returned. */
  private Period enter(Indicator indicator, int... figures) {
    Period p = Period.parse("2023/24 Q1");
    Period last = p;
    for (int figure : figures) {
      entry.enter(
          indicator,
          p,
          new ValueForm(String.valueOf(figure), null, null, "c", "r", null, null),
          named("admin"),
          false);
      last = p;
      p = p.next();
    }
    return last;
  }

  @Test
  void thirteenQuartersGiveTheChartItsMarksAndSignalsInWordsAndATable() throws Exception {
    Indicator indicator = quarterly();
    Period latest = enter(indicator, 10, 10, 10, 10, 10, 10, 30, 30, 30, 30, 30, 30, 30);
    targets.set(indicator, latest, new BigDecimal("20"), named("admin"));

    mvc.perform(get("/indicators/" + indicator.getId()).with(users.as("councillor")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Statistical signals (XmR chart)")))
        .andExpect(content().string(containsString("class=\"gt-chart gt-xmr\"")))
        .andExpect(content().string(containsString("gt-xmr__limit")))
        .andExpect(content().string(containsString("gt-xmr__signal-point")))
        .andExpect(content().string(containsString("Special cause: improving")))
        .andExpect(content().string(containsString("Hit and miss")))
        .andExpect(content().string(containsString("7 points in a row above the average")))
        .andExpect(content().string(containsString("upper process limit")))
        .andExpect(content().string(containsString("id=\"xmr-table\"")))
        .andExpect(content().string(containsString("Outside the limits")))
        .andExpect(content().string(not(containsString("Not enough data."))))
        // No annual target for this year: the outlook is not judged, and says why.
        .andExpect(content().string(containsString("Not judged")))
        .andExpect(content().string(containsString("No annual target set")));
  }

  @Test
  void fewerThanTwelveFiguresSayNotEnoughDataPlainly() throws Exception {
    Indicator indicator = quarterly();
    enter(indicator, 10, 12, 11, 13, 10);

    mvc.perform(get("/indicators/" + indicator.getId()).with(users.as("councillor")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Not enough data.")))
        .andExpect(content().string(containsString("Only 5 values so far")))
        .andExpect(content().string(not(containsString("gt-xmr__limit\""))))
        .andExpect(content().string(containsString("class=\"gt-chart gt-xmr\"")));
  }
}
