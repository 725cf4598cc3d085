package org.goldenthread.intervention.clinic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.goldenthread.action.Action;
import org.goldenthread.action.ActionFixtures;
import org.goldenthread.action.ActionService;
import org.goldenthread.action.Brag;
import org.goldenthread.action.progress.ProgressUpdates;
import org.goldenthread.support.DemoUsers;
import org.goldenthread.support.GoldenThreadTest;
import org.goldenthread.support.TestClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/**
 * Good performance at a clinic: the page proposes indicators that improved into Green or stayed
 * Green for four periods, and actions completed early, in the clinic's scope; the clinic records
 * the ones it chooses, and one by hand; the notes for the minutes (Word and PDF) and the API give
 * the items and recognitions.
 */
@GoldenThreadTest
@Transactional
class ClinicRecognitionTest {

  @Autowired MockMvc mvc;
  @Autowired DemoUsers users;
  @Autowired ClinicFixtures fixtures;
  @Autowired Clinics clinics;
  @Autowired ClinicRecords records;
  @Autowired Recognitions recognitions;
  @Autowired ActionService actions;
  @Autowired ProgressUpdates progress;

  private Clinic clinic(ClinicFixtures.Setting setting, String title) {
    return clinics.plan(
        new ClinicForm(
            title,
            TestClock.TODAY,
            setting.board().getId(),
            setting.council().service().getId(),
            List.of(),
            null));
  }

  private Action completedEarly(ClinicFixtures.Setting setting) {
    Action action =
        actions.create(
            ActionFixtures.action(
                ActionFixtures.uniqueCode("CLA"),
                null,
                null,
                setting.council().officer().getId(),
                null,
                setting.council().service().getId(),
                TestClock.TODAY.minusMonths(6),
                TestClock.TODAY.plusDays(20)));
    progress.update(
        action.getId(),
        ActionFixtures.progress(Brag.BLUE, 100, TestClock.TODAY.minusDays(10), "Done early", null),
        setting.council().asOfficer());
    return action;
  }

  @Test
  void proposesIndicatorsImprovedIntoGreenOrGreenForFourPeriodsAndActionsCompletedEarly() {
    ClinicFixtures.Setting improved = fixtures.create();
    fixtures.verified(improved.indicator(), List.of("2026/27 Q1=50", "2026/27 Q2=95"));
    Action early = completedEarly(improved);
    ClinicFixtures.Setting steady = fixtures.create();
    fixtures.verified(
        steady.indicator(),
        List.of("2025/26 Q3=95", "2025/26 Q4=96", "2026/27 Q1=97", "2026/27 Q2=98"));
    ClinicFixtures.Setting notYet = fixtures.create();
    fixtures.verified(
        notYet.indicator(), List.of("2025/26 Q4=96", "2026/27 Q1=97", "2026/27 Q2=98"));

    assertThat(recognitions.proposals(clinic(improved, "Improved")))
        .extracting(Recognitions.Proposal::label, Recognitions.Proposal::reason)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(
                improved.indicator().label(),
                "Improved into Green in 2026/27 Q2 (Red in 2026/27 Q1)"),
            org.assertj.core.groups.Tuple.tuple(
                early.label(),
                "Completed early: on 22 November 2026, 30 days before its due date (22 December"
                    + " 2026)"));
    assertThat(recognitions.proposals(clinic(steady, "Steady")))
        .extracting(Recognitions.Proposal::reason)
        .containsExactly("Green for four periods running, 2025/26 Q3 to 2026/27 Q2");
    assertThat(recognitions.proposals(clinic(notYet, "Three only"))).isEmpty();
  }

  @Test
  void theClinicRecordsARecognitionProposedAndOneByHandAndTheNotesAndApiGiveThem()
      throws Exception {
    ClinicFixtures.Setting setting = fixtures.create();
    fixtures.atClinicLevel(setting.indicator());
    Action early = completedEarly(setting);
    Clinic clinic = clinic(setting, "Recognitions");
    ClinicItem item = clinic.getItems().get(0);
    records.record(
        clinic.getId(),
        item.getId(),
        new ItemForm(
            "What will turn it round?",
            List.of(ClinicOutcome.RESOURCES_MOVED),
            "Two officers moved",
            null,
            item.getVersion()),
        setting.council().asManager());
    String page = "/clinics/" + clinic.getId();

    mvc.perform(
            post(page + "/recognitions")
                .with(csrf())
                .with(users.as(setting.council().managerUsername()))
                .param("subject", "action:" + early.getId())
                .param("note", "Thanks to the team")
                .param("version", String.valueOf(clinics.get(clinic.getId()).getVersion())))
        .andExpect(flash().attribute("success", containsString("Good performance recognised")));
    mvc.perform(
            post(page + "/recognitions")
                .with(csrf())
                .with(users.as("admin"))
                .param("subject", "indicator:" + setting.indicator().getId())
                .param("reason", "Data returned on time all year")
                .param("version", String.valueOf(clinics.get(clinic.getId()).getVersion())))
        .andExpect(flash().attribute("success", containsString("Good performance recognised")));
    mvc.perform(
            post(page + "/recognitions")
                .with(csrf())
                .with(users.as("admin"))
                .param("subject", "action:" + early.getId())
                .param("version", String.valueOf(clinics.get(clinic.getId()).getVersion())))
        .andExpect(flash().attribute("problem", "This clinic has already recognised it"));

    Clinic after = clinics.get(clinic.getId());
    assertThat(after.getRecognitions())
        .extracting(ClinicRecognition::subjectLabel, ClinicRecognition::getReason)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                early.label(),
                "Completed early: on 22 November 2026, 30 days before its due date (22 December"
                    + " 2026)"),
            org.assertj.core.groups.Tuple.tuple(
                setting.indicator().label(), "Data returned on time all year"));
    assertThat(recognitions.proposals(after))
        .as("a recognised one is no longer proposed")
        .isEmpty();

    byte[] docx =
        mvc.perform(get(page + "/notes.docx").with(users.as("councillor")))
            .andExpect(status().isOk())
            .andExpect(header().string("Content-Disposition", containsString(".docx")))
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    String word;
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
        XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
      word = extractor.getText();
    }
    byte[] pdf =
        mvc.perform(get(page + "/notes.pdf").with(users.as("councillor")))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    String text;
    try (PDDocument doc = PDDocument.load(pdf)) {
      text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
    }
    for (String notes : List.of(word.replaceAll("\\s+", " "), text)) {
      assertThat(notes)
          .contains("Recognitions")
          .contains(setting.board().getName())
          .contains(setting.council().manager().getFullName())
          .contains("1. Indicator: " + setting.indicator().getCode())
          .contains("Intervention at level 4")
          .contains("What will turn it round?")
          .contains("Resources moved")
          .contains("Two officers moved")
          .contains(early.getCode())
          .contains("Thanks to the team")
          .contains("Data returned on time all year");
    }

    mvc.perform(get("/api/v1/clinics/" + clinic.getId()).with(users.as("councillor")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.heldOn").value(TestClock.TODAY.toString()))
        .andExpect(jsonPath("$.body.name").value(setting.board().getName()))
        .andExpect(jsonPath("$.attendees[0].id").value(setting.council().manager().getId()))
        .andExpect(jsonPath("$.attendees[0].name").value(setting.council().manager().getFullName()))
        .andExpect(jsonPath("$.items[0].subject.code").value(setting.indicator().getCode()))
        .andExpect(jsonPath("$.items[0].interventionLevel").value(4))
        .andExpect(jsonPath("$.items[0].interventionId").value(item.getIntervention().getId()))
        .andExpect(jsonPath("$.items[0].challenge").value("What will turn it round?"))
        .andExpect(jsonPath("$.items[0].outcomes[0]").value("RESOURCES_MOVED"))
        .andExpect(jsonPath("$.recognitions[0].subject.kind").value("ACTION"))
        .andExpect(jsonPath("$.recognitions[1].reason").value("Data returned on time all year"));
    mvc.perform(get("/api/v1/clinics").with(users.as("admin")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("\"title\":\"Recognitions\"")));
    mvc.perform(get("/api/v1/clinics/" + clinic.getId()).with(users.as("partner")))
        .andExpect(status().isForbidden());
  }
}
