package org.goldenthread.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A report's cover as an agenda item, in plain values (kept in a published report's snapshot as it
 * stood): the meeting, the agenda item, who the report is from and whom to contact, wards, whether
 * it is a key decision and open or exempt, its purpose, the numbered recommendations and the
 * reasons for them, and the implications. An implication left empty is not printed; when none is
 * filled in, the paper says that none was recorded rather than that there are none.
 */
public record CoverSheet(
    String body,
    LocalDate meetingDate,
    String meetingDateText,
    String agendaItem,
    String title,
    String reportOf,
    String portfolioHolder,
    String contactName,
    String contactPost,
    String contactEmail,
    String contactPhone,
    String wards,
    boolean keyDecision,
    String forwardPlanReference,
    boolean exempt,
    Integer exemptParagraph,
    String purpose,
    List<String> recommendations,
    String reasons,
    String financialImplications,
    String legalImplications,
    String equalitiesImplications,
    String riskImplications) {

  /** One implication as printed: its heading and what was written. */
  public record Implication(String heading, String text) {}

  public CoverSheet {
    recommendations = recommendations == null ? List.of() : List.copyOf(recommendations);
  }

  /** The paragraphs of Schedule 12A to the Local Government Act 1972, in short. */
  public static final List<String> EXEMPT_PARAGRAPHS =
      List.of(
          "information about a particular person",
          "information likely to reveal who a person is",
          "the financial or business affairs of a person, including the council",
          "consultations or negotiations on labour relations",
          "information covered by legal professional privilege",
          "a notice, order or direction the council proposes to give or make",
          "the prevention, investigation or prosecution of crime");

  /** "Yes (forward plan reference FP/26/14)" or "No". */
  public String keyDecisionText() {
    if (!keyDecision) {
      return "No";
    }
    return forwardPlanReference == null || forwardPlanReference.isBlank()
        ? "Yes"
        : "Yes (forward plan reference " + forwardPlanReference + ")";
  }

  /** "Open" or "Exempt: paragraph 3 of Schedule 12A …, …". */
  public String accessText() {
    if (!exempt) {
      return "Open";
    }
    return exemptParagraph == null
        ? "Exempt"
        : "Exempt under paragraph "
            + exemptParagraph
            + " of Schedule 12A to the Local Government Act 1972 ("
            + paragraph(exemptParagraph)
            + ")";
  }

  /** The paragraph's short description, or empty for a number outside 1 to 7. */
  public static String paragraph(int number) {
    return number >= 1 && number <= EXEMPT_PARAGRAPHS.size()
        ? EXEMPT_PARAGRAPHS.get(number - 1)
        : "";
  }

  /** The contact officer's name, post, email and telephone, those recorded, comma-separated. */
  public String contactText() {
    List<String> parts = new ArrayList<>();
    for (String part : List.of(text(contactName), text(contactPost))) {
      if (!part.isEmpty()) {
        parts.add(part);
      }
    }
    if (!text(contactEmail).isEmpty()) {
      parts.add(contactEmail);
    }
    if (!text(contactPhone).isEmpty()) {
      parts.add("telephone " + contactPhone);
    }
    return String.join(", ", parts);
  }

  /**
   * The same cover naming no one (no portfolio holder, no contact officer): for the public pages,
   * which name no person.
   */
  public CoverSheet withoutPeople() {
    return new CoverSheet(
        body,
        meetingDate,
        meetingDateText,
        agendaItem,
        title,
        reportOf,
        null,
        null,
        null,
        null,
        null,
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

  /** "Cabinet, Wednesday 9 December 2026" as the meeting is named at the top of the paper. */
  public String meetingText() {
    return body + ", " + meetingDateText;
  }

  /** The implications filled in, in the usual order; empty ones are left out. */
  public List<Implication> implications() {
    List<Implication> all = new ArrayList<>();
    add(all, "Financial implications", financialImplications);
    add(all, "Legal implications", legalImplications);
    add(all, "Equalities implications", equalitiesImplications);
    add(all, "Risk implications", riskImplications);
    return all;
  }

  /** The rows of the cover's table, label and value, those filled in. */
  public List<Implication> rows() {
    List<Implication> rows = new ArrayList<>();
    add(rows, "Report to", body);
    add(rows, "Date of meeting", meetingDateText);
    add(rows, "Agenda item", agendaItem);
    add(rows, "Report of", reportOf);
    add(rows, "Portfolio holder", portfolioHolder);
    add(rows, "Contact officer", contactText());
    add(rows, "Wards affected", wards);
    add(rows, "Key decision", keyDecisionText());
    add(rows, "Open or exempt", accessText());
    return rows;
  }

  private static void add(List<Implication> to, String heading, String text) {
    if (text != null && !text.isBlank()) {
      to.add(new Implication(heading, text.strip()));
    }
  }

  private static String text(String s) {
    return s == null ? "" : s.strip();
  }
}
