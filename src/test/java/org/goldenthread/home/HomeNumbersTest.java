package org.goldenthread.home;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.goldenthread.support.DemoUsers;
import org.goldenthread.support.FixtureCouncil;
import org.goldenthread.support.GoldenThreadTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Each role's home page opens with numbers, and each number is the length of the list it links to:
 * counted again here by following the link and reading that page.
 */
@GoldenThreadTest
class HomeNumbersTest {

  @Autowired MockMvc mvc;
  @Autowired DemoUsers demo;
  @Autowired FixtureCouncil fixtures;
  @Autowired UserDetailsService accounts;

  /** One of the home page's numbers: the count, its words and where it links. */
  record Number(int count, String words, String link) {}

  private static final Pattern NUMBER =
      Pattern.compile(
          "<a class=\"govuk-link gt-number__link\" href=\"([^\"]*)\"><span class=\"gt-number__count\">(\\d+)</span>"
              + " <span class=\"gt-number__words\">(?:<span aria-hidden=\"true\">[^<]*</span>)?<span>([^<]*)</span>");

  private String page(RequestPostProcessor who, String address) throws Exception {
    return mvc.perform(get(URI.create(address)).with(who))
        .andReturn()
        .getResponse()
        .getContentAsString();
  }

  private static List<Number> numbers(String html) {
    List<Number> found = new ArrayList<>();
    Matcher m = NUMBER.matcher(html);
    while (m.find()) {
      found.add(
          new Number(Integer.parseInt(m.group(2)), m.group(3), m.group(1).replace("&amp;", "&")));
    }
    return found;
  }

  private static Number first(List<Number> numbers, String words) {
    return numbers.stream()
        .filter(n -> n.words().equals(words))
        .findFirst()
        .orElseThrow(() -> new AssertionError("No number reads \"" + words + "\" in " + numbers));
  }

  private static int read(String html, String regex) {
    Matcher m = Pattern.compile(regex).matcher(html);
    assertThat(m.find()).as("the page shows %s", regex).isTrue();
    return Integer.parseInt(m.group(1));
  }

  @Test
  void aDirectorsStatusCountsAreTheScorecardsOfTheirDirectorate() throws Exception {
    RequestPostProcessor director = demo.as("director");
    List<Number> numbers = numbers(page(director, "/"));
    int sum = 0;
    for (String status : List.of("Green", "Amber", "Red", "No data", "Data only")) {
      Number n = first(numbers, status);
      assertThat(n.link()).contains("status=").contains("orgUnitId=");
      String scorecard = page(director, n.link());
      assertThat(read(scorecard, "2026/27 Q2: (\\d+) indicators?<"))
          .as("%s indicators on the scorecard it links to", status)
          .isEqualTo(n.count());
      sum += n.count();
    }
    String home = page(director, "/");
    assertThat(read(home, ">(\\d+) indicators by status<")).isEqualTo(sum);
    assertThat(first(numbers, "Red").count()).isPositive();

    Number atRisk = first(numbers, "annual targets at risk");
    assertThat(
            read(page(director, atRisk.link()), "id=\"targets-at-risk\">(\\d+) targets? at risk"))
        .isEqualTo(atRisk.count());
  }

  @Test
  void aDirectorsLateReturnsAndInterventionsAreTheListsTheyLinkTo() throws Exception {
    RequestPostProcessor director = demo.as("director");
    List<Number> numbers = numbers(page(director, "/"));
    Number late = first(numbers, "late");
    assertThat(late.link()).startsWith("/returns?directorate=");
    assertThat(read(page(director, late.link()), "id=\"late-count\">(\\d+)<"))
        .isEqualTo(late.count());
    Number due = first(numbers, "returns due");
    assertThat(read(page(director, due.link()), ">(\\d+) returns? (?:is|are) due in "))
        .isEqualTo(due.count());

    List<Number> levels =
        numbers.stream().filter(n -> n.link().startsWith("/interventions?")).toList();
    assertThat(levels).isNotEmpty();
    int open = 0;
    for (Number level : levels) {
      assertThat(read(page(director, level.link()), ">(\\d+) interventions?<"))
          .as(level.words())
          .isEqualTo(level.count());
      open += level.count();
    }
    assertThat(read(page(director, "/"), ">(\\d+) open interventions?<")).isEqualTo(open);
  }

  @Test
  void theCouncilsReturnsAreTheLateReturnsPagesByDirectorate() throws Exception {
    RequestPostProcessor admin = demo.as("admin");
    String home = page(admin, "/");
    List<Number> numbers = numbers(home);
    assertThat(first(numbers, "returns due").count())
        .isEqualTo(read(page(admin, "/returns"), ">(\\d+) returns? (?:is|are) due in "));
    assertThat(first(numbers, "returns are late").count())
        .isEqualTo(read(page(admin, "/returns"), "id=\"late-count\">(\\d+)<"));
    assertThat(home).contains("the deadline was 14 October 2026 (49 days ago)");

    Matcher row =
        Pattern.compile(
                "href=\"/returns\\?directorate=(\\d+)\">([^<]+)</a>.*?"
                    + "<td[^>]*>(\\d+)</td>.*?</tr>",
                Pattern.DOTALL)
            .matcher(home);
    int rows = 0;
    int due = 0;
    while (row.find()) {
      String list = page(admin, "/returns?directorate=" + row.group(1));
      assertThat(read(list, ">(\\d+) returns? (?:is|are) due in "))
          .as("returns due in %s", row.group(2))
          .isEqualTo(Integer.parseInt(row.group(3)));
      due += Integer.parseInt(row.group(3));
      rows++;
    }
    assertThat(rows).isGreaterThanOrEqualTo(4);
    assertThat(read(home, "The whole council</th>\\s*<td[^>]*>(\\d+)</td>"))
        .isGreaterThanOrEqualTo(due);

    Number overdue = first(numbers, "interventions have a step overdue");
    assertThat(read(page(admin, overdue.link()), ", (\\d+) overdue<")).isEqualTo(overdue.count());
  }

  @Test
  void anOfficersReturnIsCountedLateWithItsDeadlineUntilItIsSent() throws Exception {
    FixtureCouncil.Council council = fixtures.create();
    RequestPostProcessor officer = user(accounts.loadUserByUsername(council.officerUsername()));
    RequestPostProcessor manager = user(accounts.loadUserByUsername(council.managerUsername()));

    String before = page(officer, "/");
    List<Number> numbers = numbers(before);
    assertThat(first(numbers, "return still to send, of 1 due").count()).isEqualTo(1);
    assertThat(first(numbers, "late").count()).isEqualTo(1);
    assertThat(first(numbers, "waiting for verification").count()).isZero();
    // The second quarter's deadline, the tenth working day of October, was 49 days before today.
    assertThat(before).contains("due 14 October 2026 (49 days late), not started");

    fixtures.enter(council, fixtures.dueQuarter(), "120");

    String after = page(officer, "/");
    assertThat(numbers(after)).isEmpty();
    assertThat(after)
        .contains(
            "The return due from you in the open reporting period has gone for verification.");
    String theirs = page(manager, "/");
    List<Number> managers = numbers(theirs);
    assertThat(first(managers, "value waits for your verification").count()).isEqualTo(1);
    assertThat(first(managers, "returns late in your units").count()).isZero();
    assertThat(theirs)
        .containsPattern(
            ">"
                + Pattern.quote(council.service().getName())
                + "</a></th>\\s*"
                + "<td[^>]*>1</td>\\s*<td[^>]*>0</td>");
  }

  @Test
  void eachInterventionWaitingOnAPersonsHomeAsksThemToActOnItsPage() throws Exception {
    Pattern listed = Pattern.compile("href=\"(/interventions/\\d+)\">");
    int seen = 0;
    for (String username : List.of("officer", "manager", "director")) {
      RequestPostProcessor who = demo.as(username);
      String home = page(who, "/");
      int start = home.indexOf("id=\"interventions-waiting\"");
      if (start < 0) {
        continue;
      }
      String section = home.substring(start, home.indexOf("</section>", start));
      Matcher m = listed.matcher(section);
      int count = 0;
      while (m.find()) {
        String intervention = page(who, m.group(1));
        assertThat(intervention)
            .as("%s on %s", username, m.group(1))
            .containsAnyOf(
                "Propose a remedial plan</a>",
                "Revise the rejected plan</a>",
                "Record a director review</a>",
                "class=\"gt-decision\"");
        count++;
      }
      assertThat(read(section, ">(\\d+) interventions? waits? for you<")).isEqualTo(count);
      seen += count;
    }
    assertThat(seen).isPositive();
  }

  @Test
  void anOfficersCountsAreThoseOfTheirListOfIndicators() throws Exception {
    RequestPostProcessor officer = demo.as("officer");
    List<Number> numbers = numbers(page(officer, "/"));
    Number toSend =
        numbers.stream()
            .filter(n -> n.words().matches("returns? still to send, of \\d+ due"))
            .findFirst()
            .orElseThrow();
    assertThat(toSend.link()).isEqualTo("/my-indicators?show=todo");
    Matcher list =
        Pattern.compile(
                "id=\"owed-count\">(\\d+) of (\\d+) figures? still to send(?:, (\\d+) late)?")
            .matcher(page(officer, toSend.link()));
    assertThat(list.find()).isTrue();
    assertThat(toSend.count()).isEqualTo(Integer.parseInt(list.group(1)));
    assertThat(toSend.words())
        .isEqualTo(
            (toSend.count() == 1 ? "return" : "returns")
                + " still to send, of "
                + list.group(2)
                + " due");
    assertThat(first(numbers, "late").count())
        .isEqualTo(list.group(3) == null ? 0 : Integer.parseInt(list.group(3)))
        .isPositive();
  }
}
