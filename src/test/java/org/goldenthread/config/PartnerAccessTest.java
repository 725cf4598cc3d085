package org.goldenthread.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.goldenthread.support.DemoUsers;
import org.goldenthread.support.GoldenThreadTest;
import org.goldenthread.support.SampleRecords;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * A partner user (the demo's police inspector, whose force sits on the Community Safety
 * Partnership) reads only what their organisation takes part in, on pages, exports and the API, and
 * enters the figures their organisation provides; a councillor reads the record but not the audit
 * trail or officers' contact details (M6).
 */
@GoldenThreadTest
class PartnerAccessTest {

  @Autowired MockMvc mvc;
  @Autowired DemoUsers users;
  @Autowired SampleRecords samples;
  @Autowired EntityManager entities;

  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  RequestMappingHandlerMapping mappings;

  @Test
  void everyAddressOfARecordOutsideTheirPartIsRefused() throws Exception {
    List<String> leaked = new ArrayList<>();
    List<String> refusedOwn = new ArrayList<>();
    int tried = 0;
    for (Map.Entry<RequestMappingInfo, ?> e : mappings.getHandlerMethods().entrySet()) {
      if (!e.getKey().getMethodsCondition().getMethods().contains(RequestMethod.GET)) {
        continue;
      }
      for (String pattern : e.getKey().getPatternValues()) {
        if (!pattern.contains("{") || pattern.startsWith("/public")) {
          continue;
        }
        String hidden = samples.pathFor(pattern, SampleRecords.PARTNER_HIDDEN);
        Audience audience = RouteAccess.ruleFor(HttpMethod.GET, hidden).orElseThrow().audience();
        if (audience != Audience.READERS && audience != Audience.STAFF_AND_PARTNERS) {
          continue;
        }
        tried++;
        MockHttpServletResponse other = as("partner", hidden);
        // Refused, or (a background export started by someone else) not found.
        if (!RouteAccessTest.refused(other) && other.getStatus() != 404) {
          leaked.add(hidden);
        }
        String visible = samples.pathFor(pattern, SampleRecords.PARTNER_VISIBLE);
        MockHttpServletResponse own = as("partner", visible);
        if (RouteAccessTest.refused(own) && !writesOnly(pattern)) {
          refusedOwn.add(visible + " " + own.getStatus());
        }
      }
    }
    assertThat(tried).isGreaterThan(15);
    assertThat(leaked).as("council records a partner user could open").isEmpty();
    assertThat(refusedOwn).as("their own records a partner user could not open").isEmpty();
  }

  /** Forms that change a record, which a partner reads but does not change. */
  private static boolean writesOnly(String pattern) {
    return pattern.startsWith("/reports/exports/")
        || pattern.equals("/actions/{id}/update")
        || pattern.equals("/plans/{id}/versions/{number}");
  }

  @Test
  void listsHoldOnlyTheirPart() throws Exception {
    for (String list :
        List.of("/indicators", "/api/v1/indicators", "/my-indicators", "/indicators?period=")) {
      String page = as("partner", list).getContentAsString();
      assertThat(page).as(list).contains("CSP-01").doesNotContain("HR-01").doesNotContain("REV-01");
    }
    for (String list : List.of("/plans", "/api/v1/plans")) {
      String page = as("partner", list).getContentAsString();
      assertThat(page).as(list).contains("Community Safety Partnership Plan");
      assertThat(page).as(list).doesNotContain("Corporate Plan").doesNotContain("Service Plan");
    }
    for (String list : List.of("/actions", "/api/v1/actions", "/my-actions")) {
      String page = as("partner", list).getContentAsString();
      assertThat(page).as(list).contains("CSP-A1").doesNotContain("REVBEN-A1");
    }
    for (String list : List.of("/reports", "/api/v1/reports")) {
      String page = as("partner", list).getContentAsString();
      assertThat(page).as(list).contains("Community safety performance");
      assertThat(page)
          .as(list)
          .doesNotContain("Audit and governance")
          .doesNotContain("Quarterly performance report");
    }
    for (String list : List.of("/reports/published", "/api/v1/reports/published")) {
      assertThat(as("partner", list).getContentAsString())
          .as(list)
          .doesNotContain("Quarterly performance report");
    }
    // Staff still see the whole council.
    assertThat(as("officer", "/api/v1/indicators").getContentAsString())
        .contains("HR-01")
        .contains("CSP-01");
  }

  @Test
  void theLeaksFoundInAcceptanceAreClosed() throws Exception {
    for (String path :
        List.of(
            "/api/v1/people",
            "/people",
            "/api/v1/indicators/HR-01/values",
            "/actions/export.csv",
            "/api/v1/actions/export.csv",
            "/reports/" + samples.report("Audit and governance%"),
            "/dashboards/corporate-health",
            "/framework",
            "/decisions",
            "/reports/annual")) {
      assertThat(RouteAccessTest.refused(as("partner", path))).as(path).isTrue();
    }
    assertThat(as("partner", "/profile").getStatus()).isEqualTo(200);
    assertThat(as("partner", "/public/indicators").getStatus()).isEqualTo(200);
  }

  @Test
  void theMenuOffersOnlyWhatTheyMayOpen() throws Exception {
    String home = as("partner", "/").getContentAsString();
    assertThat(home).contains("href=\"/indicators\"").contains("href=\"/reports\"");
    assertThat(home)
        .doesNotContain("href=\"/dashboards\"")
        .doesNotContain("href=\"/organisation\"")
        .doesNotContain("href=\"/framework\"")
        .doesNotContain("href=\"/decisions\"");
    assertThat(as("councillor", "/").getContentAsString())
        .contains("href=\"/dashboards\"")
        .doesNotContain("href=\"/my-indicators\"");
    // Nothing on their main pages leads to a page they may not open.
    List<String> dead = new ArrayList<>();
    for (String role : List.of("partner", "councillor")) {
      for (String page : List.of("/", "/indicators", "/actions", "/reports", "/plans")) {
        for (String link : links(as(role, page).getContentAsString())) {
          if (RouteAccessTest.refused(as(role, link))) {
            dead.add(role + " on " + page + ": " + link);
          }
        }
      }
    }
    assertThat(dead).as("links to pages the reader may not open").isEmpty();
  }

  @Test
  void aPartnerEntersAndSubmitsTheirOrganisationsFigureAndTheCouncilVerifiesIt() throws Exception {
    long csp01 = samples.indicator("CSP-01");
    assertThat(as("partner", "/indicators/" + csp01 + "/enter").getStatus()).isEqualTo(200);
    // A month long past, so no other test's figure is overwritten.
    String month = "2019/20 M03";
    mvc.perform(
            post("/indicators/" + csp01 + "/enter")
                .with(users.as("partner"))
                .with(csrf())
                .param("period", month)
                .param("actual", "180")
                .param("commentary", "Recorded by the police")
                .param("remedialAction", "Patrols continue"))
        .andExpect(status().is3xxRedirection());
    Object[] value =
        (Object[])
            entities
                .createQuery(
                    "select v.id, cast(v.state as string) from IndicatorValue v"
                        + " where v.indicator.id = ?1 and v.period = ?2")
                .setParameter(1, csp01)
                .setParameter(2, org.goldenthread.period.Period.parse(month))
                .getSingleResult();
    assertThat(value[1]).isEqualTo("SUBMITTED");
    // The partner cannot verify it; the council's accountable director can.
    mvc.perform(post("/values/" + value[0] + "/verify").with(users.as("partner")).with(csrf()))
        .andExpect(status().isForbidden());
    // Nor enter another organisation's figure.
    mvc.perform(
            post("/indicators/" + samples.indicator("HR-01") + "/enter")
                .with(users.as("partner"))
                .with(csrf())
                .param("period", month)
                .param("actual", "1"))
        .andExpect(status().isForbidden());
  }

  @Test
  void aCouncillorReadsTheRecordButNotTheAuditTrailOrOfficersContactDetails() throws Exception {
    String plan = "/plans/" + samples.plan(false);
    assertThat(as("admin", plan).getContentAsString()).contains("id=\"history-heading\"");
    assertThat(as("councillor", plan).getContentAsString())
        .doesNotContain("id=\"history-heading\"");
    String officer = samples.pathFor("/people/{id}", SampleRecords.PARTNER_HIDDEN);
    assertThat(as("admin", officer).getContentAsString()).contains("@");
    assertThat(as("councillor", officer).getContentAsString()).doesNotContain(">Email<");
    String people = as("councillor", "/api/v1/people?type=OFFICER").getContentAsString();
    assertThat(people).contains("Sam Patel").doesNotContain("@example");
    String councillors = as("councillor", "/api/v1/people?type=COUNCILLOR").getContentAsString();
    assertThat(councillors).contains("@");
    assertThat(as("councillor", "/admin/audit").getStatus()).isEqualTo(403);
  }

  private static List<String> links(String page) {
    List<String> links = new ArrayList<>();
    var m = java.util.regex.Pattern.compile("href=\"(/[^\"]*)\"").matcher(page);
    while (m.find()) {
      String link = m.group(1);
      if (!link.startsWith("/webjars") && !link.startsWith("/css") && !link.startsWith("/js")) {
        links.add(link.replace("&amp;", "&"));
      }
    }
    return links;
  }

  private MockHttpServletResponse as(String role, String path) throws Exception {
    return mvc.perform(get(path).with(users.as(role))).andReturn().getResponse();
  }
}
