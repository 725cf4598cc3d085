package org.goldenthread.report.cover;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A report's cover as entered: the recommendations one a line, numbered when printed. The rules
 * between fields (a key decision needs its forward plan reference, an exempt report its paragraph)
 * are in {@link #problems()}, so that every problem is named at once with the field checks.
 */
public record CoverForm(
    Long version,
    @NotNull(message = "Choose the body whose meeting receives the report") Long bodyId,
    @NotNull(message = "Enter the date of the meeting, for example 9 12 2026")
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate meetingDate,
    @Size(max = 20, message = "Agenda item must be 20 characters or fewer") String agendaItem,
    @NotBlank(message = "Enter the report’s title as it will appear on the agenda")
        @Size(max = 300, message = "Title must be 300 characters or fewer")
        String title,
    @NotBlank(message = "Enter who the report is from, for example Director of Resources")
        @Size(max = 200, message = "Report of must be 200 characters or fewer")
        String reportOf,
    @Size(max = 200, message = "Portfolio holder must be 200 characters or fewer")
        String portfolioHolder,
    @NotNull(message = "Choose the contact officer") Long contactOfficerId,
    @NotBlank(message = "Enter the wards affected, for example All wards")
        @Size(max = 500, message = "Wards affected must be 500 characters or fewer")
        String wards,
    Boolean keyDecision,
    @Size(max = 50, message = "Forward plan reference must be 50 characters or fewer")
        String forwardPlanReference,
    Boolean exempt,
    Integer exemptParagraph,
    @NotBlank(message = "Enter the purpose of the report")
        @Size(max = 2000, message = "Purpose must be 2000 characters or fewer")
        String purpose,
    @NotBlank(message = "Enter at least one recommendation, one a line")
        @Size(max = 4000, message = "Recommendations must be 4000 characters or fewer")
        String recommendations,
    @NotBlank(message = "Enter the reasons for the recommendations")
        @Size(max = 4000, message = "Reasons must be 4000 characters or fewer")
        String reasons,
    @Size(max = 4000, message = "Financial implications must be 4000 characters or fewer")
        String financialImplications,
    @Size(max = 4000, message = "Legal implications must be 4000 characters or fewer")
        String legalImplications,
    @Size(max = 4000, message = "Equalities implications must be 4000 characters or fewer")
        String equalitiesImplications,
    @Size(max = 4000, message = "Risk implications must be 4000 characters or fewer")
        String riskImplications) {

  public CoverForm {
    // An unticked radio or box sends nothing.
    keyDecision = Boolean.TRUE.equals(keyDecision);
    exempt = Boolean.TRUE.equals(exempt);
  }

  /** The problems between fields, by field, to be named with the others. */
  Map<String, String> problems() {
    Map<String, String> problems = new LinkedHashMap<>();
    if (keyDecision && blankToNull(forwardPlanReference) == null) {
      problems.put(
          "forwardPlanReference", "Enter the forward plan reference, as this is a key decision");
    }
    if (exempt && (exemptParagraph == null || exemptParagraph < 1 || exemptParagraph > 7)) {
      problems.put(
          "exemptParagraph",
          "Choose the paragraph of Schedule 12A that makes the report exempt, as it is not open");
    }
    return problems;
  }

  CoverForm withVersion(Long newVersion) {
    return new CoverForm(
        newVersion,
        bodyId,
        meetingDate,
        agendaItem,
        title,
        reportOf,
        portfolioHolder,
        contactOfficerId,
        wards,
        keyDecision,
        forwardPlanReference,
        exempt,
        exemptParagraph,
        purpose,
        recommendations,
        reasons,
        financialImplications,
        legalImplications,
        equalitiesImplications,
        riskImplications);
  }

  /** The cover as saved, to change it. */
  static CoverForm of(ReportCover c) {
    return new CoverForm(
        c.getVersion(),
        c.getBody().getId(),
        c.getMeetingDate(),
        c.getAgendaItem(),
        c.getTitle(),
        c.getReportOf(),
        c.getPortfolioHolder(),
        c.getContactOfficerId(),
        c.getWards(),
        c.isKeyDecision(),
        c.getForwardPlanReference(),
        c.isExempt(),
        c.getExemptParagraph(),
        c.getPurpose(),
        c.getRecommendations(),
        c.getReasons(),
        c.getFinancialImplications(),
        c.getLegalImplications(),
        c.getEqualitiesImplications(),
        c.getRiskImplications());
  }

  /** The non-blank lines of a text, trimmed, with any number or bullet someone typed removed. */
  static List<String> lines(String text) {
    if (text == null) {
      return List.of();
    }
    return Arrays.stream(text.split("\\R"))
        .map(s -> s.strip().replaceFirst("^(\\(?\\d+[.)]|[-•*])\\s*", ""))
        .filter(s -> !s.isBlank())
        .toList();
  }

  static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
