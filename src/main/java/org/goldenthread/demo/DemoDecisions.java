package org.goldenthread.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.goldenthread.action.decision.Decision;
import org.goldenthread.action.decision.DecisionForm;
import org.goldenthread.action.decision.DecisionService;
import org.goldenthread.organisation.governance.Body;

/**
 * Decisions of the demo council's Cabinet and committees over the past year, recorded from their
 * minutes as democratic services would, and the actions arising from them, which {@link
 * DemoActions} loads with the rest.
 */
final class DemoDecisions {

  // KEY | BODY | MEETING | MINUTE | Title, then the resolution as minuted. MEETING is months from
  // the start of this quarter and the body's meeting day: the second of those days in that month.
  private static final String DECISIONS =
      """
      CARDS | Audit and Governance Committee | -8 WEDNESDAY | AGC 17 | Internal audit of purchasing card controls
          RESOLVED that (1) the internal audit report on purchasing cards, which gives limited
          assurance, be noted; (2) the Head of Finance implement the two agreed management actions
          by their due dates; and (3) the Committee receive confirmation when both are complete.
      TA | Cabinet | -7 THURSDAY | CAB 112 | Buying homes for use as temporary accommodation
          RESOLVED that (1) a capital budget of £3.6 million be approved to buy up to 16 homes in
          the borough for use as temporary accommodation for homeless families; (2) the Director of
          Place be authorised, after consulting the Portfolio Holder for Housing and Communities, to
          agree each purchase within that budget; and (3) progress be reported to the Overview and
          Scrutiny Committee within six months.
      BINS | Overview and Scrutiny Committee | -5 TUESDAY | OSC 28 | Scrutiny review of missed bin collections
          RESOLVED that Cabinet be recommended to (1) publish the number of missed collections on
          every round each month on the council's website; (2) fit in-cab technology to every
          collection vehicle so that crews can report blocked roads and bins not put out as it
          happens; and (3) report back to this Committee in six months on the effect of these
          changes.
      CTS | Cabinet | -4 THURSDAY | CAB 41 | Council tax support scheme for next year
          RESOLVED that (1) public consultation be carried out on the changes to the council tax
          support scheme set out in the report, including a maximum award of 85% for working-age
          claimants and a hardship fund of £50,000; (2) every claimant affected be written to
          individually; and (3) the results be reported to Cabinet before the scheme is
          recommended to Full Council.
      AGS | Audit and Governance Committee | -2 WEDNESDAY | AGC 34 | Annual Governance Statement and its action plan
          RESOLVED that (1) the Annual Governance Statement be approved for signature by the Leader
          and the Chief Executive; and (2) progress on the two improvement actions it sets out, on
          whistleblowing and on fraud awareness, be reported to each meeting of the Committee until
          both are complete.
      """;

  // The actions arising, in the form of DemoActionTable: each names its decision after an "@".
  static final String ARISING =
      """
      DEC-01 | HSG-O2, @TA | hhsg, dplace | ACTION -6 6 | Buy 16 homes for use as temporary accommodation
          update -1 G 40 | Seven homes bought and four more under offer.
          update 0 A 50 | Purchases have slowed as prices in the borough rose: nine homes bought, two under offer. | Search widened to homes that housing associations are selling, and to larger homes that can be shared.
      DEC-02 | @TA | hoptlead, hhsg | ACTION -6 -2 | Report progress on the purchases to Overview and Scrutiny
          update -1 B 100 done -2 | Reported to the committee, which asked for a further update in six months.
      DEC-03 | REVBEN-O3, @CTS | benlead, hrevben | ACTION -3 -1 | Consult residents on the proposed changes to council tax support
          update -1 B 100 done -1 | The consultation closed with 640 responses; the summary is in the Cabinet report.
      DEC-04 | @CTS | revofficer, revlead | ACTION -3 4 | Write to every working-age claimant affected by the changes to council tax support
      DEC-05 | @CTS | hrevben, dres | ACTION -1 4 | Report the consultation results and the final scheme to Cabinet and Full Council
          update 0 G 30 | The report is drafted and on the forward plan for Cabinet.
      DEC-06 | WASTE-O3, @BINS | wastelead, hwaste | ACTION -4 -1 | Publish missed collection figures for every round each month
          update -1 A 50 | The figures are produced each month, but the web page is waiting on the web team, who are busy with the new website. | Figures to be published as a spreadsheet on the current site until the new page is ready.
      DEC-07 | WASTE-O3, @BINS | hwaste, dplace | PROJECT -4 6 | Fit in-cab technology to every collection vehicle
          milestone -2 done -2 | Choose the in-cab system
          milestone 3 after 1 | Fit the first ten vehicles
          milestone 6 after 2 | Fit all 28 vehicles and train the crews
          update -1 G 25 | System chosen after a trial on two rounds.
          update 0 G 40 | Tablets delivered; fitting starts with the food waste vehicles.
      DEC-08 | FIN-O1, @CARDS | hfin, dres | ACTION -7 -5 | Cancel unused purchasing cards and lower single transaction limits
          update -2 B 100 done -6 | 38 unused cards cancelled; limits lowered to £500 unless a director agrees more.
      DEC-09 | @CARDS | hict, dres | ACTION -7 -3 | Have managers approve card statements each month in the finance system
          update -2 B 100 done -4 | Monthly approval is now built into the finance system, with reminders to managers.
      DEC-10 | LDS-O1, @AGS | hlds, ceo | ACTION -1 4 | Update the whistleblowing policy and relaunch it to staff
          update 0 G 40 | Draft policy agreed with the trade unions.
      DEC-11 | P8, @AGS | hhr, dres | ACTION -1 6 | Make fraud awareness training mandatory for all staff
      """;

  private final DecisionService decisions;
  private final Map<String, Body> bodies;
  private final LocalDate quarterStart;

  DemoDecisions(DecisionService decisions, Map<String, Body> bodies, LocalDate quarterStart) {
    this.decisions = decisions;
    this.bodies = bodies;
    this.quarterStart = quarterStart;
  }

  /** A decision as written in the table. */
  private record Row(
      String key,
      String body,
      int month,
      DayOfWeek meets,
      String minutePrefix,
      int minuteNumber,
      String title,
      String resolution) {

    static Row of(String line, List<String> notes) {
      String[] cells = Arrays.stream(line.split("\\|")).map(String::strip).toArray(String[]::new);
      String[] meeting = cells.length == 5 ? cells[2].split("\\s+") : new String[0];
      String[] minute = cells.length == 5 ? cells[3].split("\\s+") : new String[0];
      if (meeting.length != 2 || minute.length != 2 || notes.isEmpty()) {
        throw new IllegalArgumentException("Demo decision not understood: " + line);
      }
      return new Row(
          cells[0],
          cells[1],
          Integer.parseInt(meeting[0]),
          DayOfWeek.valueOf(meeting[1]),
          minute[0],
          Integer.parseInt(minute[1]),
          cells[4],
          String.join(" ", notes));
    }
  }

  /** Records the decisions, returning them by key for the actions arising to refer to. */
  Map<String, Decision> load() {
    Map<String, Decision> byKey = new HashMap<>();
    for (Row row : DemoTable.read(DECISIONS, Row::of)) {
      LocalDate decidedOn =
          quarterStart
              .plusMonths(row.month())
              .with(TemporalAdjusters.dayOfWeekInMonth(2, row.meets()));
      Body body = bodies.get(row.body());
      if (body == null) {
        throw new IllegalStateException("The demo decisions refer to no body " + row.body());
      }
      Decision decision =
          decisions.create(
              new DecisionForm(
                  body.getId(),
                  decidedOn,
                  DemoThreadWriter.minute(row.minutePrefix(), row.minuteNumber(), decidedOn),
                  row.title(),
                  row.resolution(),
                  null));
      byKey.put(row.key(), decision);
    }
    return byKey;
  }
}
