package org.goldenthread.risk.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.goldenthread.organisation.governance.GovernanceService;
import org.goldenthread.risk.RiskLevel;
import org.goldenthread.risk.RiskRegister;
import org.goldenthread.risk.RiskRegisters;
import org.goldenthread.support.DemoUsers;
import org.goldenthread.support.FixtureCouncil;
import org.goldenthread.support.GoldenThreadTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The performance team adds and changes risk registers at /admin/risks/registers. */
@GoldenThreadTest
class RiskRegisterAdminPagesTest {

  @Autowired MockMvc mvc;
  @Autowired DemoUsers users;
  @Autowired RiskRegisters registers;
  @Autowired GovernanceService governance;

  @Test
  void registersAreAddedAndChangedAndBadOnesRefusedNamingEveryProblem() throws Exception {
    mvc.perform(
            post("/admin/risks/registers/new")
                .with(users.as("admin"))
                .with(csrf())
                .param("code", "")
                .param("name", "")
                .param("level", "PARTNERSHIP"))
        .andExpect(status().isOk())
        .andExpect(
            content()
                .string(
                    allOf(
                        containsString("id=\"code-error\""),
                        containsString("Enter the register"),
                        containsString("Choose the partnership body"))));

    String code = FixtureCouncil.unique("PRR");
    long csp =
        governance.bodies().stream()
            .filter(b -> b.getName().equals("Health and Wellbeing Partnership"))
            .findFirst()
            .orElseThrow()
            .getId();
    mvc.perform(
            post("/admin/risks/registers/new")
                .with(users.as("admin"))
                .with(csrf())
                .param("code", code)
                .param("name", "Health and wellbeing risks")
                .param("level", "PARTNERSHIP")
                .param("bodyId", String.valueOf(csp)))
        .andExpect(redirectedUrl("/admin/risks/registers"));
    RiskRegister added = registers.named(code).orElseThrow();
    assertThat(added.getLevel()).isEqualTo(RiskLevel.PARTNERSHIP);
    assertThat(added.getBody().getId()).isEqualTo(csp);

    mvc.perform(
            post("/admin/risks/registers/" + added.getId())
                .with(users.as("admin"))
                .with(csrf())
                .param("code", "CRR")
                .param("name", "Renamed")
                .param("level", "PARTNERSHIP")
                .param("bodyId", String.valueOf(csp))
                .param("version", String.valueOf(added.getVersion())))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("The code CRR is already used")));
    mvc.perform(
            post("/admin/risks/registers/" + added.getId())
                .with(users.as("admin"))
                .with(csrf())
                .param("code", code)
                .param("name", "Health and wellbeing partnership risks")
                .param("level", "PARTNERSHIP")
                .param("bodyId", String.valueOf(csp))
                .param("version", String.valueOf(added.getVersion() + 1)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Someone else saved a change")));
    assertThat(registers.named(code).orElseThrow().getName())
        .isEqualTo("Health and wellbeing risks");

    mvc.perform(
            post("/admin/risks/registers/" + added.getId())
                .with(users.as("admin"))
                .with(csrf())
                .param("code", code)
                .param("name", "Health and wellbeing partnership risks")
                .param("level", "PARTNERSHIP")
                .param("bodyId", String.valueOf(csp))
                .param("version", String.valueOf(added.getVersion())))
        .andExpect(redirectedUrl("/admin/risks/registers"));
    assertThat(registers.named(code).orElseThrow().getName())
        .isEqualTo("Health and wellbeing partnership risks");
  }
}
