package org.goldenthread.risk.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.goldenthread.audit.AuditTrail;
import org.goldenthread.risk.RiskCategory;
import org.goldenthread.risk.RiskDescriptor;
import org.goldenthread.risk.RiskRegister;
import org.goldenthread.risk.RiskRegisters;
import org.goldenthread.support.DemoUsers;
import org.goldenthread.support.FixtureCouncil;
import org.goldenthread.support.GoldenThreadTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The lists the performance team keeps for risk: categories, level descriptors, registers. */
@GoldenThreadTest
class RiskAdminPagesTest {

  @Autowired MockMvc mvc;
  @Autowired DemoUsers users;
  @Autowired RiskRegisters registers;
  @Autowired AuditTrail audit;

  private RiskCategory categoryNamed(String name) {
    return registers.categoryNamed(name).orElseThrow();
  }

  private RiskDescriptor likelihood(int level) {
    return registers.descriptors().stream()
        .filter(d -> d.getScale() == RiskDescriptor.Scale.LIKELIHOOD && d.getLevel() == level)
        .findFirst()
        .orElseThrow();
  }

  @Test
  void theAdministratorSeesEveryListAndTheBandsAsSet() throws Exception {
    mvc.perform(get("/").with(users.as("admin")))
        .andExpect(content().string(containsString("/admin/risks")));
    mvc.perform(get("/admin/risks").with(users.as("admin")))
        .andExpect(status().isOk())
        .andExpect(
            content()
                .string(
                    allOf(
                        containsString("1 to 4"),
                        containsString("5 to 12"),
                        containsString("13 to 25"),
                        containsString("#d4351c"),
                        containsString("GOLDENTHREAD_RISKS_LOW_MAX"),
                        containsString("/admin/risks/categories"),
                        containsString("/admin/risks/descriptors"),
                        containsString("/admin/risks/registers"))));
    mvc.perform(get("/admin/risks/categories").with(users.as("admin")))
        .andExpect(status().isOk())
        .andExpect(
            content()
                .string(
                    allOf(
                        containsString("Information and cyber"),
                        containsString("Health and safety"),
                        containsString("Add a category"))));
    mvc.perform(get("/admin/risks/descriptors").with(users.as("admin")))
        .andExpect(status().isOk())
        .andExpect(
            content()
                .string(
                    allOf(
                        containsString("Impact: Financial"),
                        containsString("Impact: Reputation"),
                        containsString("Almost certain"))));
    mvc.perform(get("/admin/risks/registers").with(users.as("admin")))
        .andExpect(status().isOk())
        .andExpect(
            content()
                .string(
                    allOf(
                        containsString("Corporate risk register"),
                        containsString("Community Safety Partnership"))));
    RiskRegister corporate = registers.named("CRR").orElseThrow();
    mvc.perform(get("/admin/risks/registers/" + corporate.getId()).with(users.as("admin")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Example Borough Council")));
    mvc.perform(get("/admin/risks/registers/new").with(users.as("admin")))
        .andExpect(status().isOk());
    mvc.perform(get("/admin/risks/descriptors/" + likelihood(4).getId()).with(users.as("admin")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Likelihood level 4")));
  }

  @Test
  void nobodyButAnAdministratorReachesTheListsOrChangesThem() throws Exception {
    RiskCategory financial = categoryNamed("Financial");
    long descriptor = likelihood(3).getId();
    for (String who : new String[] {"officer", "manager", "director", "councillor", "partner"}) {
      for (String path :
          new String[] {
            "/admin/risks",
            "/admin/risks/categories",
            "/admin/risks/categories/" + financial.getId(),
            "/admin/risks/descriptors",
            "/admin/risks/descriptors/" + descriptor,
            "/admin/risks/registers",
            "/admin/risks/registers/new"
          }) {
        mvc.perform(get(path).with(users.as(who))).andExpect(status().isForbidden());
      }
      mvc.perform(
              post("/admin/risks/categories/" + financial.getId())
                  .with(users.as(who))
                  .with(csrf())
                  .param("appetite", "25"))
          .andExpect(status().isForbidden());
      mvc.perform(
              post("/admin/risks/registers/new")
                  .with(users.as(who))
                  .with(csrf())
                  .param("code", FixtureCouncil.unique("NO"))
                  .param("name", "Not allowed")
                  .param("level", "SERVICE"))
          .andExpect(status().isForbidden());
    }
    assertThat(categoryNamed("Financial").getAppetite()).isEqualTo(financial.getAppetite());
  }

  @Test
  void anAppetiteIsChangedOrRemovedAndACategoryAdded() throws Exception {
    String name = "Commercial " + FixtureCouncil.unique("C");
    mvc.perform(
            post("/admin/risks/categories")
                .with(users.as("admin"))
                .with(csrf())
                .param("name", name)
                .param("appetite", "10"))
        .andExpect(redirectedUrl("/admin/risks/categories"))
        .andExpect(flash().attribute("success", "The category " + name + " has been added"));
    RiskCategory added = categoryNamed(name);
    assertThat(added.getAppetite()).isEqualTo(10);
    assertThat(categoryNamed(added.getCode()).getId()).isEqualTo(added.getId());

    mvc.perform(
            post("/admin/risks/categories/" + added.getId())
                .with(users.as("admin"))
                .with(csrf())
                .param("appetite", "15")
                .param("version", String.valueOf(added.getVersion())))
        .andExpect(redirectedUrl("/admin/risks/categories"));
    assertThat(categoryNamed(name).getAppetite()).isEqualTo(15);
    assertThat(audit.historyOf(RiskCategory.class, added.getId())).hasSizeGreaterThanOrEqualTo(2);

    mvc.perform(
            post("/admin/risks/categories/" + added.getId())
                .with(users.as("admin"))
                .with(csrf())
                .param("appetite", "")
                .param("version", String.valueOf(categoryNamed(name).getVersion())))
        .andExpect(redirectedUrl("/admin/risks/categories"));
    assertThat(categoryNamed(name).getAppetite()).isNull();
  }

  @Test
  void badCategoryInputNamesEveryProblemAndChangesNothing() throws Exception {
    RiskCategory financial = categoryNamed("Financial");
    int before = registers.categories().size();

    mvc.perform(
            post("/admin/risks/categories")
                .with(users.as("admin"))
                .with(csrf())
                .param("name", " ")
                .param("appetite", "30"))
        .andExpect(status().isOk())
        .andExpect(
            content()
                .string(
                    allOf(
                        containsString("There is a problem"),
                        containsString("Enter the category"),
                        containsString("The appetite is a score from 1 to 25"))));
    mvc.perform(
            post("/admin/risks/categories")
                .with(users.as("admin"))
                .with(csrf())
                .param("name", "Financial")
                .param("appetite", "5"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("There is already a category Financial")));
    mvc.perform(
            post("/admin/risks/categories")
                .with(users.as("admin"))
                .with(csrf())
                .param("name", "--")
                .param("appetite", "5"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("The name must contain letters")));
    assertThat(registers.categories()).hasSize(before);

    for (String bad : new String[] {"0", "26", "twelve"}) {
      mvc.perform(
              post("/admin/risks/categories/" + financial.getId())
                  .with(users.as("admin"))
                  .with(csrf())
                  .param("appetite", bad)
                  .param("version", String.valueOf(financial.getVersion())))
          .andExpect(status().isOk())
          .andExpect(content().string(containsString("There is a problem")));
    }
    assertThat(categoryNamed("Financial").getAppetite()).isEqualTo(financial.getAppetite());
  }

  @Test
  void aSecondPersonChangingTheSameAppetiteIsToldAndNothingIsLost() throws Exception {
    String name = "Project delivery " + FixtureCouncil.unique("C");
    RiskCategory category = registers.addCategory(name.toUpperCase().replace(' ', '_'), name, 9);
    long opened = category.getVersion();
    registers.setAppetite(category.getId(), 8, opened);

    mvc.perform(
            post("/admin/risks/categories/" + category.getId())
                .with(users.as("admin"))
                .with(csrf())
                .param("appetite", "20")
                .param("version", String.valueOf(opened)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Someone else saved a change")))
        .andExpect(content().string(containsString("value=\"20\"")));
    assertThat(categoryNamed(name).getAppetite()).isEqualTo(8);
  }

  @Test
  void aLevelIsRewordedAndABlankOneRefusedNamingBothFields() throws Exception {
    RiskDescriptor likely = likelihood(4);
    try {
      mvc.perform(
              post("/admin/risks/descriptors/" + likely.getId())
                  .with(users.as("admin"))
                  .with(csrf())
                  .param("word", "")
                  .param("description", "")
                  .param("version", String.valueOf(likely.getVersion())))
          .andExpect(status().isOk())
          .andExpect(
              content()
                  .string(
                      allOf(
                          containsString("Enter the word for this level"),
                          containsString("Enter what this level means"))));
      assertThat(likelihood(4).getWord()).isEqualTo(likely.getWord());

      mvc.perform(
              post("/admin/risks/descriptors/" + likely.getId())
                  .with(users.as("admin"))
                  .with(csrf())
                  .param("word", "Probable")
                  .param("description", "More likely than not within the next twelve months")
                  .param("version", String.valueOf(likely.getVersion())))
          .andExpect(redirectedUrl("/admin/risks/descriptors"));
      assertThat(likelihood(4).getWord()).isEqualTo("Probable");
    } finally {
      RiskDescriptor now = likelihood(4);
      registers.describeLevel(
          now.getId(), likely.getWord(), likely.getDescription(), now.getVersion());
    }
  }
}
