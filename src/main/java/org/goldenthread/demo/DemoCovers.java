package org.goldenthread.demo;

import java.util.List;
import org.goldenthread.organisation.Person;
import org.goldenthread.organisation.governance.Body;
import org.goldenthread.period.Period;
import org.goldenthread.report.ReportDefinition;
import org.goldenthread.report.cover.CoverForm;
import org.goldenthread.report.cover.ReportCovers;
import org.goldenthread.shared.PersonRef;
import org.springframework.stereotype.Component;

/**
 * The covers of the demo's quarterly performance report as agenda items: to Cabinet (notes the
 * performance, asks for remedial plans) and to the Overview and Scrutiny Committee (chooses what to
 * examine), starting from the defaults a person preparing it would see, with the meeting's own
 * parts written in. Scrutiny's leaves the legal and equalities implications empty, as a real one
 * might: the paper prints only what was written.
 */
@Component
class DemoCovers {

  private static final String FINANCIAL =
      "The report has no direct cost. Where a remedial plan needs money it is found within the"
          + " service's budget, or brought to Cabinet separately.";
  private static final String RISK =
      "Red indicators without a plan to recover them put the Corporate Plan's aims at risk; the"
          + " corporate risks linked to each are shown beside it.";

  private final ReportCovers covers;

  DemoCovers(ReportCovers covers) {
    this.covers = covers;
  }

  void toCabinet(
      ReportDefinition report,
      Period period,
      Body cabinet,
      Person contact,
      Person leader,
      PersonRef by) {
    CoverForm start = covers.form(report.getId(), period, cabinet.getId(), by);
    covers.save(
        report.getId(),
        period,
        fill(
            start,
            cabinet,
            contact,
            leader,
            "7",
            List.of(
                "Cabinet notes the council's performance against the Corporate Plan for "
                    + period.label()
                    + ".",
                "Cabinet asks for a plan to recover each red indicator, to come with the next"
                    + " quarterly report.",
                "Cabinet notes the annual targets at risk and the action proposed on each."),
            "Cabinet is responsible for delivering the Corporate Plan. Looking at performance each"
                + " quarter shows it where services are off track in time to agree what is done"
                + " about it.",
            "The council must secure continuous improvement in how it works (its best value duty"
                + " under the Local Government Act 1999); reporting performance to Cabinet is part"
                + " of how it shows that it does.",
            "No new equalities issue arises. Services take account of who is affected when they"
                + " plan how to recover an indicator, in particular for homelessness and adult"
                + " social care."));
  }

  void toScrutiny(
      ReportDefinition report,
      Period period,
      Body scrutiny,
      Person contact,
      Person leader,
      PersonRef by) {
    CoverForm start = covers.form(report.getId(), period, scrutiny.getId(), by);
    covers.save(
        report.getId(),
        period,
        fill(
            start,
            scrutiny,
            contact,
            leader,
            "5",
            List.of(
                "The committee considers the performance report for "
                    + period.label()
                    + " and chooses which exceptions to examine at its next meeting.",
                "The committee invites the portfolio holders for the areas it chooses to attend."),
            "Overview and scrutiny holds Cabinet to account for the council's performance.",
            null,
            null));
  }

  private static CoverForm fill(
      CoverForm start,
      Body body,
      Person contact,
      Person leader,
      String agendaItem,
      List<String> recommendations,
      String reasons,
      String legal,
      String equalities) {
    return new CoverForm(
        start.version(),
        body.getId(),
        start.meetingDate(),
        agendaItem,
        start.title(),
        start.reportOf() != null ? start.reportOf() : "Chief Executive",
        start.portfolioHolder() != null
            ? start.portfolioHolder()
            : leader.getFullName() + ", Leader of the Council",
        contact.getId(),
        start.wards(),
        false,
        null,
        false,
        null,
        "To report the council's performance against the Corporate Plan: the summary, the"
            + " indicators and actions off track with what is being done about them, and the annual"
            + " targets at risk.",
        String.join("\n", recommendations),
        reasons,
        FINANCIAL,
        legal,
        equalities,
        RISK);
  }
}
