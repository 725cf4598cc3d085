package org.goldenthread.action;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import org.goldenthread.account.AccountService;
import org.goldenthread.account.ApiTokenService;
import org.goldenthread.action.decision.DecisionForm;
import org.goldenthread.action.decision.DecisionService;
import org.goldenthread.action.progress.ProgressUpdates;
import org.goldenthread.organisation.PersonService;
import org.goldenthread.organisation.governance.GovernanceService;
import org.goldenthread.support.DemoUsers;
import org.goldenthread.support.GoldenThreadTest;
import org.goldenthread.support.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@GoldenThreadTest
class ActionApiTest {

  @Autowired MockMvc mvc;
  @Autowired DemoUsers users;
  @Autowired ActionService actions;
  @Autowired ProgressUpdates updates;
  @Autowired DecisionService decisions;
  @Autowired GovernanceService governance;
  @Autowired PersonService people;
  @Autowired AccountService accounts;
  @Autowired ApiTokenService tokens;

  private final String s = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
  private final String nextYear = LocalDate.now(ZoneOffset.UTC).plusYears(1).toString();
  private String minute;

  /**
   * P: Sam Patel's, Green and on course, with a milestone done and one waiting on it. Q: Sam
   * Patel's, overdue and never assessed. R: Mark Henderson's, Amber though on course.
   */
  @BeforeEach
  void importActions() throws Exception {
    minute = "CAB " + s + "/26";
    users.signInAs("admin");
    long cabinet = body("Cabinet");
    decisions.create(
        new DecisionForm(
            cabinet, LocalDate.of(2026, 1, 14), minute, "Fees review", "To review fees", null));
    DemoUsers.signOut();
    String file =
        ("code,title,lead_officer,due_date,percent_complete,status,completed_date,commentary,"
                + "decision,milestone_of,depends_on\n"
                + "P%1$s,Open the contact centre,Sam Patel,%2$s,50,Green,,,,,\n"
                + ",Kick-off,,2026-01-31,,,2026-01-20,,,P%1$s,\n"
                + ",Launch,,%2$s,,,,,,P%1$s,Kick-off\n"
                + "Q%1$s,Review fees,sam.patel@example.gov.uk,2020-03-31,20,,,,%3$s,,\n"
                + "R%1$s,Close the old ledger,Mark Henderson,%2$s,10,Amber,,Supplier late,,,\n")
            .formatted(s, nextYear, minute);
    mvc.perform(
            post("/api/v1/actions/import")
                .contentType("text/csv")
                .content(file)
                .with(users.as("admin"))
                .with(csrf()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.created").value(3));
  }

  @AfterEach
  void signOut() {
    DemoUsers.signOut();
  }

  private long body(String name) {
    return governance.bodies().stream()
        .filter(b -> b.getName().equals(name))
        .findFirst()
        .orElseThrow()
        .getId();
  }

  private ResultActions list(String query) throws Exception {
    return mvc.perform(get("/api/v1/actions" + query).with(users.as("councillor")))
        .andExpect(status().isOk());
  }

  private String item(String code) {
    return "$[?(@.code == '" + code + s + "')]";
  }

  private String officerToken() {
    return tokens
        .create(accounts.findByUsername("officer").orElseThrow().getId(), "actions test")
        .secret();
  }

  private ResultActions postUpdate(String code, String token, String json) throws Exception {
    return mvc.perform(
        post("/api/v1/actions/" + code + s + "/updates")
            .header("Authorization", "Bearer " + token)
            .contentType(MediaType.APPLICATION_JSON)
            .content(json));
  }

  @Test
  void listsActionsWithTheirOwnAndSuggestedStatusesAndFiltersThem() throws Exception {
    list("")
        .andExpect(jsonPath("$[*].code", hasItems("P" + s, "Q" + s, "R" + s)))
        .andExpect(jsonPath(item("P") + ".status", contains("GREEN")))
        .andExpect(jsonPath(item("P") + ".suggestedStatus", contains("GREEN")))
        .andExpect(jsonPath(item("P") + ".differsFromSuggestion", contains(false)))
        .andExpect(jsonPath(item("P") + ".milestones[1].dependsOn", contains("Kick-off")))
        .andExpect(jsonPath(item("P") + ".updates").isEmpty())
        .andExpect(jsonPath(item("Q") + ".status", contains((Object) null)))
        .andExpect(jsonPath(item("Q") + ".suggestedStatus", contains("RED")))
        .andExpect(
            jsonPath(
                item("Q") + ".suggestionReason", contains("Due on 31 March 2020 and not complete")))
        .andExpect(jsonPath(item("Q") + ".overdue", contains(true)))
        .andExpect(jsonPath(item("Q") + ".decision", contains(minute)))
        .andExpect(jsonPath(item("Q") + ".leadOfficer", contains("Sam Patel")))
        .andExpect(jsonPath(item("R") + ".status", contains("AMBER")))
        .andExpect(jsonPath(item("R") + ".suggestedStatus", contains("GREEN")))
        .andExpect(jsonPath(item("R") + ".differsFromSuggestion", contains(true)));

    list("?overdue=true")
        .andExpect(jsonPath("$[*].code", hasItem("Q" + s)))
        .andExpect(jsonPath("$[*].code", not(hasItem("P" + s))))
        .andExpect(jsonPath("$[*].overdue", everyItem(org.hamcrest.Matchers.is(true))));
    list("?overdue=true&asOf=2020-03-31").andExpect(jsonPath("$[*].code", not(hasItem("Q" + s))));
    list("?asOf=2020-04-01").andExpect(jsonPath(item("Q") + ".overdue", contains(true)));
    list("?status=amber")
        .andExpect(jsonPath("$[*].code", hasItem("R" + s)))
        .andExpect(jsonPath("$[*].status", everyItem(org.hamcrest.Matchers.is("AMBER"))));
    long sam = people.search("Sam Patel", null).get(0).getId();
    list("?lead=" + sam)
        .andExpect(jsonPath("$[*].code", hasItems("P" + s, "Q" + s)))
        .andExpect(jsonPath("$[*].code", not(hasItem("R" + s))));
    mvc.perform(get("/api/v1/actions?status=purple").with(users.as("councillor")))
        .andExpect(status().isUnprocessableEntity())
        .andExpect(jsonPath("$.errors.status").exists());
  }

  @Test
  void getsOneActionWithItsMilestonesAndUpdates() throws Exception {
    mvc.perform(get("/api/v1/actions/p" + s).with(users.as("councillor")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.code").value("P" + s))
        .andExpect(jsonPath("$.percentComplete").value(50))
        .andExpect(jsonPath("$.lastUpdatePeriod").value(updates.currentPeriod().label()))
        .andExpect(jsonPath("$.milestones[0].title").value("Kick-off"))
        .andExpect(jsonPath("$.milestones[0].completedOn").value("2026-01-20"))
        .andExpect(jsonPath("$.milestones[1].overdue").value(false))
        .andExpect(jsonPath("$.updates.length()").value(1))
        .andExpect(jsonPath("$.updates[0].period").value(updates.currentPeriod().label()))
        .andExpect(jsonPath("$.updates[0].status").value("GREEN"))
        .andExpect(jsonPath("$.updates[0].suggested").value("GREEN"))
        .andExpect(jsonPath("$.updates[0].updatedBy").value("Ben Taylor"));
    mvc.perform(get("/api/v1/actions/P" + s + "?asOf=2026-01-01").with(users.as("councillor")))
        .andExpect(jsonPath("$.milestones[0].overdue").value(false));
    mvc.perform(get("/api/v1/actions/NOPE" + s).with(users.as("partner")))
        .andExpect(status().isNotFound());
  }

  @Test
  void theLeadOfficerPostsUpdatesUnderTheBragRules() throws Exception {
    String token = officerToken();

    postUpdate("Q", token, "{\"percentComplete\":30,\"status\":\"GREEN\"}")
        .andExpect(status().isUnprocessableEntity())
        .andExpect(jsonPath("$.errors.status", containsString("cannot be Green")));
    postUpdate("Q", token, "{\"percentComplete\":30,\"status\":\"Amber\",\"commentary\":\"Late\"}")
        .andExpect(status().isUnprocessableEntity())
        .andExpect(jsonPath("$.errors.remedialAction").exists());
    Action unchanged = actions.byCode("Q" + s);
    assertThat(unchanged.getStatus()).isNull();
    assertThat(unchanged.getPercentComplete()).isEqualTo(20);
    assertThat(updates.of(unchanged)).isEmpty();

    postUpdate(
            "Q",
            token,
            "{\"percentComplete\":30,\"status\":\"AMBER\",\"commentary\":\"Contractor late\","
                + "\"remedialAction\":\"New contractor\"}")
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.status").value("AMBER"))
        .andExpect(jsonPath("$.percentComplete").value(30))
        .andExpect(jsonPath("$.suggestedStatus").value("RED"))
        .andExpect(jsonPath("$.differsFromSuggestion").value(true))
        .andExpect(jsonPath("$.updates[0].updatedBy").value("Sam Patel"))
        .andExpect(jsonPath("$.updates[0].version").value(0));
    postUpdate(
            "Q",
            token,
            "{\"percentComplete\":30,\"status\":\"RED\",\"commentary\":\"Will not finish\","
                + "\"remedialAction\":\"Report to Cabinet\",\"version\":0}")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("RED"))
        .andExpect(jsonPath("$.updates.length()").value(1));
    postUpdate(
            "Q",
            token,
            "{\"percentComplete\":40,\"status\":\"RED\",\"commentary\":\"x\","
                + "\"remedialAction\":\"y\",\"version\":0}")
        .andExpect(status().isConflict());
    mvc.perform(get("/api/v1/actions/Q" + s).header("Authorization", "Bearer " + token))
        .andExpect(jsonPath("$.status").value("RED"))
        .andExpect(jsonPath("$.commentary").value("Will not finish"));
  }

  @Test
  void replacingThisQuartersUpdateNeedsTheVersionRead() throws Exception {
    String token = officerToken();
    // P's import made this quarter's update (Green, 50%).
    String read =
        mvc.perform(get("/api/v1/actions/P" + s).header("Authorization", "Bearer " + token))
            .andReturn()
            .getResponse()
            .getContentAsString();
    long version =
        Long.parseLong(read.replaceAll(".*\"updates\":\\[\\{[^}]*\"version\":(\\d+).*", "$1"));

    postUpdate("P", token, "{\"percentComplete\":70,\"status\":\"GREEN\"}")
        .andExpect(status().isPreconditionRequired())
        .andExpect(jsonPath("$.detail", containsString("version of the progress update")));
    assertThat(actions.byCode("P" + s).getPercentComplete()).isEqualTo(50);

    mvc.perform(
            post("/api/v1/actions/P" + s + "/updates")
                .header("Authorization", "Bearer " + token)
                .header("If-Match", "\"" + version + "\"")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"percentComplete\":70,\"status\":\"GREEN\"}"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.percentComplete").value(70));
  }

  @Test
  void onlyThoseResponsibleMayPostAnUpdate() throws Exception {
    postUpdate(
            "R",
            officerToken(),
            "{\"percentComplete\":100,\"status\":\"BLUE\",\"completedOn\":\"2026-01-05\"}")
        .andExpect(status().isForbidden());
    Action r = actions.byCode("R" + s);
    assertThat(r.getStatus()).isEqualTo(Brag.AMBER);
    assertThat(r.getPercentComplete()).isEqualTo(10);
  }

  @Test
  void decisionsListTheirActionsAndWhetherTheyAreOutstanding() throws Exception {
    String decision = "$[?(@.minuteReference == '" + minute + "')]";
    mvc.perform(get("/api/v1/decisions?outstanding=true").with(users.as("councillor")))
        .andExpect(status().isOk())
        .andExpect(jsonPath(decision + ".body", contains("Cabinet")))
        .andExpect(jsonPath(decision + ".state", contains("Outstanding, 1 overdue")))
        .andExpect(jsonPath(decision + ".actionCount", contains(1)))
        .andExpect(jsonPath(decision + ".actions[0].code", contains("Q" + s)))
        .andExpect(jsonPath(decision + ".actions[0].suggestedStatus", contains("RED")))
        .andExpect(jsonPath(decision + ".actions[0].overdue", contains(true)));
    mvc.perform(get("/api/v1/decisions?body=" + body("Full Council")).with(users.as("councillor")))
        .andExpect(jsonPath("$[*].minuteReference", not(hasItem(minute))));
    long id =
        decisions.all().stream()
            .filter(d -> d.getMinuteReference().equals(minute))
            .findFirst()
            .orElseThrow()
            .getId();
    mvc.perform(get("/api/v1/decisions/" + id).with(users.as("councillor")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.title").value("Fees review"))
        .andExpect(jsonPath("$.outstanding").value(true))
        .andExpect(jsonPath("$.overdue").value(1))
        .andExpect(jsonPath("$.actions[0].leadOfficer").value("Sam Patel"));
  }

  private ResultActions postAs(String user, String path, String json) throws Exception {
    return mvc.perform(
        post(path)
            .with(users.as(user))
            .with(csrf())
            .contentType(MediaType.APPLICATION_JSON)
            .content(json));
  }

  @Test
  void aDirectorRecordsADecisionAndItsActionArisingThroughTheApi() throws Exception {
    String decision =
        """
        {"bodyId": %d, "decidedOn": "%s", "minuteReference": "OSC %s/26",
         "title": "Missed bins", "resolution": "Asked for a recovery plan."}"""
            .formatted(body("Cabinet"), TestClock.TODAY.minusDays(7), s);
    postAs("officer", "/api/v1/decisions", decision).andExpect(status().isForbidden());
    postAs(
            "director",
            "/api/v1/decisions",
            decision.replace(TestClock.TODAY.minusDays(7).toString(), nextYear))
        .andExpect(status().isUnprocessableEntity())
        .andExpect(jsonPath("$.detail", containsString("cannot be in the future")));
    String created =
        postAs("director", "/api/v1/decisions", decision)
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.state").value("No actions recorded yet"))
            .andReturn()
            .getResponse()
            .getContentAsString();
    long id = Long.parseLong(created.replaceAll("^\\{\"id\":(\\d+).*$", "$1"));

    String action =
        """
        {"code": "D%s", "title": "Publish a recovery plan", "kind": "ACTION",
         "leadOfficerId": %s, "dueDate": "%s"}"""
            .formatted(s, people.search("Sam Patel", null).get(0).getId(), nextYear);
    postAs(
            "manager",
            "/api/v1/decisions/" + id + "/actions",
            action.replace("\"kind\": \"ACTION\",", ""))
        .andExpect(status().isBadRequest());
    postAs("manager", "/api/v1/decisions/" + id + "/actions", action)
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.state").value("Outstanding"))
        .andExpect(jsonPath("$.actions[0].code").value("D" + s))
        .andExpect(jsonPath("$.actions[0].leadOfficer").value("Sam Patel"));
  }
}
