package org.goldenthread.indicator.kept;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.goldenthread.indicator.Scorecard;
import org.goldenthread.period.Period;
import org.goldenthread.support.DemoUsers;
import org.goldenthread.support.FixtureCouncil;
import org.goldenthread.support.GoldenThreadTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

/** The scorecard paged, sorted and filtered by the database, and the same rows as CSV. */
@GoldenThreadTest
@Transactional
class ScorecardPagesTest {

  private static final Pattern ROW_LINK =
      Pattern.compile(
          "<td class=\"govuk-table__cell\"><a class=\"govuk-link\" href=\"/indicators/\\d+\">([^<]+)</a>");

  @Autowired MockMvc mvc;
  @Autowired DemoUsers users;
  @Autowired FixtureCouncil fixtures;
  @Autowired Scorecard scorecard;

  @Test
  void aPageHoldsFiftyRowsInCodeOrderAndTheNextPageTheRest() throws Exception {
    Period quarter = fixtures.dueQuarter();
    List<String> all =
        scorecard.card(quarter, Scorecard.Filter.NONE).lines().stream()
            .map(l -> l.indicator().label())
            .toList();
    assertThat(all).hasSizeGreaterThan(50);

    String first = html(get("/indicators").param("period", quarter.label()));
    assertThat(labels(first)).containsExactlyElementsOf(all.subList(0, 50));
    assertThat(first)
        .contains("Showing 1 to 50 of " + all.size())
        .contains("class=\"govuk-pagination\"")
        .contains("aria-current=\"page\"");

    String second = html(get("/indicators").param("period", quarter.label()).param("page", "2"));
    assertThat(labels(second))
        .containsExactlyElementsOf(all.subList(50, Math.min(100, all.size())));

    String every = html(get("/indicators").param("period", quarter.label()).param("size", "all"));
    assertThat(labels(every)).containsExactlyElementsOf(all);
    assertThat(every).doesNotContain("class=\"govuk-pagination\"");
  }

  @Test
  void aColumnHeadingSortsTheWholeScorecardBothWays() throws Exception {
    Period quarter = fixtures.dueQuarter();
    List<String> all =
        new ArrayList<>(
            scorecard.card(quarter, Scorecard.Filter.NONE).lines().stream()
                .map(l -> l.indicator().label())
                .toList());
    String page = html(get("/indicators").param("period", quarter.label()));
    assertThat(page).contains("aria-sort=\"ascending\"").contains("&amp;sort=code&amp;dir=desc\"");

    String descending =
        html(
            get("/indicators")
                .param("period", quarter.label())
                .param("sort", "code")
                .param("dir", "desc")
                .param("size", "all"));
    assertThat(descending).contains("aria-sort=\"descending\"");
    java.util.Collections.reverse(all);
    assertThat(labels(descending)).containsExactlyElementsOf(all);

    // Worst first: every red line before every amber one, every amber before any green.
    String byStatus =
        html(
            get("/indicators")
                .param("period", quarter.label())
                .param("sort", "status")
                .param("size", "all"));
    String statuses =
        byStatus.substring(byStatus.indexOf("<tbody"), byStatus.lastIndexOf("</tbody>"));
    int lastRed = statuses.lastIndexOf("govuk-tag--red");
    int firstGreen = statuses.indexOf("govuk-tag--green");
    assertThat(lastRed).isGreaterThan(-1);
    assertThat(firstGreen).isGreaterThan(lastRed);
  }

  @Test
  void theFiltersAndTheCsvChooseTheSameRows() throws Exception {
    FixtureCouncil.Council council = fixtures.create();
    Period quarter = fixtures.dueQuarter();
    fixtures.enter(council, quarter, "95");

    String page =
        html(
            get("/indicators")
                .param("period", quarter.label())
                .param("orgUnitId", council.service().getId().toString()));
    assertThat(labels(page)).containsExactly(council.indicator().label());
    assertThat(page).contains("/indicators/scorecard.csv?period=");

    String csv =
        new String(
            mvc.perform(
                    get("/indicators/scorecard.csv")
                        .param("period", quarter.label())
                        .param("orgUnitId", council.service().getId().toString())
                        .with(users.as("councillor")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray(),
            StandardCharsets.UTF_8);
    List<String> lines = csv.lines().toList();
    assertThat(lines).hasSize(2);
    assertThat(lines.get(0)).startsWith("\uFEFFCode,Indicator,Period,Actual,Target,Status");
    assertThat(lines.get(1))
        .startsWith(
            council.indicator().getCode()
                + ","
                + council.indicator().getTitle()
                + ","
                + quarter.label()
                + ",95,100,Amber,")
        .endsWith(council.service().getName());

    String amber =
        html(
            get("/indicators")
                .param("period", quarter.label())
                .param("status", "AMBER")
                .param("size", "all"));
    assertThat(labels(amber)).contains(council.indicator().label());
    String green =
        html(
            get("/indicators")
                .param("period", quarter.label())
                .param("status", "GREEN")
                .param("size", "all"));
    assertThat(labels(green)).doesNotContain(council.indicator().label());
  }

  @Test
  void aPartnerUsersCsvHoldsOnlyTheirPart() throws Exception {
    String csv =
        mvc.perform(get("/indicators/scorecard.csv").with(users.as("partner")))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    assertThat(csv).contains("CSP-01").doesNotContain("HR-01").doesNotContain("REV-01");
  }

  private String html(MockHttpServletRequestBuilder request) throws Exception {
    return mvc.perform(request.with(users.as("councillor")))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString(StandardCharsets.UTF_8);
  }

  private static List<String> labels(String html) {
    List<String> labels = new ArrayList<>();
    Matcher m = ROW_LINK.matcher(html);
    while (m.find()) {
      labels.add(org.springframework.web.util.HtmlUtils.htmlUnescape(m.group(1)));
    }
    return labels;
  }
}
