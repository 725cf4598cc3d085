package org.goldenthread.report;

import static org.goldenthread.shared.TestPeople.named;

import java.time.LocalDate;
import java.util.List;
import org.goldenthread.action.Action;
import org.goldenthread.action.Brag;
import org.goldenthread.framework.FrameworkItem;
import org.goldenthread.framework.ReviewFrequency;
import org.goldenthread.indicator.Indicator;
import org.goldenthread.organisation.governance.Body;
import org.goldenthread.period.Period;
import org.goldenthread.period.PeriodType;
import org.goldenthread.report.web.ReportForm;
import org.goldenthread.risk.CloseForm;
import org.goldenthread.risk.ControlForm;
import org.goldenthread.risk.Effectiveness;
import org.goldenthread.risk.ReviewForm;
import org.goldenthread.risk.ReviewKind;
import org.goldenthread.risk.Risk;
import org.goldenthread.risk.RiskControls;
import org.goldenthread.risk.RiskFixtures;
import org.goldenthread.risk.RiskForm;
import org.goldenthread.risk.RiskLevel;
import org.goldenthread.risk.RiskRegister;
import org.goldenthread.risk.RiskService;
import org.goldenthread.support.FixtureCouncil;
import org.springframework.stereotype.Component;

/**
 * A risk register worked out by hand for the report's risk sections, as at the end of 2026/27 Q2
 * (30 September 2026), movement against 30 June 2026. Codes sort A to H. Financial appetite is 12,
 * information and cyber 8, health and safety 6.
 *
 * <pre>
 * A  Financial 4×4=16  opened 1 Apr, reviewed 15 Aug from 3×4=12   UP,    above by 4, due 15 Nov
 * B  Cyber     5×4=20  opened 1 Mar, never reviewed                UNCH., above by 12, due 1 Jun: overdue
 * C  Financial 2×3=6   opened 1 Aug                                NEW,   due 1 Nov
 * D  H and S   2×2=4   opened 1 Feb 3×3=9, reviewed 10 Jul         DOWN,  not above (4 ≤ 6), due 10 Oct
 * E  Financial 4×4=16  opened 10 Jan, closed 1 Sep                 CLOSED (not open)
 * F  Financial         opened 10 Jan, closed 1 May                 left out: closed before 30 Jun
 * G  Financial         opened 15 Oct                               left out: opened after 30 Sep
 * H  Financial 4×5=20  CONFIDENTIAL, opened 1 Apr, never reviewed  UNCH., above by 8, due 1 Jul: overdue
 * </pre>
 *
 * Open on 30 September: A, B, C, D, H. Top: B, H (20, inherent 20, by code), A, C, D. Above
 * appetite: B, H, A. Movements: A (up), C (new), D (down), E (closed). Overdue: B, H. Heat map:
 * L5×I4, L4×I5, L4×I4, L2×I3, L2×I2 one each; bands high 3, medium 1, low 1.
 *
 * <p>Risk A has a control and a mitigating action (red in Q2) and, like H, is linked to the
 * indicator and that action. The report covers the body the indicator and action serve, with
 * detail, and carries the register.
 */
@Component
public class RiskReportFixtures {

  public static final Period QUARTER =
      Period.containing(LocalDate.of(2026, 9, 30), PeriodType.QUARTER);

  /** What {@link #create} made. */
  public record Made(
      FixtureCouncil.Council council,
      RiskRegister register,
      Body body,
      String prefix,
      Indicator indicator,
      Action action,
      ReportDefinition report,
      Risk a,
      Risk b,
      Risk c,
      Risk d,
      Risk e,
      Risk h) {}

  private final FixtureCouncil councils;
  private final RiskFixtures riskFixtures;
  private final RiskService risks;
  private final RiskControls controls;
  private final ReportFixtures make;
  private final ReportService reports;

  RiskReportFixtures(
      FixtureCouncil councils,
      RiskFixtures riskFixtures,
      RiskService risks,
      RiskControls controls,
      ReportFixtures make,
      ReportService reports) {
    this.councils = councils;
    this.riskFixtures = riskFixtures;
    this.risks = risks;
    this.controls = controls;
    this.make = make;
    this.reports = reports;
  }

  public Made create() {
    FixtureCouncil.Council council = councils.create();
    RiskRegister register = riskFixtures.register(RiskLevel.DIRECTORATE);
    String p = FixtureCouncil.unique("T");
    Body body = make.body();
    FrameworkItem item = make.item(body, null);
    Indicator indicator = make.indicator(ReportFixtures.unique("RI"), item);
    make.target(indicator, QUARTER, "100");
    make.value(indicator, QUARTER, "40", "Short of staff", "Agency cover");
    Action action =
        make.action(
            ReportFixtures.unique("RA"),
            "Open two new hostels",
            item,
            LocalDate.of(2026, 1, 1),
            LocalDate.of(2027, 3, 31));
    make.update(action, QUARTER, Brag.RED, 20, null);

    Risk a =
        open(council, register, p + "-A", "Financial", 3, 4, date(4, 1), false, indicator, action);
    review(a, date(8, 15), 4, 4);
    controls.addControl(
        a.getId(),
        new ControlForm(
            "Weekly placement panel",
            council.manager().getId(),
            Effectiveness.PARTLY_EFFECTIVE,
            null));
    Risk b =
        open(
            council,
            register,
            p + "-B",
            "Information and cyber",
            5,
            4,
            date(3, 1),
            false,
            null,
            null);
    Risk c = open(council, register, p + "-C", "Financial", 2, 3, date(8, 1), false, null, null);
    Risk d =
        open(council, register, p + "-D", "Health and safety", 3, 3, date(2, 1), false, null, null);
    review(d, date(7, 10), 2, 2);
    Risk e = open(council, register, p + "-E", "Financial", 4, 4, date(1, 10), false, null, null);
    risks.close(e.getId(), new CloseForm(date(9, 1), "Contract re-let", null));
    Risk f = open(council, register, p + "-F", "Financial", 4, 4, date(1, 10), false, null, null);
    risks.close(f.getId(), new CloseForm(date(5, 1), "Funding confirmed", null));
    open(council, register, p + "-G", "Financial", 4, 4, date(10, 15), false, null, null);
    Risk h =
        open(council, register, p + "-H", "Financial", 4, 5, date(4, 1), true, indicator, action);

    ReportForm form =
        ReportForm.covering(
                ReportFixtures.unique("Audit Committee risk report"),
                "Audit Committee",
                ScopeKind.BODY,
                body.getId(),
                List.of(),
                List.of(),
                true,
                PeriodType.QUARTER,
                null)
            .withRisks(RiskScope.REGISTER, register.getId());
    ReportDefinition report = reports.create(form, named("admin"));
    return new Made(council, register, body, p, indicator, action, report, a, b, c, d, e, h);
  }

  private Risk open(
      FixtureCouncil.Council council,
      RiskRegister register,
      String code,
      String category,
      int likelihood,
      int impact,
      LocalDate openedOn,
      boolean confidential,
      Indicator indicator,
      Action action) {
    RiskForm form =
        new RiskForm(
            code,
            register.getId(),
            "Risk " + code.substring(code.length() - 1) + " of " + code,
            "A cause",
            "An event",
            "A consequence",
            riskFixtures.category(category).getId(),
            council.officer().getId(),
            council.manager().getId(),
            null,
            4,
            5,
            likelihood,
            impact,
            1,
            1,
            ReviewFrequency.QUARTERLY,
            openedOn,
            confidential,
            List.of(),
            List.of(),
            indicator == null ? List.of() : List.of(indicator.getId()),
            action == null ? List.of() : List.of(action.getId()),
            null);
    return risks.open(form, openedOn, ReviewKind.OPENED, council.asManager());
  }

  private void review(Risk risk, LocalDate on, int likelihood, int impact) {
    risks.review(
        risk.getId(),
        new ReviewForm(on, likelihood, impact, "Reviewed", null, null),
        RiskFixtures.nobody());
  }

  private static LocalDate date(int month, int day) {
    return LocalDate.of(2026, month, day);
  }
}
