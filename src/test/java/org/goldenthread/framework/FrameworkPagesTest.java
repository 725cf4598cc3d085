package org.goldenthread.framework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;
import org.goldenthread.organisation.OrgUnitRepository;
import org.goldenthread.organisation.PersonRepository;
import org.goldenthread.support.DemoUsers;
import org.goldenthread.support.GoldenThreadTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@GoldenThreadTest
class FrameworkPagesTest {

  @Autowired MockMvc mvc;
  @Autowired DemoUsers users;
  @Autowired PlanRepository plans;
  @Autowired FrameworkItemRepository items;
  @Autowired PersonRepository people;
  @Autowired OrgUnitRepository units;

  private final String run = UUID.randomUUID().toString().substring(0, 6).toUpperCase();

  private long newPlan(String who, String code, Long ownerId, Long unitId) throws Exception {
    mvc.perform(
            post("/plans/new")
                .with(users.as(who))
                .with(csrf())
                .param("code", code)
                .param("title", "Plan " + code)
                .param("type", "SERVICE_PLAN")
                .param("periodStart", "2026-04-01")
                .param("periodEnd", "2027-03-31")
                .param("reviewFrequency", "QUARTERLY")
                .param("ownerId", ownerId == null ? "" : ownerId.toString())
                .param("orgUnitId", unitId == null ? "" : unitId.toString()))
        .andExpect(redirectedUrlPattern("/plans/*"));
    return plans.findByCodeIgnoreCase(code).orElseThrow().getId();
  }

  private long newItem(String code, String type, Long planId, Long parentId) throws Exception {
    mvc.perform(
            post("/framework/items/new")
                .with(users.as("admin"))
                .with(csrf())
                .param("code", code)
                .param("title", "Title of " + code)
                .param("type", type)
                .param("planId", planId == null ? "" : planId.toString())
                .param("parentId", parentId == null ? "" : parentId.toString())
                .param("sortOrder", "1"))
        .andExpect(redirectedUrlPattern("/framework/items/*"));
    return items.findByCodeIgnoreCase(code).orElseThrow().getId();
  }

  @Test
  void aPriorityIsAGapUntilAnObjectiveHangsBeneathIt() throws Exception {
    long plan = newPlan("admin", "SP-" + run, null, null);
    long priority = newItem("P-" + run, "PRIORITY", plan, null);

    mvc.perform(get("/framework/gaps").with(users.as("officer")))
        .andExpect(content().string(containsString("P-" + run + " Title of P-" + run)));
    mvc.perform(get("/api/v1/framework-gaps").with(users.as("officer")))
        .andExpect(jsonPath("$.prioritiesWithNothingBeneath[*].code", hasItem("P-" + run)))
        .andExpect(jsonPath("$.contributingToNothing[*].code", hasItem("P-" + run)));

    long objective = newItem("O-" + run, "OBJECTIVE", plan, priority);

    mvc.perform(get("/api/v1/framework-gaps").with(users.as("officer")))
        .andExpect(jsonPath("$.prioritiesWithNothingBeneath[*].code", not(hasItem("P-" + run))))
        .andExpect(jsonPath("$.contributingToNothing[*].code", not(hasItem("O-" + run))));
    mvc.perform(get("/framework/items/" + objective).with(users.as("councillor")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("contributes to")))
        .andExpect(content().string(containsString("P-" + run + " Title of P-" + run)));
    mvc.perform(get("/api/v1/framework-items/" + priority + "/thread").with(users.as("director")))
        .andExpect(jsonPath("$.down.branches[0].node.code").value("O-" + run));
  }

  @Test
  void aLoopIsRefusedWithAMessageAndNoLinkIsMade() throws Exception {
    long upper = newItem("UO-" + run, "OUTCOME", null, null);
    long lower = newItem("LO-" + run, "OBJECTIVE", null, upper);

    mvc.perform(
            post("/framework/items/" + upper + "/links")
                .with(users.as("admin"))
                .with(csrf())
                .param("parentId", String.valueOf(lower)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("would make a loop")));
    mvc.perform(get("/api/v1/framework-items/" + upper).with(users.as("admin")))
        .andExpect(jsonPath("$.contributesTo").isEmpty());
  }

  @Test
  void aPlanIsSubmittedApprovedAndItsApprovedVersionKeptWhileChangesShow() throws Exception {
    long plan = newPlan("admin", "AP-" + run, null, null);
    long objective = newItem("AO-" + run, "OBJECTIVE", plan, null);

    // Approving a draft is refused, and says why.
    mvc.perform(get("/plans/" + plan + "/approve").with(users.as("admin")))
        .andExpect(status().isOk());
    mvc.perform(
            post("/plans/" + plan + "/approve")
                .with(users.as("admin"))
                .with(csrf())
                .param("approvingBodyId", bodyId("Cabinet"))
                .param("approvedOn", "2026-06-01"))
        .andExpect(content().string(containsString("submit it for approval first")));

    mvc.perform(post("/plans/" + plan + "/submit").with(users.as("admin")).with(csrf()))
        .andExpect(flash().attribute("success", "The plan has been submitted for approval"));
    mvc.perform(
            post("/plans/" + plan + "/approve")
                .with(users.as("admin"))
                .with(csrf())
                .param("approvingBodyId", bodyId("Cabinet"))
                .param("approvedOn", "2026-06-01")
                .param("decisionReference", "Minute 12/26"))
        .andExpect(redirectedUrl("/plans/" + plan));
    assertThat(plans.findById(plan).orElseThrow().getStatus()).isEqualTo(PlanStatus.APPROVED);

    mvc.perform(get("/plans/" + plan + "/versions/1").with(users.as("officer")))
        .andExpect(content().string(containsString("Minute 12/26")))
        .andExpect(content().string(containsString("Title of AO-" + run)));

    mvc.perform(
            post("/framework/items/" + objective + "/edit")
                .with(users.as("admin"))
                .with(csrf())
                .param("code", "AO-" + run)
                .param("title", "A sharper objective")
                .param("type", "OBJECTIVE")
                .param("planId", String.valueOf(plan))
                .param("sortOrder", "1")
                .param("version", "0"))
        .andExpect(redirectedUrl("/framework/items/" + objective));
    mvc.perform(get("/plans/" + plan).with(users.as("admin")))
        .andExpect(content().string(containsString("Changes since version 1 was approved")))
        .andExpect(content().string(containsString("A sharper objective")));
    mvc.perform(get("/plans/" + plan + "/versions/1").with(users.as("admin")))
        .andExpect(content().string(containsString("Title of AO-" + run)))
        .andExpect(content().string(not(containsString("A sharper objective"))));
  }

  @Test
  void aSubmittedPlansItemsCannotBeChanged() throws Exception {
    long plan = newPlan("admin", "LK-" + run, null, null);
    long objective = newItem("LKO-" + run, "OBJECTIVE", plan, null);
    mvc.perform(post("/plans/" + plan + "/submit").with(users.as("admin")).with(csrf()));

    mvc.perform(
            post("/framework/items/" + objective + "/edit")
                .with(users.as("admin"))
                .with(csrf())
                .param("code", "LKO-" + run)
                .param("title", "Sneaked in")
                .param("type", "OBJECTIVE")
                .param("planId", String.valueOf(plan))
                .param("version", "0"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Return it to draft before changing it")));
    assertThat(items.findById(objective).orElseThrow().getTitle()).isEqualTo("Title of LKO-" + run);
  }

  @Test
  void aDirectorArchivesAndApprovesOnlyThePlansOfTheirOwnDirectorate() throws Exception {
    long revben = units.findByCodeIgnoreCase("REVBEN").orElseThrow().getId();
    long place = units.findByCodeIgnoreCase("PLACE").orElseThrow().getId();
    long ownPlan = newPlan("admin", "DO-" + run, null, revben);
    long otherPlan = newPlan("admin", "DX-" + run, null, place);
    long councilPlan = newPlan("admin", "DC-" + run, null, null);

    // The director of Resources: not Place's plan, nor one of no directorate ...
    mvc.perform(post("/plans/" + otherPlan + "/archive").with(users.as("director")).with(csrf()))
        .andExpect(status().isForbidden());
    mvc.perform(get("/plans/" + otherPlan + "/approve").with(users.as("director")))
        .andExpect(status().isForbidden());
    mvc.perform(post("/plans/" + councilPlan + "/archive").with(users.as("director")).with(csrf()))
        .andExpect(status().isForbidden());
    mvc.perform(get("/plans/" + otherPlan).with(users.as("director")))
        .andExpect(status().isOk())
        .andExpect(content().string(not(containsString("/plans/" + otherPlan + "/archive"))));
    assertThat(plans.findById(otherPlan).orElseThrow().getStatus()).isEqualTo(PlanStatus.DRAFT);

    // ... but a plan of a service within Resources, yes.
    mvc.perform(get("/plans/" + ownPlan + "/approve").with(users.as("director")))
        .andExpect(status().isOk());
    mvc.perform(post("/plans/" + ownPlan + "/archive").with(users.as("director")).with(csrf()))
        .andExpect(redirectedUrl("/plans/" + ownPlan));
    assertThat(plans.findById(ownPlan).orElseThrow().getStatus()).isEqualTo(PlanStatus.ARCHIVED);

    // The performance team decides on any plan.
    mvc.perform(post("/plans/" + otherPlan + "/archive").with(users.as("admin")).with(csrf()))
        .andExpect(redirectedUrl("/plans/" + otherPlan));
    assertThat(plans.findById(otherPlan).orElseThrow().getStatus()).isEqualTo(PlanStatus.ARCHIVED);
  }

  @Test
  void whoMayChangePlansFollowsResponsibility() throws Exception {
    long priya = people.search("Priya Shah", null).get(0).getId();
    long revben = units.findByCodeIgnoreCase("REVBEN").orElseThrow().getId();
    long plan = newPlan("manager", "MG-" + run, priya, revben);

    mvc.perform(get("/plans/new").with(users.as("officer"))).andExpect(status().isForbidden());
    mvc.perform(get("/plans/" + plan + "/edit").with(users.as("manager")))
        .andExpect(status().isOk());
    mvc.perform(get("/plans/" + plan + "/edit").with(users.as("director")))
        .andExpect(status().isOk());
    mvc.perform(get("/plans/" + plan + "/edit").with(users.as("officer")))
        .andExpect(status().isForbidden());
    mvc.perform(get("/plans/" + plan + "/approve").with(users.as("manager")))
        .andExpect(status().isForbidden());
    mvc.perform(
            get("/framework/items/new")
                .param("planId", String.valueOf(plan))
                .with(users.as("councillor")))
        .andExpect(status().isForbidden());
  }

  @Test
  void badInputIsNamedAndNothingIsSaved() throws Exception {
    long before = plans.count();
    mvc.perform(
            post("/plans/new")
                .with(users.as("admin"))
                .with(csrf())
                .param("code", "")
                .param("title", "")
                .param("periodStart", "2027-04-01")
                .param("periodEnd", "2026-03-31")
                .param("reviewFrequency", "QUARTERLY"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Enter the plan&#39;s title")))
        .andExpect(content().string(containsString("Choose the type of plan")));
    mvc.perform(
            post("/plans/new")
                .with(users.as("admin"))
                .with(csrf())
                .param("code", "BW-" + run)
                .param("title", "Backwards")
                .param("type", "PROJECT")
                .param("periodStart", "2027-04-01")
                .param("periodEnd", "2026-03-31")
                .param("reviewFrequency", "QUARTERLY"))
        .andExpect(
            content().string(containsString("The plan must end on or after its start date.")));
    assertThat(plans.count()).isEqualTo(before);
  }

  @Test
  void plansAndItemsAreListedOverTheApi() throws Exception {
    long plan = newPlan("admin", "API-" + run, null, null);
    newItem("APIO-" + run, "OBJECTIVE", plan, null);
    mvc.perform(get("/api/v1/plans").with(users.as("officer")))
        .andExpect(jsonPath("$[*].code", hasItem("API-" + run)));
    mvc.perform(get("/api/v1/plans/" + plan + "/items").with(users.as("officer")))
        .andExpect(jsonPath("$[0].code").value("APIO-" + run))
        .andExpect(jsonPath("$[0].type").value("OBJECTIVE"));
    mvc.perform(get("/api/v1/framework-items").with(users.as("officer")))
        .andExpect(jsonPath("$[*].code", hasItem("APIO-" + run)));
  }

  @Test
  void theHomePageShowsAPersonTheirPlansAndTheirPartOfTheThread() throws Exception {
    mvc.perform(get("/").with(users.as("manager")))
        .andExpect(content().string(containsString("Plans you own")))
        .andExpect(content().string(containsString("Revenues and Benefits Service Plan")));
    mvc.perform(get("/").with(users.as("director")))
        .andExpect(content().string(containsString("Your part of the golden thread")));
  }

  @Autowired org.goldenthread.organisation.governance.GovernanceService governance;

  private String bodyId(String name) {
    return governance.bodies().stream()
        .filter(b -> b.getName().equals(name))
        .findFirst()
        .orElseThrow()
        .getId()
        .toString();
  }

  @Autowired FrameworkService framework;

  private void move(long item, int step) throws Exception {
    mvc.perform(
            post("/framework/items/" + item + "/move")
                .with(users.as("admin"))
                .with(csrf())
                .param("step", String.valueOf(step)))
        .andExpect(redirectedUrlPattern("/plans/*"));
  }

  private List<String> planOrder(long plan) {
    return framework.inPlanByLevel(plans.findById(plan).orElseThrow()).stream()
        .map(FrameworkItem::getCode)
        .toList();
  }

  @Test
  void aPlanListsItsItemsLevelByLevelAndAnItemMovesOnlyAmongItsOwnLevel() throws Exception {
    long plan = newPlan("admin", "LV-" + run, null, null);
    long objective = newItem("LV-O-" + run, "OBJECTIVE", plan, null);
    long second = newItem("LV-P2-" + run, "PRIORITY", plan, null);
    newItem("LV-P1-" + run, "PRIORITY", plan, null);
    long aim = newItem("LV-A-" + run, "AIM", plan, null);

    assertThat(planOrder(plan))
        .containsExactly("LV-A-" + run, "LV-P1-" + run, "LV-P2-" + run, "LV-O-" + run);

    move(second, -1);
    assertThat(planOrder(plan))
        .containsExactly("LV-A-" + run, "LV-P2-" + run, "LV-P1-" + run, "LV-O-" + run);
    // The first priority does not climb above the aim, nor the objective above the priorities.
    move(second, -1);
    move(objective, -1);
    move(aim, 1);
    assertThat(planOrder(plan))
        .containsExactly("LV-A-" + run, "LV-P2-" + run, "LV-P1-" + run, "LV-O-" + run);

    mvc.perform(get("/plans/" + plan).with(users.as("admin")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("The plan's golden thread")));
  }
}
