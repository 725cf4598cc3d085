package org.goldenthread.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.goldenthread.audit.AuditQuery;
import org.goldenthread.audit.AuditTrail;
import org.goldenthread.audit.RecordChange;
import org.goldenthread.support.DemoUsers;
import org.goldenthread.support.FixtureCouncil;
import org.goldenthread.support.GoldenThreadTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.test.web.servlet.MockMvc;

@GoldenThreadTest
class OrganisationPagesTest {

  @Autowired MockMvc mvc;
  @Autowired DemoUsers users;
  @Autowired OrgUnitRepository units;
  @Autowired PersonRepository people;
  @Autowired AuditTrail audit;
  @Autowired FixtureCouncil fixtures;

  private OrgUnit unit(String code) {
    return units.findByCodeIgnoreCase(code).orElseThrow();
  }

  private Person person(String name) {
    return people.search(name, null).get(0);
  }

  private Person person(Person before) {
    return people.findById(before.getId()).orElseThrow();
  }

  @Test
  void anonymousVisitorIsSentToSignIn() throws Exception {
    mvc.perform(get("/organisation")).andExpect(redirectedUrlPattern("**/sign-in"));
    mvc.perform(get("/people/1")).andExpect(redirectedUrlPattern("**/sign-in"));
  }

  @Test
  void staffAndCouncillorsBrowseTheStructureButPartnerUsersDoNot() throws Exception {
    for (String who : new String[] {"officer", "councillor"}) {
      mvc.perform(get("/organisation").with(users.as(who)))
          .andExpect(status().isOk())
          .andExpect(content().string(containsString("Revenues and Benefits")))
          .andExpect(content().string(containsString("led by Priya Shah")));
    }
    mvc.perform(get("/organisation").with(users.as("partner"))).andExpect(status().isForbidden());
  }

  @Test
  void officerCannotReachAdministratorPages() throws Exception {
    long financeId = unit("FIN").getId();
    for (String path :
        new String[] {
          "/admin/accounts",
          "/admin/audit",
          "/org-units/new",
          "/org-units/" + financeId + "/edit",
          "/people/new",
          "/bodies/new",
          "/portfolios/new",
          "/organisations/new",
          "/actuator/info"
        }) {
      mvc.perform(get(path).with(users.as("officer"))).andExpect(status().isForbidden());
    }
    mvc.perform(
            post("/org-units/" + financeId + "/edit")
                .with(users.as("officer"))
                .with(csrf())
                .param("name", "Hijacked")
                .param("code", "FIN")
                .param("type", "SERVICE"))
        .andExpect(status().isForbidden());
    assertThat(unit("FIN").getName()).isEqualTo("Finance");
  }

  @Test
  void forbiddenPageSaysSoWithoutLeakingDetail() throws Exception {
    mvc.perform(get("/admin/accounts").with(users.as("officer")).accept("text/html"))
        .andExpect(status().isForbidden());
    mvc.perform(get("/error").with(users.as("officer")).accept("text/html"))
        .andExpect(content().string(not(containsString("Exception"))));
  }

  @Test
  void administratorAddsAUnitAndTheChangeIsAudited() throws Exception {
    String code = "T" + UUID.randomUUID().toString().substring(0, 8);
    OrgUnit parent = fixtures.create().service();
    mvc.perform(
            post("/org-units/new")
                .with(users.as("admin"))
                .with(csrf())
                .param("name", "Fraud Investigation")
                .param("code", code)
                .param("type", "TEAM")
                .param("parentId", parent.getId().toString())
                .param("sortOrder", "3")
                .param("active", "true"))
        .andExpect(redirectedUrlPattern("/org-units/*"));

    OrgUnit created = unit(code);
    assertThat(created.getParent().getId()).isEqualTo(parent.getId());
    RecordChange change =
        audit
            .search(AuditQuery.forRecord("OrgUnit", created.getId()), Pageable.ofSize(5))
            .getContent()
            .get(0);
    assertThat(change.action()).isEqualTo("CREATED");
    assertThat(change.actor()).isEqualTo("admin");
    assertThat(change.fields())
        .anySatisfy(
            f -> {
              assertThat(f.field()).isEqualTo("Name");
              assertThat(f.before()).isEmpty();
              assertThat(f.after()).isEqualTo("Fraud Investigation");
            });
  }

  @Test
  void movingAUnitBeneathItselfIsRefusedWithAMessageAndChangesNothing() throws Exception {
    OrgUnit revenuesAndBenefits = unit("REVBEN");
    mvc.perform(
            post("/org-units/" + revenuesAndBenefits.getId() + "/edit")
                .with(users.as("admin"))
                .with(csrf())
                .param("name", "Revenues and Benefits")
                .param("code", "REVBEN")
                .param("type", "SERVICE")
                .param("parentId", unit("BEN").getId().toString())
                .param("version", String.valueOf(revenuesAndBenefits.getVersion())))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("There is a problem")))
        .andExpect(content().string(containsString("cannot be moved to sit within itself")));

    assertThat(unit("REVBEN").getParent().getId()).isEqualTo(unit("RES").getId());
  }

  @Test
  void badInputIsNamedAndNothingIsSaved() throws Exception {
    long before = units.count();
    mvc.perform(
            post("/org-units/new")
                .with(users.as("admin"))
                .with(csrf())
                .param("name", "")
                .param("code", "has spaces!")
                .param("type", "TEAM")
                .param("sortOrder", "first"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Enter the unit&#39;s name")))
        .andExpect(
            content()
                .string(
                    containsString(
                        "Code must be letters, numbers and hyphens, up to 20 characters")))
        .andExpect(content().string(containsString("Order must be a whole number from 0 to 9999")))
        // What was typed is kept on the page.
        .andExpect(content().string(containsString("value=\"has spaces!\"")));

    assertThat(units.count()).isEqualTo(before);
  }

  @Test
  void aStaleEditIsDetectedAndWhatWasTypedIsKept() throws Exception {
    Person person = fixtures.create().officer();
    String page = "/people/" + person.getId() + "/contact";
    long staleVersion = person.getVersion();
    // Someone else saves first.
    mvc.perform(
            post(page)
                .with(users.as("admin"))
                .with(csrf())
                .param("jobTitle", "Benefits Team Leader")
                .param("phone", "01632 960 555")
                .param("version", String.valueOf(staleVersion)))
        .andExpect(redirectedUrl("/people/" + person.getId()));

    mvc.perform(
            post(page)
                .with(users.as("admin"))
                .with(csrf())
                .param("jobTitle", "Benefits and Fraud Team Leader")
                .param("version", String.valueOf(staleVersion)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Someone else saved a change")))
        .andExpect(content().string(containsString("value=\"Benefits and Fraud Team Leader\"")));

    assertThat(person(person).getJobTitle()).isEqualTo("Benefits Team Leader");
    assertThat(person(person).getPhone()).isEqualTo("01632 960 555");
  }

  @Test
  void anOfficerUpdatesTheirOwnContactDetailsButNotSomeoneElses() throws Exception {
    FixtureCouncil.Council council = fixtures.create();
    Person officer = council.officer();
    // An address of their own: another person with the same one would make it ambiguous.
    String email = "officer." + council.suffix().toLowerCase() + "@example.gov.uk";
    mvc.perform(
            post("/people/" + officer.getId() + "/contact")
                .with(users.as(council.officerUsername()))
                .with(csrf())
                .param("jobTitle", "Revenues Officer")
                .param("email", email)
                .param("phone", "01632 960 777")
                .param("version", String.valueOf(officer.getVersion())))
        .andExpect(redirectedUrl("/people/" + officer.getId()));
    assertThat(person(officer).getPhone()).isEqualTo("01632 960 777");
    assertThat(person(officer).getEmail()).isEqualTo(email);

    Person someoneElse = council.manager();
    mvc.perform(
            get("/people/" + someoneElse.getId() + "/contact")
                .with(users.as(council.officerUsername())))
        .andExpect(status().isForbidden());
  }

  @Test
  void aManagerUpdatesContactDetailsOfPeopleInUnitsTheyLeadOnly() throws Exception {
    Person joanne = person("Joanne Reed");
    mvc.perform(get("/people/" + joanne.getId() + "/contact").with(users.as("manager")))
        .andExpect(status().isOk());
    Person darren = person("Darren Cole");
    mvc.perform(get("/people/" + darren.getId() + "/contact").with(users.as("manager")))
        .andExpect(status().isForbidden());
  }

  @Test
  void movingAPersonKeepsWhereTheyWereInTheirHistory() throws Exception {
    FixtureCouncil.Council council = fixtures.create();
    Person chloe = council.officer();
    OrgUnit from = council.service();
    OrgUnit to = fixtures.service("Elsewhere " + council.suffix());
    mvc.perform(
            post("/people/" + chloe.getId() + "/edit")
                .with(users.as("admin"))
                .with(csrf())
                .param("fullName", chloe.getFullName())
                .param("type", "OFFICER")
                .param("jobTitle", "Performance Analyst")
                .param("orgUnitId", to.getId().toString())
                .param("lineManagerId", council.manager().getId().toString())
                .param("active", "true")
                .param("version", String.valueOf(chloe.getVersion())))
        .andExpect(redirectedUrl("/people/" + chloe.getId()));

    mvc.perform(get("/people/" + chloe.getId()).with(users.as("admin")))
        .andExpect(content().string(containsString(from.label())))
        .andExpect(content().string(containsString(to.label())));
  }

  @Test
  void aCheckboxLeftUntickedSavesAsNo() throws Exception {
    OrgUnit team = fixtures.create().service();
    mvc.perform(
            post("/org-units/" + team.getId() + "/edit")
                .with(users.as("admin"))
                .with(csrf())
                .param("name", team.getName())
                .param("code", team.getCode())
                .param("type", "SERVICE")
                .param("parentId", team.getParent().getId().toString())
                .param("sortOrder", "1")
                .param("_active", "on")
                .param("version", String.valueOf(team.getVersion())))
        .andExpect(redirectedUrl("/org-units/" + team.getId()));

    assertThat(unit(team.getCode()).isActive()).isFalse();
  }
}
