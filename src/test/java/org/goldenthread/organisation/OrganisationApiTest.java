package org.goldenthread.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.goldenthread.support.DemoUsers;
import org.goldenthread.support.GoldenThreadTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@GoldenThreadTest
class OrganisationApiTest {

  @Autowired MockMvc mvc;
  @Autowired DemoUsers users;
  @Autowired OrgUnitRepository units;
  @Autowired PersonRepository people;

  @Test
  void signedInUsersListAndReadOrgUnitsAndPeople() throws Exception {
    long finance = units.findByCodeIgnoreCase("FIN").orElseThrow().getId();
    mvc.perform(get("/api/v1/org-units").with(users.as("councillor")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[*].code", hasItem("REVBEN")));
    mvc.perform(get("/api/v1/org-units/" + finance).with(users.as("director")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.name").value("Finance"))
        .andExpect(jsonPath("$.type").value("SERVICE"))
        .andExpect(jsonPath("$.headName").value("Mark Henderson"));
    mvc.perform(get("/api/v1/people").param("name", "priya").with(users.as("officer")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[0].fullName").value("Priya Shah"))
        .andExpect(jsonPath("$[0].jobTitle").value("Head of Revenues and Benefits"));
  }

  @Test
  void anonymousCallsAreRefusedWithoutARedirect() throws Exception {
    mvc.perform(get("/api/v1/people")).andExpect(status().isUnauthorized());
    mvc.perform(get("/api/v1/people").header("Authorization", "Bearer gt_not-a-real-token"))
        .andExpect(status().isUnauthorized());
  }

  @Test
  void unknownRecordsAre404() throws Exception {
    mvc.perform(get("/api/v1/org-units/987654321").with(users.as("admin")))
        .andExpect(status().isNotFound());
  }

  @Test
  void officerCannotWriteThroughTheApi() throws Exception {
    mvc.perform(
            post("/api/v1/org-units")
                .with(users.as("officer"))
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    "{\"name\":\"Shadow team\",\"code\":\"SHADOW\",\"type\":\"TEAM\",\"parentId\":"
                        + units.findByCodeIgnoreCase("REV").orElseThrow().getId()
                        + "}"))
        .andExpect(status().isForbidden());
    assertThat(units.findByCodeIgnoreCase("SHADOW")).isEmpty();
  }

  @Test
  void administratorCreatesAndUpdatesAPersonWithVersionChecks() throws Exception {
    long unit = units.findByCodeIgnoreCase("HOPT").orElseThrow().getId();
    String name = "Api Person " + UUID.randomUUID().toString().substring(0, 6);
    String body =
        "{\"fullName\":\"%s\",\"type\":\"OFFICER\",\"jobTitle\":\"Housing Officer\",\"orgUnitId\":%d%s}";
    String created =
        mvc.perform(
                post("/api/v1/people")
                    .with(users.as("admin"))
                    .with(csrf())
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(body.formatted(name, unit, "")))
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.fullName").value(name))
            .andReturn()
            .getResponse()
            .getContentAsString();
    long id = Long.parseLong(created.replaceAll(".*\"id\":(\\d+).*", "$1"));

    mvc.perform(
            put("/api/v1/people/" + id)
                .with(users.as("admin"))
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    body.formatted(name, unit, ",\"version\":0")
                        .replace("Housing Officer", "Senior Housing Officer")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.jobTitle").value("Senior Housing Officer"))
        .andExpect(jsonPath("$.version").value(1));

    // A second write from the same stale copy is refused, not silently applied.
    mvc.perform(
            put("/api/v1/people/" + id)
                .with(users.as("admin"))
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    body.formatted(name, unit, ",\"version\":0")
                        .replace("Housing Officer", "Lost Update")))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.currentVersion").value(1));
    assertThat(people.findById(id).orElseThrow().getJobTitle()).isEqualTo("Senior Housing Officer");
  }

  @Test
  void changingAPersonOrUnitWithoutTheVersionReadIsRefusedWith428() throws Exception {
    long unit = units.findByCodeIgnoreCase("HOPT").orElseThrow().getId();
    String name = "Api Person " + UUID.randomUUID().toString().substring(0, 6);
    String body =
        "{\"fullName\":\"%s\",\"type\":\"OFFICER\",\"jobTitle\":\"%s\",\"orgUnitId\":%d%s}";
    String created =
        mvc.perform(
                post("/api/v1/people")
                    .with(users.as("admin"))
                    .with(csrf())
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(body.formatted(name, "Housing Officer", unit, "")))
            .andExpect(status().isCreated())
            .andReturn()
            .getResponse()
            .getContentAsString();
    long id = Long.parseLong(created.replaceAll(".*\"id\":(\\d+).*", "$1"));

    mvc.perform(
            put("/api/v1/people/" + id)
                .with(users.as("admin"))
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content(body.formatted(name, "Overwritten", unit, "")))
        .andExpect(status().isPreconditionRequired())
        .andExpect(jsonPath("$.title").value("Version required"))
        .andExpect(jsonPath("$.detail").value(containsString("Send the version of the person")));
    assertThat(people.findById(id).orElseThrow().getJobTitle()).isEqualTo("Housing Officer");

    // The version may come in an If-Match header instead, as an HTTP client sends an ETag.
    mvc.perform(
            put("/api/v1/people/" + id)
                .with(users.as("admin"))
                .with(csrf())
                .header("If-Match", "\"0\"")
                .contentType(MediaType.APPLICATION_JSON)
                .content(body.formatted(name, "Senior Housing Officer", unit, "")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.version").value(1));
    mvc.perform(
            put("/api/v1/people/" + id)
                .with(users.as("admin"))
                .with(csrf())
                .header("If-Match", "0")
                .contentType(MediaType.APPLICATION_JSON)
                .content(body.formatted(name, "Lost Update", unit, "")))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.currentVersion").value(1));
    assertThat(people.findById(id).orElseThrow().getJobTitle()).isEqualTo("Senior Housing Officer");

    String code = "U" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    String unitBody =
        "{\"name\":\"%s\",\"code\":\"%s\",\"type\":\"TEAM\",\"parentId\":%d}"
            .formatted("Api team", code, units.findByCodeIgnoreCase("REV").orElseThrow().getId());
    String team =
        mvc.perform(
                post("/api/v1/org-units")
                    .with(users.as("admin"))
                    .with(csrf())
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(unitBody))
            .andExpect(status().isCreated())
            .andReturn()
            .getResponse()
            .getContentAsString();
    long teamId = Long.parseLong(team.replaceAll(".*\"id\":(\\d+).*", "$1"));
    mvc.perform(
            put("/api/v1/org-units/" + teamId)
                .with(users.as("admin"))
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content(unitBody.replace("Api team", "Renamed team")))
        .andExpect(status().isPreconditionRequired());
    assertThat(units.findById(teamId).orElseThrow().getName()).isEqualTo("Api team");
  }

  @Test
  void badInputIsRefusedNamingEachProblem() throws Exception {
    long before = people.count();
    mvc.perform(
            post("/api/v1/people")
                .with(users.as("admin"))
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"fullName\":\"\",\"type\":\"OFFICER\",\"email\":\"not-an-email\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors.fullName").value("Enter the person's full name"))
        .andExpect(
            jsonPath("$.errors.email")
                .value("Enter an email address in the correct format, like name@example.gov.uk"));
    mvc.perform(
            post("/api/v1/people")
                .with(users.as("admin"))
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"fullName\":\"No Unit\",\"type\":\"OFFICER\"}"))
        .andExpect(status().isUnprocessableEntity())
        .andExpect(jsonPath("$.errors.orgUnitId").value("Choose the unit this officer works in."));
    mvc.perform(
            post("/api/v1/people")
                .with(users.as("admin"))
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{not json"))
        .andExpect(status().isBadRequest());
    assertThat(people.count()).isEqualTo(before);
  }

  @Test
  void openApiDocumentDescribesTheApi() throws Exception {
    mvc.perform(get("/v3/api-docs").with(users.as("officer")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.paths['/api/v1/org-units']").exists())
        .andExpect(jsonPath("$.paths['/api/v1/people/{id}']").exists());
  }

  @Test
  void healthIsPublicButOtherActuatorEndpointsAreNot() throws Exception {
    mvc.perform(get("/actuator/health")).andExpect(status().isOk());
    mvc.perform(get("/actuator/info")).andExpect(status().is3xxRedirection());
  }
}
