package org.goldenthread.demo;

import static java.time.Month.APRIL;
import static java.time.Month.MARCH;

import java.time.LocalDate;
import java.util.List;
import org.goldenthread.framework.ItemType;
import org.goldenthread.framework.Plan;
import org.goldenthread.framework.PlanType;
import org.goldenthread.framework.ReviewFrequency;
import org.goldenthread.organisation.OrgUnit;

/**
 * A service business plan for each of the demo council's services, owned by its head of service,
 * with the service objectives that carry the Corporate Plan into the service. Most are in force;
 * three show what the performance team chases: one still in draft, one awaiting its decision and
 * one whose quarterly review has been missed.
 */
final class DemoServicePlans {

  static final List<String> SERVICES =
      List.of(
          "PPP", "COMMS", "LDS", "FIN", "REVBEN", "ICT", "HR", "PLAN", "WASTE", "HSG", "ECON",
          "CSAFE", "LEIS", "EHL", "CUST");

  static final String STILL_DRAFT = "COMMS";
  static final String AWAITING_DECISION = "HR";
  static final String REVIEW_MISSED = "PLAN";

  // CODE | CONTRIBUTES TO | RESPONSIBLE, ACCOUNTABLE | Title, then its description. Each plan takes
  // the objectives whose code starts with its service's code.
  private static final String OBJECTIVES =
      """
      PPP-O1 | P8 | perf, ceo | Report the council's performance openly every quarter
          Quarterly reports to CMT, Cabinet and Overview and Scrutiny that bring out the exceptions
          and the action being taken on them.
      PPP-O2 | P9 | hppp, ceo | Base plans and budgets on good evidence of residents' needs
          Keep the borough profile up to date and run the residents' survey every two years.

      COMMS-O1 | P9 | hcomms, ceo | Keep residents well informed about council services and decisions
          Clear and timely information on the website, on social media and in the residents'
          magazine, written in plain English.
      COMMS-O2 | P9, P8 | hcomms, ceo | Involve residents in shaping budgets and services
          Run the annual budget consultation, help services consult well, and report back what
          changed as a result.

      LDS-O1 | P8 | hlds, ceo | Support open, lawful and well-run decision-making
          Committee papers published on time, decisions recorded accurately, and sound legal
          advice to members and officers.
      LDS-O2 | P8 | hlds, ceo | Run well-conducted elections from a complete and accurate register
          Complete the annual canvass and run every election and referendum to the Electoral
          Commission's standards.
      LDS-O3 | P8 | hlds, ceo | Answer requests for information within the legal time limits
          Respond to Freedom of Information and subject access requests within the statutory
          deadlines.

      FIN-O1 | O5 | hfin, dres | Set a balanced budget and keep spending within it
          Prepare a balanced budget and medium term financial strategy, and report spending
          against budget to Cabinet every quarter.
      FIN-O2 | P8 | hfin, dres | Close the accounts on time with an unqualified audit opinion
          Publish the draft statement of accounts by the statutory deadline, with no material
          errors found at audit.
      FIN-O3 | P1 | hfin, dres | Pay local suppliers promptly
          Pay undisputed invoices within 30 days, and small local businesses within 10 days.

      REVBEN-O1 | O5 | revlead, dres | Collect council tax and business rates efficiently
          Bill accurately and on time, make paying easy, and follow up arrears promptly and fairly.
      REVBEN-O2 | P3 | benlead, dres | Process benefit claims and changes quickly and accurately
          Decide housing benefit and council tax support claims and changes within target times,
          so that no one falls behind with their rent while waiting for a decision.
      REVBEN-O3 | P3 | hrevben, dres | Help residents in financial hardship
          Use discretionary housing payments and the hardship fund to prevent evictions, and refer
          residents to debt advice early.

      ICT-O1 | P9 | hict, dres | Move more council transactions online
          Replace paper and phone processes with online forms that pass straight into the
          services' own systems.
      ICT-O2 | P8 | hict, dres | Keep council systems secure and available
          Keep Cyber Essentials Plus certification, patch systems promptly, and keep core systems
          available throughout working hours.

      HR-O1 | P8 | hhr, dres | Reduce sickness absence
          Help managers handle absence well and give staff early access to occupational health
          and wellbeing support.
      HR-O2 | P8, P1 | hhr, dres | Recruit and keep skilled staff, including apprentices
          Fill hard-to-recruit posts, grow our own staff through apprenticeships and local
          recruitment, and reduce staff turnover.

      PLAN-O1 | P2, P1 | dmlead, dplace | Decide planning applications on time
          Decide major and minor applications within the statutory periods or agreed extensions,
          backed by good pre-application advice.
      PLAN-O2 | P2 | hplan, dplace | Take the new Local Plan through to adoption
          Complete consultation and examination of the new Local Plan and keep a five-year supply
          of housing land.

      WASTE-O1 | O4 | wastelead, dplace | Increase household recycling
          Extend weekly food waste collections to every household and cut contamination in
          recycling bins through targeted advice.
      WASTE-O2 | P6 | hwaste, dplace | Keep streets clean and clear fly-tipping quickly
          Meet the cleanliness standard on our streets, remove reported fly-tips within two
          working days and prosecute where the evidence allows.
      WASTE-O3 | P6 | wastelead, dplace | Collect every bin on the right day
          Keep missed collections to a minimum and put right any that are missed by the next
          working day.

      HSG-O1 | O2 | hoptlead, dplace | Prevent homelessness wherever we can
          Help households threatened with homelessness early, so that more keep their home or
          move in a planned way.
      HSG-O2 | O2 | hoptlead, dplace | End the use of bed and breakfast for families
          Secure more good-quality temporary accommodation, so that families go into bed and
          breakfast only in an emergency and never for more than six weeks.
      HSG-O3 | P2 | hhsg, dplace | Enable more affordable homes
          Work with housing associations and developers to deliver new affordable homes, including
          homes for social rent.

      ECON-O1 | O1 | hecon, dplace | Support new and growing businesses
          Offer advice, start-up workshops and small grants, working with the Growth Hub and
          local colleges.
      ECON-O2 | O1 | hecon, dplace | Bring empty town centre units back into use
          Work with landlords, and fund meanwhile uses, so that fewer shop units stand empty.

      CSAFE-O1 | O3, CSP-O1 | hcsafe, dpeople | Tackle anti-social behaviour with our partners
          Use community protection notices, injunctions and joint problem-solving with the police
          and housing providers against persistent anti-social behaviour.
      CSAFE-O2 | O3 | hcsafe, dpeople | Run an effective public space CCTV service
          Keep the cameras working and monitored, and give the police the evidence they ask for
          promptly.

      LEIS-O1 | P5 | hleis, dpeople | Increase visits to our leisure centres and pools
          Work with the leisure operator to attract more users, especially from the wards where
          activity levels are lowest.
      LEIS-O2 | P5 | hleis, dpeople | Get inactive residents moving
          Run community activity programmes, health walks and an exercise referral scheme with GP
          practices.

      EHL-O1 | P5 | hehl, dpeople | Keep food safe
          Inspect food businesses when they are due under the Food Law Code of Practice, and
          raise standards where hygiene ratings are poor.
      EHL-O2 | P3 | hehl, dpeople | Improve conditions in privately rented homes
          Inspect and act on serious hazards in private rented homes, and license houses in
          multiple occupation.
      EHL-O3 | P4 | hehl, dpeople | Keep taxi passengers safe
          Apply thorough safeguarding checks to taxi and private hire drivers and act quickly on
          complaints.

      CUST-O1 | P9 | contactlead, dpeople | Answer calls promptly and resolve queries first time
          Answer most calls within two minutes and settle more enquiries at the first contact.
      CUST-O2 | P9 | hcust, dpeople | Help residents get online
          Offer assisted digital support at the customer service centre and in libraries for
          residents who find online services hard to use.
      """;

  private final DemoThreadWriter writer;
  private final DemoYear year;
  private final LocalDate today;

  DemoServicePlans(DemoThreadWriter writer, DemoYear year, LocalDate today) {
    this.writer = writer;
    this.year = year;
    this.today = today;
  }

  static String codeOf(String service, DemoYear year) {
    return "SP-" + service + "-" + year.code();
  }

  static List<DemoItem> objectives() {
    return DemoItem.parse(OBJECTIVES);
  }

  void load() {
    List<DemoItem> objectives = objectives();
    for (String service : SERVICES) {
      servicePlan(
          service, objectives.stream().filter(o -> o.code().startsWith(service + "-")).toList());
    }
  }

  private void servicePlan(String service, List<DemoItem> objectives) {
    OrgUnit unit = writer.unit(service);
    boolean reviewMissed = service.equals(REVIEW_MISSED);
    // Resources has its own management team; the other directorates take theirs to CMT.
    String body =
        unit.getParent().getCode().equals("RES")
            ? "Resources Directorate Management Team"
            : "Corporate Management Team";
    Plan plan =
        writer.plan(
            codeOf(service, year),
            unit.getName() + " Service Plan " + year.label(),
            PlanType.SERVICE_PLAN,
            "What the service will deliver this year, and how its objectives carry forward the"
                + " Corporate Plan.",
            year,
            year,
            unit.getHead(),
            service,
            body,
            reviewMissed ? ReviewFrequency.QUARTERLY : ReviewFrequency.ANNUALLY,
            reviewMissed ? DemoYear.lastQuarterEndBefore(today) : year.plus(1).on(APRIL, 30));
    writer.items(plan, ItemType.OBJECTIVE, objectives);
    if (service.equals(STILL_DRAFT)) {
      return;
    }
    if (service.equals(AWAITING_DECISION)) {
      writer.submit(plan);
      return;
    }
    boolean cmt = body.equals("Corporate Management Team");
    LocalDate decided = year.plus(-1).on(MARCH, cmt ? 17 : 10);
    writer.approveAndActivate(
        plan,
        body,
        decided,
        DemoThreadWriter.minute(cmt ? "CMT minute" : "RDMT minute", cmt ? 41 : 14, decided));
  }
}
