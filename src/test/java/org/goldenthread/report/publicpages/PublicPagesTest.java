package org.goldenthread.report.publicpages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.goldenthread.shared.TestPeople.named;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.goldenthread.framework.Plan;
import org.goldenthread.framework.PlanService;
import org.goldenthread.indicator.Indicator;
import org.goldenthread.indicator.IndicatorRepository;
import org.goldenthread.indicator.value.DataEntry;
import org.goldenthread.indicator.value.IndicatorValue;
import org.goldenthread.indicator.value.IndicatorValueRepository;
import org.goldenthread.indicator.value.ValueForm;
import org.goldenthread.indicator.value.ValueState;
import org.goldenthread.organisation.Person;
import org.goldenthread.organisation.PersonRepository;
import org.goldenthread.organisation.governance.Body;
import org.goldenthread.organisation.governance.GovernanceService;
import org.goldenthread.period.Period;
import org.goldenthread.report.Frequency;
import org.goldenthread.report.ReportDefinition;
import org.goldenthread.report.ReportFixtures;
import org.goldenthread.report.ReportService;
import org.goldenthread.report.ReportServiceTest;
import org.goldenthread.report.ReportSnapshot;
import org.goldenthread.report.ScopeKind;
import org.goldenthread.report.publish.PublishedReport;
import org.goldenthread.report.publish.PublishingService;
import org.goldenthread.report.web.ScheduleForm;
import org.goldenthread.support.GoldenThreadTest;
import org.goldenthread.support.TestClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/** The public pages and open data, read as an anonymous visitor. */
@GoldenThreadTest
@Transactional
class PublicPagesTest {

  @Autowired MockMvc mvc;
  @Autowired ReportFixtures make;
  @Autowired ReportService reports;
  @Autowired PublishingService publishing;
  @Autowired DataEntry dataEntry;
  @Autowired IndicatorRepository indicators;
  @Autowired IndicatorValueRepository values;
  @Autowired PersonRepository people;
  @Autowired ObjectMapper json;
  @Autowired PlanService plans;
  @Autowired GovernanceService governance;

  private String read(String path) throws Exception {
    return mvc.perform(get(URI.create(path)))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString(StandardCharsets.UTF_8);
  }

  private static String path(Indicator indicator) {
    return "/public/indicators/" + indicator.getCode().replace(" ", "%20");
  }

  private List<CSVRecord> csv(String path) throws Exception {
    return CSVFormat.DEFAULT
        .builder()
        .setHeader()
        .setSkipHeaderRecord(true)
        .get()
        .parse(new StringReader(read(path)))
        .getRecords();
  }

  private JsonNode jsonOf(String path) throws Exception {
    return json.readTree(read(path));
  }

  /**
   * A report of each of the demo's plans for the demo's latest quarter, with exceptions and their
   * commentary, published to Cabinet; the last of them.
   */
  private PublishedReport publishedReport() {
    return publishedReport("Cabinet");
  }

  private PublishedReport publishedReport(String bodyName) {
    Period p = make.reportedQuarter().next();
    PublishedReport last = null;
    for (Plan plan : plans.all()) {
      ReportDefinition report =
          reports.create(
              ReportServiceTest.form(
                  ReportFixtures.unique("Plan report"), ScopeKind.PLAN, plan.getId()),
              named("admin"));
      Long bodyId = null;
      if (bodyName != null) {
        Body body =
            governance.bodies().stream()
                .filter(b -> b.getName().equals(bodyName))
                .findFirst()
                .orElseThrow();
        reports.addSchedule(
            report.getId(), new ScheduleForm(body.getId(), Frequency.QUARTERLY, TestClock.TODAY));
        bodyId = body.getId();
      }
      last = publishing.publish(report.getId(), p, bodyId, named("director"));
    }
    return last;
  }

  @Test
  void aReportPublishedToAnOfficerBoardOrToNoBodyStaysInternal() throws Exception {
    PublishedReport toCmt = publishedReport("Corporate Management Team");
    PublishedReport toNobody = publishedReport(null);
    PublishedReport toCabinet = publishedReport("Cabinet");
    String list = read("/public/reports");
    assertThat(list).contains(toCabinet.getTitle());
    assertThat(list).doesNotContain(toCmt.getTitle(), toNobody.getTitle());
    assertThat(list)
        .as("nor is an internal body offered as a filter")
        .contains("Overview and Scrutiny Committee")
        .doesNotContain("Corporate Management Team");
    for (PublishedReport internal : List.of(toCmt, toNobody)) {
      mvc.perform(get("/public/reports/" + internal.getId())).andExpect(status().isNotFound());
    }
    read("/public/reports/" + toCabinet.getId());
  }

  @Test
  void everyPublicPageAnswersAnAnonymousVisitor() throws Exception {
    PublishedReport report = publishedReport();
    assertThat(read("/public")).contains("How the council is performing", "Sign in");
    assertThat(read("/public/indicators")).contains("REV-01", "Performance indicators");
    assertThat(read("/public/indicators/REV-01"))
        .contains("Council tax collected", "Every published figure", "<svg");
    assertThat(read("/public/reports")).contains(report.getTitle());
    assertThat(read("/public/reports/" + report.getId()))
        .contains(report.getTitle(), "Summary", "Exceptions")
        .doesNotContain("by director");
    assertThat(read("/public/data")).contains("Open Government Licence v3.0");
    mvc.perform(get("/public/data/indicators.csv"))
        .andExpect(status().isOk())
        .andExpect(header().string("Content-Type", "text/csv;charset=UTF-8"))
        .andExpect(
            header()
                .string(
                    "Link",
                    "<https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/>;"
                        + " rel=\"license\""));
    assertThat(jsonOf("/public/data/indicators.json").get("licence").asText())
        .isEqualTo("Open Government Licence v3.0");
    assertThat(csv("/public/indicators/REV-01.csv")).isNotEmpty();
    assertThat(jsonOf("/public/indicators/NI%20157a.json").get("values")).isNotEmpty();
  }

  @Test
  void anIndicatorNotPublishedIsNotFoundAndNowhereToBeSeen() throws Exception {
    Indicator hidden = indicators.findByCodeIgnoreCase("LDS-02").orElseThrow();
    assertThat(hidden.isPublished()).isFalse();
    String unpublished =
        mvc.perform(get(URI.create(path(hidden))))
            .andExpect(status().isNotFound())
            .andReturn()
            .getResponse()
            .getContentAsString();
    String unknown =
        mvc.perform(get("/public/indicators/NO-SUCH-1"))
            .andExpect(status().isNotFound())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(unpublished).isEqualTo(unknown);
    mvc.perform(get(URI.create(path(hidden) + ".csv"))).andExpect(status().isNotFound());
    mvc.perform(get(URI.create(path(hidden) + ".json"))).andExpect(status().isNotFound());
    assertThat(read("/public/indicators")).doesNotContain(hidden.getTitle());
    assertThat(read("/public/data/indicators.csv")).doesNotContain(hidden.getTitle());
    assertThat(read("/public/data/indicators.json")).doesNotContain(hidden.getTitle());
  }

  @Test
  void aValueAppearsOnlyOnceItIsPublished() throws Exception {
    Indicator shown = make.publicIndicator(ReportFixtures.unique("PUB"));
    Period p = make.reportedQuarter();
    make.target(shown, p, "100");
    IndicatorValue value =
        dataEntry.enter(
            shown,
            p,
            new ValueForm("123456", null, null, "Said when entered", null, null, null),
            named("admin"),
            false);
    dataEntry.submit(value.getId(), named("admin"));
    assertThat(read(path(shown))).doesNotContain("123,456", "Said when entered");
    assertThat(csv("/public/data/indicators.csv"))
        .noneMatch(r -> r.get("code").equals(shown.getCode()));
    assertThat(read("/public/data/indicators.json")).doesNotContain(shown.getCode());
    assertThat(read("/public/indicators")).contains("Nothing published yet");

    dataEntry.verify(value.getId(), named("director"));
    assertThat(read(path(shown))).doesNotContain("123,456", "Said when entered");

    dataEntry.publish(value.getId());
    assertThat(read(path(shown))).contains("123,456", "Said when entered", "Green");
    List<CSVRecord> rows =
        csv("/public/data/indicators.csv").stream()
            .filter(r -> r.get("code").equals(shown.getCode()))
            .toList();
    assertThat(rows).hasSize(1);
    assertThat(rows.get(0).get("period")).isEqualTo(p.label());
    assertThat(rows.get(0).get("periodStart")).isEqualTo(p.start().toString());
    assertThat(rows.get(0).get("actual")).isEqualTo("123456");
    assertThat(rows.get(0).get("target")).isEqualTo("100");
    assertThat(rows.get(0).get("status")).isEqualTo("Green");
    JsonNode row = jsonOf(path(shown) + ".json").get("values").get(0);
    assertThat(row.get("actual").isNumber()).isTrue();
    assertThat(row.get("actual").decimalValue()).isEqualByComparingTo("123456");
  }

  @Test
  void publicStatusIsWorkedOutFromPublishedValuesOnly() throws Exception {
    Indicator shown = make.publicIndicator(ReportFixtures.unique("PUB"));
    Period p = make.reportedQuarter();
    make.target(shown, p.previous(), "100");
    make.target(shown, p, "100");
    publish(shown, p.previous(), "100");
    IndicatorValue later =
        dataEntry.enter(
            shown,
            p,
            new ValueForm("40", null, null, "Why", "What", null, null),
            named("admin"),
            false);
    dataEntry.submit(later.getId(), named("admin"));
    // The later value is not published, so the latest public figure is the earlier one's.
    assertThat(read("/public/indicators"))
        .contains(shown.getCode() + " " + shown.getTitle())
        .doesNotContain("Why");
    JsonNode rows = jsonOf(path(shown) + ".json").get("values");
    assertThat(rows).hasSize(1);
    assertThat(rows.get(0).get("period").asText()).isEqualTo(p.previous().label());
    assertThat(rows.get(0).get("status").asText()).isEqualTo("Green");
  }

  @Test
  void aCalculatedIndicatorIsWorkedOutFromPublishedInputsOnly() throws Exception {
    Indicator a = make.indicator(ReportFixtures.unique("IN"), null);
    Indicator b = make.indicator(ReportFixtures.unique("IN"), null);
    Indicator total =
        make.calculated(
            ReportFixtures.unique("CALC"), "[" + a.getCode() + "] + [" + b.getCode() + "]", true);
    Period p = make.reportedQuarter();
    publish(a, p, "30");
    publish(b, p, "12");
    publish(a, p.next(), "31");
    IndicatorValue unpublished =
        dataEntry.enter(
            b,
            p.next(),
            new ValueForm("13", null, null, null, null, null, null),
            named("admin"),
            false);
    dataEntry.submit(unpublished.getId(), named("admin"));

    JsonNode rows = jsonOf(path(total) + ".json").get("values");
    assertThat(rows).hasSize(1);
    assertThat(rows.get(0).get("period").asText()).isEqualTo(p.label());
    assertThat(rows.get(0).get("actual").decimalValue()).isEqualByComparingTo("42");
    assertThat(read("/public/data/indicators.csv"))
        .contains(total.getCode())
        .doesNotContain(a.getCode(), b.getCode());
    mvc.perform(get(URI.create(path(a)))).andExpect(status().isNotFound());
  }

  private void publish(Indicator indicator, Period p, String actual) {
    IndicatorValue v =
        dataEntry.enter(
            indicator,
            p,
            new ValueForm(actual, null, null, null, null, null, null),
            named("admin"),
            false);
    dataEntry.submit(v.getId(), named("admin"));
    dataEntry.verify(v.getId(), named("director"));
    dataEntry.publish(v.getId());
  }

  @Test
  void theOpenDataHoldsEveryPublishedValueOfEveryPublicIndicator() throws Exception {
    Set<Long> open =
        indicators.findAll().stream()
            .filter(i -> i.isPublished() && i.isActive())
            .map(Indicator::getId)
            .collect(Collectors.toSet());
    long published =
        values.findAll().stream()
            .filter(v -> v.getState() == ValueState.PUBLISHED)
            .filter(v -> open.contains(v.getIndicator().getId()))
            .count();
    assertThat(published).isGreaterThan(100);
    List<CSVRecord> rows = csv("/public/data/indicators.csv");
    assertThat(rows).hasSize((int) published);
    JsonNode document = jsonOf("/public/data/indicators.json");
    assertThat(document.get("values")).hasSize((int) published);
    assertThat(document.get("count").asInt()).isEqualTo(published);
    assertThat(rows.stream().map(r -> r.get("code")).distinct().count()).isEqualTo(open.size());
    // A figure the demo has verified but not yet published is left out.
    Indicator major = indicators.findByCodeIgnoreCase("NI 157a").orElseThrow();
    List<String> verified =
        values.findByIndicator(major).stream()
            .filter(v -> v.getState() == ValueState.VERIFIED)
            .map(v -> v.getPeriod().label())
            .toList();
    assertThat(verified).isNotEmpty();
    assertThat(rows)
        .noneMatch(r -> r.get("code").equals("NI 157a") && verified.contains(r.get("period")));
  }

  /** Every public page and download, with each published report (the demo's and this one). */
  private List<String> publicPages(PublishedReport report) {
    List<String> pages = new ArrayList<>();
    pages.add("/public");
    pages.add("/public/indicators");
    pages.add("/public/reports");
    publishing.publicGrouped(null, null).stream()
        .flatMap(b -> b.periods().stream())
        .flatMap(g -> g.reports().stream())
        .forEach(r -> pages.add("/public/reports/" + r.getId()));
    assertThat(pages).contains("/public/reports/" + report.getId());
    pages.add("/public/annual-report");
    pages.add("/public/data");
    pages.add("/public/data/indicators.csv");
    pages.add("/public/data/indicators.json");
    for (Indicator i : indicators.findAll()) {
      if (i.isPublished() && i.isActive()) {
        pages.add(path(i));
        pages.add(path(i) + ".csv");
        pages.add(path(i) + ".json");
      }
    }
    return pages;
  }

  /**
   * A report to a body that meets in public is a public document: its public copy lists every
   * indicator in it, those the council does not publish on these pages too, with the figures of the
   * published snapshot. No other public page names an indicator the council does not publish.
   */
  @Test
  void aPublicCommitteeReportListsEveryIndicatorInItAndNoOtherPageNamesAnUnpublishedOne()
      throws Exception {
    PublishedReport report = publishedReport();
    Set<Long> unpublished =
        indicators.findAll().stream()
            .filter(i -> !i.isPublished() || !i.isActive())
            .map(Indicator::getId)
            .collect(Collectors.toSet());
    assertThat(unpublished).isNotEmpty();
    // The reports published to Cabinet cover the demo's plans, unpublished indicators included.
    List<ReportSnapshot.IndicatorFigure> inReport = publishing.snapshot(report).figures();
    assertThat(inReport).anyMatch(f -> unpublished.contains(f.indicatorId()));
    String copy = read("/public/reports/" + report.getId());
    assertThat(copy).doesNotContain("counted in the summary but not listed");
    for (ReportSnapshot.IndicatorFigure f : inReport) {
      assertThat(copy).contains(f.code());
      if (f.actualText() != null && !f.actualText().isBlank()) {
        assertThat(copy).contains(f.actualText());
      }
    }
    for (String page : publicPages(report)) {
      if (page.matches("/public/reports/\\d+")) {
        continue;
      }
      String body = read(page);
      for (Indicator i : indicators.findAllById(unpublished)) {
        assertThat(body).as(page).doesNotContain(i.getCode() + " " + i.getTitle());
        assertThat(body).as(page).doesNotContain(i.getTitle() + ",");
      }
    }
  }

  @Test
  void noPersonIsNamedOnThePublicPages() throws Exception {
    PublishedReport report = publishedReport();
    List<String> pages = publicPages(report);
    List<String> personal = new ArrayList<>();
    for (Person person : people.findAll()) {
      personal.add(person.getFullName());
      if (person.getEmail() != null) {
        personal.add(person.getEmail());
      }
    }
    personal.addAll(List.of("by admin", "by director", "@"));
    for (String page : pages) {
      String body = read(page);
      for (String name : personal) {
        assertThat(body).as(page).doesNotContain(name);
      }
    }
  }
}
