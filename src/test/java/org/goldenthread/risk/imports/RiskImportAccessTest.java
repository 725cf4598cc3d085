package org.goldenthread.risk.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.goldenthread.audit.AuditTrail;
import org.goldenthread.risk.Risk;
import org.goldenthread.risk.RiskForm;
import org.goldenthread.risk.RiskService;
import org.goldenthread.spreadsheet.SheetReader;
import org.goldenthread.support.DemoUsers;
import org.goldenthread.support.GoldenThreadTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/** The register import and export through the pages and the API, and who may use them. */
@GoldenThreadTest
class RiskImportAccessTest {

  @Autowired MockMvc mvc;
  @Autowired DemoUsers users;
  @Autowired RiskService risks;
  @Autowired RiskRegisterFiles files;
  @Autowired AuditTrail audit;
  @Autowired TransactionTemplate tx;

  private RiskRegisterFiles.Council council;

  @BeforeEach
  void setUp() {
    council = files.council();
  }

  private String file(String name) {
    return council.fill(RiskRegisterFiles.resource(name));
  }

  private static MockMultipartFile upload(String text) {
    return new MockMultipartFile(
        "file", "risk-register.csv", "text/csv", text.getBytes(StandardCharsets.UTF_8));
  }

  private String export(String who, String path) throws Exception {
    return mvc.perform(get(path).with(users.as(who)))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString(StandardCharsets.UTF_8);
  }

  @Test
  void theApiTakesTheRegisterAsTheRequestBodyAndAuditsEveryRisk() throws Exception {
    mvc.perform(
            post("/api/v1/risks/import")
                .contentType("text/csv")
                .content(file(RiskImportTest.REGISTER))
                .with(users.as("admin"))
                .with(csrf()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.created").value(18))
        .andExpect(jsonPath("$.updated").value(0));

    Risk risk = risks.byCode(council.code("CR01"));
    assertThat(audit.historyOf(Risk.class, risk.getId()))
        .isNotEmpty()
        .allSatisfy(change -> assertThat(change.actor()).isEqualTo("admin"));
  }

  @Test
  void theApiTakesTheRegisterAsAFileAndAnswersEveryProblemWith400() throws Exception {
    mvc.perform(
            multipart("/api/v1/risks/import")
                .file(upload(file("council-risk-register-malformed.csv")))
                .with(users.as("admin"))
                .with(csrf()))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.created").value(0))
        .andExpect(jsonPath("$.problems.length()").value(7))
        .andExpect(jsonPath("$.problems[0].row").value(2))
        .andExpect(jsonPath("$.problems[0].column").value("code"))
        .andExpect(jsonPath("$.problems[2].column").value("owner"));
    assertThat(risks.onRegister(council.corporate().getId())).isEmpty();

    mvc.perform(
            multipart("/api/v1/risks/import")
                .file(upload(file(RiskImportTest.REGISTER)))
                .with(users.as("admin"))
                .with(csrf()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.created").value(18));
  }

  @Test
  void thePageReportsEachProblemByRowAndColumn() throws Exception {
    mvc.perform(
            multipart("/risks/import")
                .file(upload(file("council-risk-register-malformed.csv")))
                .with(users.as("admin"))
                .with(csrf()))
        .andExpect(status().isOk())
        .andExpect(
            content()
                .string(
                    containsString(
                        "Nothing has been imported: 7 problems were found in"
                            + " risk-register.csv.")))
        .andExpect(content().string(containsString("Problems found in risk-register.csv")))
        .andExpect(content().string(containsString("current_likelihood")));
  }

  @Test
  void onlyThePerformanceTeamImports() throws Exception {
    for (String who : List.of("officer", "manager", "director", "councillor", "partner")) {
      mvc.perform(get("/risks/import").with(users.as(who))).andExpect(status().isForbidden());
      mvc.perform(
              multipart("/risks/import")
                  .file(upload(file(RiskImportTest.REGISTER)))
                  .with(users.as(who))
                  .with(csrf()))
          .andExpect(status().isForbidden());
      mvc.perform(
              post("/api/v1/risks/import")
                  .contentType("text/csv")
                  .content(file(RiskImportTest.REGISTER))
                  .with(users.as(who))
                  .with(csrf()))
          .andExpect(status().isForbidden());
    }
    assertThat(risks.onRegister(council.corporate().getId())).isEmpty();
    mvc.perform(get("/risks/import").with(users.as("admin")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("linked_indicators")));
    assertThat(export("admin", "/risks/import/template.csv")).startsWith("\uFEFFcode,register,");
    byte[] workbook =
        mvc.perform(get("/risks/import/template.xlsx").with(users.as("admin")))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    assertThat(new SheetReader(RiskColumns.LAYOUT.limits()).read(workbook).headings())
        .isEqualTo(RiskColumns.LAYOUT.headings());
  }

  @Test
  void theExportHoldsOnlyTheRisksTheCallerReads() throws Exception {
    mvc.perform(
            post("/api/v1/risks/import")
                .contentType("text/csv")
                .content(file(RiskImportTest.REGISTER))
                .with(users.as("admin"))
                .with(csrf()))
        .andExpect(status().isOk());
    RiskForm form = tx.execute(t -> RiskForm.of(risks.byCode(council.code("CR02"))));
    risks.update(
        risks.byCode(form.code()).getId(),
        new RiskForm(
            form.code(),
            form.registerId(),
            form.title(),
            form.cause(),
            form.event(),
            form.consequence(),
            form.categoryId(),
            form.ownerId(),
            form.accountableId(),
            form.accountableBodyId(),
            form.inherentLikelihood(),
            form.inherentImpact(),
            form.currentLikelihood(),
            form.currentImpact(),
            form.targetLikelihood(),
            form.targetImpact(),
            form.reviewFrequency(),
            form.lastReviewed(),
            true,
            form.readerIds(),
            form.itemIds(),
            form.indicatorIds(),
            form.actionIds(),
            form.version()),
        council.people().asManager());
    String corporate = "?register=" + council.corporate().getCode();

    String councillor = export("councillor", "/risks/export.csv" + corporate);
    assertThat(councillor).contains(council.code("CR01")).doesNotContain(council.code("CR02"));
    assertThat(
            export(
                "councillor", "/api/v1/risks/export.csv?register=" + council.service().getCode()))
        .doesNotContain(council.code("SR01"));

    String manager = export(council.people().managerUsername(), "/risks/export.csv");
    assertThat(manager)
        .as("the owner reads the confidential risk, and their own service's register")
        .contains(council.code("CR02"), council.code("SR01"), council.code("CR01"))
        .doesNotContain(council.code("DR02"));
    String officer = export(council.people().officerUsername(), "/risks/export.csv");
    assertThat(officer)
        .as("the officer is the accountable person of CR02")
        .contains(council.code("CR02"), council.code("SR01"));

    assertThat(export("partner", "/risks/export.csv")).doesNotContain(council.code("CR01"));
    assertThat(export("admin", "/risks/export.csv" + corporate)).contains(council.code("CR02"));
  }
}
