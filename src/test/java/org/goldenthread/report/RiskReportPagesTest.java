package org.goldenthread.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.goldenthread.shared.TestPeople.named;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.goldenthread.organisation.governance.Body;
import org.goldenthread.organisation.governance.GovernanceService;
import org.goldenthread.report.publish.PublishedReport;
import org.goldenthread.report.publish.PublishingService;
import org.goldenthread.report.web.ScheduleForm;
import org.goldenthread.risk.ReviewForm;
import org.goldenthread.risk.RiskFixtures;
import org.goldenthread.risk.RiskService;
import org.goldenthread.support.DemoUsers;
import org.goldenthread.support.GoldenThreadTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The risk sections and related risks on the pages: the report as it stands now, a published report
 * (frozen: a risk changed after publishing leaves it as it was), the public copy (no confidential
 * risk at all, no one named), and the related risks on the indicator and action pages, which list
 * only the risks their reader reads.
 */
@GoldenThreadTest
class RiskReportPagesTest {

  @Autowired RiskReportFixtures fixtures;
  @Autowired ReportService reports;
  @Autowired PublishingService publishing;
  @Autowired GovernanceService governance;
  @Autowired RiskService risks;
  @Autowired MockMvc mvc;
  @Autowired DemoUsers users;

  RiskReportFixtures.Made m;

  @BeforeEach
  void setUp() {
    m = fixtures.create();
  }

  private String code(String letter) {
    return m.prefix() + "-" + letter;
  }

  private String title(String letter) {
    return "Risk " + letter + " of " + code(letter);
  }

  private String read(String path, RequestPostProcessor who) throws Exception {
    var request = get(path);
    if (who != null) {
      request = request.with(who);
    }
    return mvc.perform(request)
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString(StandardCharsets.UTF_8);
  }

  /** The risk sections of a page: from their heading to the schedule or the end of the page. */
  private static String risksOf(String page) {
    int from = page.indexOf("id=\"risks\"");
    assertThat(from).as("the page has its risk sections").isPositive();
    int to = page.indexOf("id=\"schedule\"", from);
    return page.substring(from, to > 0 ? to : page.indexOf("</main>", from));
  }

  private String reportPage() {
    return "/reports/" + m.report().getId() + "?period=" + RiskReportFixtures.QUARTER.label();
  }

  @Test
  void theReportDescribesTheConfidentialRiskOnlyToThoseWhoMayHaveItDescribed() throws Exception {
    String asAdmin = read(reportPage(), users.as("admin"));
    assertThat(asAdmin)
        .contains("id=\"risks\"", "Top risks", "Risks above appetite", "Overdue reviews")
        .contains("Heat map", "Weekly placement panel", "Related risks")
        .contains(title("A"), title("B"), title("H"))
        .doesNotContain("confidential risk not described");
    String asMember = read(reportPage(), users.as("councillor"));
    assertThat(asMember)
        .contains(title("A"), title("B"), "1 confidential risk not described")
        .doesNotContain(title("H"), code("H"));
  }

  @Test
  void aPublishedReportKeepsItsRisksAsTheyWereAndThePublicCopyShowsNoConfidentialRisk()
      throws Exception {
    Body cabinet =
        governance.bodies().stream()
            .filter(b -> b.getName().equals("Cabinet"))
            .findFirst()
            .orElseThrow();
    reports.addSchedule(
        m.report().getId(),
        new ScheduleForm(cabinet.getId(), Frequency.QUARTERLY, LocalDate.of(2027, 1, 14)));
    PublishedReport published =
        publishing.publish(
            m.report().getId(), RiskReportFixtures.QUARTER, cabinet.getId(), named("director"));
    ReportSnapshot before = publishing.snapshot(published);
    String pageBefore = risksOf(read("/reports/published/" + published.getId(), users.as("admin")));
    String liveBefore = risksOf(read(reportPage(), users.as("admin")));

    // After publishing, C is found to have been far worse in September, and B is closed then.
    risks.review(
        m.c().getId(),
        new ReviewForm(LocalDate.of(2026, 9, 20), 4, 5, "Far worse than thought", null, null),
        RiskFixtures.nobody());
    risks.close(
        m.b().getId(),
        new org.goldenthread.risk.CloseForm(LocalDate.of(2026, 9, 25), "Transferred", null));

    assertThat(publishing.snapshot(publishing.get(published.getId()))).isEqualTo(before);
    assertThat(risksOf(read("/reports/published/" + published.getId(), users.as("admin"))))
        .isEqualTo(pageBefore);
    assertThat(pageBefore)
        .as("a published report never describes a confidential risk, even to an administrator")
        .contains(title("B"), "1 confidential risk not described")
        .doesNotContain(title("H"));
    assertThat(risksOf(read(reportPage(), users.as("admin"))))
        .as("the report as it stands now has moved on")
        .isNotEqualTo(liveBefore);

    String publicPage = read("/public/reports/" + published.getId(), null);
    assertThat(publicPage)
        .contains("Top risks", title("B"), title("A"))
        .doesNotContain(title("H"), code("H"), "confidential")
        .doesNotContain(m.council().officer().getFullName());
  }

  @Test
  void theIndicatorAndActionPagesListTheRelatedRisksTheirReaderReads() throws Exception {
    String indicator = "/indicators/" + m.indicator().getId();
    String action = "/actions/" + m.action().getId();
    for (String page : new String[] {indicator, action}) {
      String asOwner = read(page, users.as(m.council().officerUsername()));
      assertThat(asOwner).contains("Related risks", title("A"), title("H"));
      assertThat(asOwner.indexOf(title("H")))
          .as("the higher score first")
          .isLessThan(asOwner.indexOf(title("A")));

      String asMember = read(page, users.as("councillor"));
      assertThat(asMember)
          .as("a member reads the corporate register, not this directorate's")
          .contains("Related risks", "1 confidential risk not described")
          .doesNotContain(title("A"), title("H"));
    }
  }
}
