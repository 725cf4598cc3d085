package org.goldenthread.intervention.clinic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.goldenthread.shared.TestPeople.named;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
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
import org.goldenthread.indicator.Figures;
import org.goldenthread.period.Period;
import org.goldenthread.report.GoodNewsLine;
import org.goldenthread.report.Report;
import org.goldenthread.report.ReportBuilder;
import org.goldenthread.report.ReportDefinition;
import org.goldenthread.report.ReportService;
import org.goldenthread.report.ReportSnapshot;
import org.goldenthread.report.ScopeKind;
import org.goldenthread.support.DemoUsers;
import org.goldenthread.support.GoldenThreadTest;
import org.goldenthread.support.TestClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/**
 * A report's "good news" lists what clinics held from the start of its period to the end of the
 * next one recognised for the indicators and actions it covers: on screen, in the Word and PDF
 * papers and in the snapshot a publication keeps.
 */
@GoldenThreadTest
@Transactional
class ClinicGoodNewsReportTest {

  @Autowired MockMvc mvc;
  @Autowired DemoUsers users;
  @Autowired ClinicFixtures fixtures;
  @Autowired Clinics clinics;
  @Autowired Recognitions recognitions;
  @Autowired ActionService actions;
  @Autowired ProgressUpdates progress;
  @Autowired ReportService reports;
  @Autowired ReportBuilder builder;
  @Autowired Figures figures;

  @Test
  void theReportListsTheRecognitionsOfClinicsHeldForWhatItCovers() throws Exception {
    ClinicFixtures.Setting setting = fixtures.create();
    fixtures.verified(setting.indicator(), List.of("2026/27 Q1=50", "2026/27 Q2=95"));
    Action action =
        actions.create(
            ActionFixtures.action(
                ActionFixtures.uniqueCode("GN"),
                null,
                null,
                setting.council().officer().getId(),
                null,
                setting.council().service().getId(),
                TestClock.TODAY.minusMonths(6),
                TestClock.TODAY.plusDays(20)));
    progress.update(
        action.getId(),
        ActionFixtures.progress(Brag.BLUE, 100, TestClock.TODAY.minusDays(10), "Done", null),
        setting.council().asOfficer());
    ClinicFixtures.Setting elsewhere = fixtures.create();
    Clinic clinic =
        clinics.plan(
            new ClinicForm(
                "Good news clinic",
                TestClock.TODAY,
                setting.board().getId(),
                null,
                List.of(),
                null));
    for (String subject :
        List.of(
            "indicator:" + setting.indicator().getId(),
            "action:" + action.getId(),
            "indicator:" + elsewhere.indicator().getId())) {
      recognitions.recognise(
          clinic.getId(),
          new RecognitionForm(
              subject, null, "Well done", clinics.get(clinic.getId()).getVersion()));
    }
    clinics.hold(clinic.getId(), clinics.get(clinic.getId()).getVersion());
    ReportDefinition definition =
        reports.define(
            "Good news " + setting.council().suffix(),
            "Cabinet",
            ScopeKind.DIRECTORATE,
            setting.council().service().getId(),
            false,
            named("admin"));

    Report q2 = builder.build(definition, Period.parse("2026/27 Q2"));
    assertThat(q2.goodNews())
        .as("the clinic met in the next period; the other service's indicator is not covered")
        .extracting(GoodNewsLine::code, GoodNewsLine::reason)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                setting.indicator().getCode(),
                "Improved into Green in 2026/27 Q2 (Red in 2026/27 Q1)"),
            org.assertj.core.groups.Tuple.tuple(
                action.getCode(),
                "Completed early: on 22 November 2026, 30 days before its due date (22 December"
                    + " 2026)"));
    assertThat(builder.build(definition, Period.parse("2026/27 Q1")).goodNews())
        .as("a clinic held after the end of the next period is not the period's news")
        .isEmpty();
    ReportSnapshot snapshot = ReportSnapshot.of(q2, figures);
    assertThat(snapshot.goodNews()).hasSize(2);

    String path = "/reports/" + definition.getId();
    mvc.perform(get(path).param("period", "2026/27 Q2").with(users.as("admin")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Good news")))
        .andExpect(content().string(containsString("Improved into Green in 2026/27 Q2")));
    byte[] docx =
        mvc.perform(
                get(path + "/export.docx").param("period", "2026/27 Q2").with(users.as("admin")))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
        XWPFWordExtractor words = new XWPFWordExtractor(doc)) {
      assertThat(words.getText()).contains("Good news").contains("Completed early: on 22 November");
    }
    byte[] pdf =
        mvc.perform(get(path + "/export.pdf").param("period", "2026/27 Q2").with(users.as("admin")))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    try (PDDocument doc = PDDocument.load(pdf)) {
      assertThat(new PDFTextStripper().getText(doc).replaceAll("\\s+", " "))
          .contains("Good news")
          .contains("Improved into Green in 2026/27 Q2");
    }
  }
}
