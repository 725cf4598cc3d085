package org.goldenthread.demo;

import static java.time.Month.FEBRUARY;
import static java.time.Month.JULY;
import static java.time.Month.JUNE;
import static java.time.Month.MARCH;
import static java.time.Month.MAY;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.goldenthread.framework.FrameworkService;
import org.goldenthread.framework.ItemType;
import org.goldenthread.framework.Plan;
import org.goldenthread.framework.PlanService;
import org.goldenthread.framework.PlanType;
import org.goldenthread.framework.ReviewFrequency;
import org.goldenthread.organisation.OrgUnit;
import org.goldenthread.organisation.Person;
import org.goldenthread.organisation.governance.Body;
import org.springframework.stereotype.Component;

/**
 * The demo council's golden thread: the partnership's Community Strategy, the council's Corporate
 * Plan and annual Performance Plan, the Community Safety Partnership's plan, and a service plan for
 * every service ({@link DemoServicePlans}). Every item is linked up to the vision except one
 * corporate priority, which nothing yet delivers, so the gap check has something honest to show.
 */
@Component
class DemoFramework {

  // Each table: CODE | CONTRIBUTES TO | RESPONSIBLE, ACCOUNTABLE | Title, then its description.
  private static final String VISION =
      """
      V1 | - | ceo, leader | A borough where people and businesses thrive and no one is left behind
          By the end of this strategy Example Borough will be a prosperous, safe, healthy and green
          place to live, work and visit, served by public bodies that work together around
          residents' needs.
      """;

  private static final String THEMES =
      """
      T1 | V1 | dplace, leader | A thriving economy
          Residents have the skills and good jobs they need, and our town centres and business
          parks attract investment.
      T2 | V1 | dpeople, leader | Safe and strong communities
          People feel safe at home and in public places, get on with their neighbours and have a
          say in what happens where they live.
      T3 | V1 | healthcontact, dpeople | Healthy people
          Residents live longer, healthier lives in decent homes, and the gap in healthy life
          expectancy between our wards narrows.
      T4 | V1 | dplace, leader | A clean and green borough
          Streets and open spaces are clean and cared for, less waste is thrown away, and the
          borough plays its part in tackling climate change.
      """;

  private static final String AIMS =
      """
      A1 | T1 | dplace, planning | Opportunity and prosperity for all
          The council uses its planning, regeneration and business support roles to grow the
          local economy and spread the benefits to every ward.
      A2 | T2, T3 | dpeople, housing | Homes and communities people are proud of
          Everyone has a safe and suitable home, neighbourhoods are safe, and residents can lead
          active and healthy lives.
      A3 | T4 | dplace, environment | A cleaner, greener borough
          We keep the borough clean, recycle more of what we collect and cut the carbon the
          council produces.
      A4 | T1, T2, T3, T4 | dres, deputy | A well-run council that listens
          We live within our means, take decisions openly and make our services easy to use. This
          aim underpins all four themes.
      """;

  private static final String PRIORITIES =
      """
      P1 | A1 | hecon, planning | Help local businesses start, grow and create good jobs
          Business advice, start-up support and a lively town centre, so that more firms start up,
          survive and take on local people.
      P2 | A1, A2 | hplan, planning | Bring forward the homes the borough needs, including affordable homes
          An up-to-date Local Plan and timely planning decisions that deliver new homes of the
          right type and tenure.
      P3 | A2 | hhsg, housing | Prevent homelessness and improve housing conditions
          Act early to keep people in their homes, find settled homes quickly for those who lose
          them, and raise standards in private rented housing.
      P4 | A2 | hcsafe, leisure | Reduce crime and anti-social behaviour
          Work with the police and partners through the Community Safety Partnership on the
          problems residents tell us matter most.
      P5 | A2 | hleis, leisure | Help residents lead active and healthy lives
          Affordable leisure, sport and culture, safe food and healthy surroundings, with most
          effort where health is poorest.
      P6 | A3 | hwaste, environment | Recycle more and keep streets and open spaces clean
          Reliable collections, less waste and more recycling, and quick action on litter and
          fly-tipping.
      P7 | A3 | dplace, environment | Cut the council's own carbon emissions towards net zero by 2030
          Reduce the emissions from our buildings, vehicle fleet and contracts, as Full Council
          committed to when it declared a climate emergency.
      P8 | A4 | hfin, deputy | Keep the council's finances sound and its governance strong
          A balanced budget, the income we are due collected, open and lawful decision-making, and
          a skilled and healthy workforce.
      P9 | A4 | hcust, housing | Put customers first, online and in person
          Services that are simple to find and use online, with help by phone and face to face
          for those who need it.
      """;

  private static final String VALUES =
      """
      VAL1 | - | hhr, ceo | Listen and respond
          We listen to residents, partners and each other, and explain what we have done as a
          result.
      VAL2 | - | hhr, ceo | Act with integrity
          We are honest, fair and open, and spend public money as carefully as our own.
      VAL3 | - | hhr, ceo | Work as one team
          We work across services and with our partners to get things done for the borough.
      VAL4 | - | hhr, ceo | Keep improving
          We learn from what works and what does not, and take responsibility for doing better.
      """;

  private static final String PARTNERSHIP_OBJECTIVES =
      """
      CSP-O1 | T2, P4 | policecontact, hcsafe | Reduce anti-social behaviour in the town centre and known hotspots
          Joint patrols, problem-solving with residents and landlords, and early intervention with
          those who cause repeated harm.
      CSP-O2 | T2 | hcsafe, dpeople | Reduce the harm caused by domestic abuse
          Make it easier for victims to seek help early, and make sure support and safe
          accommodation are there when they need them.
      CSP-O3 | T2 | hcsafe, dpeople | Protect young people from exploitation and serious violence
          Partners share information and act together to steer young people at risk away from
          crime.
      """;

  private static final String OUTCOMES =
      """
      O1 | P1 | hecon, dplace | More local businesses starting up and surviving
          More active businesses in the borough at the year end than at its start, and fewer empty
          units in our town centres.
      O2 | P3 | hhsg, dplace | Fewer households in temporary accommodation
          Fewer households in temporary accommodation at each quarter end, and no family in bed
          and breakfast for longer than six weeks.
      O3 | P4 | hcsafe, dpeople | Fewer incidents of anti-social behaviour
          Less anti-social behaviour reported to the police and the council, and more residents
          saying they feel safe outside after dark.
      O4 | P6 | hwaste, dplace | Half of household waste reused, recycled or composted
          The share of household waste sent for reuse, recycling or composting rises towards 50%,
          and the waste thrown away per household falls.
      O5 | P8 | hfin, dres | Spending kept within budget and the income due collected
          The council ends the year within its approved budget without unplanned use of reserves,
          and collects at least 97% of the council tax due in the year.
      """;

  private final PlanService plans;
  private final FrameworkService framework;
  private final Clock clock;

  DemoFramework(PlanService plans, FrameworkService framework, Clock clock) {
    this.plans = plans;
    this.framework = framework;
    this.clock = clock;
  }

  /** The codes of every item the demo loads, so that checks can tell them from later additions. */
  static List<String> itemCodes() {
    return Stream.concat(
            Stream.of(VISION, THEMES, AIMS, PRIORITIES, VALUES, PARTNERSHIP_OBJECTIVES, OUTCOMES)
                .flatMap(table -> DemoItem.parse(table).stream()),
            DemoServicePlans.objectives().stream())
        .map(DemoItem::code)
        .toList();
  }

  /** Loads the thread; called by the demo council loader, in its transaction. */
  void load(Map<String, Person> people, Map<String, OrgUnit> units, Map<String, Body> bodies) {
    LocalDate today = LocalDate.now(clock);
    DemoYear year = DemoYear.containing(today);
    DemoThreadWriter writer = new DemoThreadWriter(plans, framework, people, units, bodies);
    communityStrategy(writer, year);
    corporatePlan(writer, year);
    partnershipPlan(writer, year);
    performancePlan(writer, year);
    new DemoServicePlans(writer, year, today).load();
  }

  private void communityStrategy(DemoThreadWriter writer, DemoYear year) {
    DemoYear first = year.plus(-2);
    Plan plan =
        writer.plan(
            "CS-" + span(first, year.plus(7)),
            "Example Borough Community Strategy " + years(first, year.plus(7)),
            PlanType.COMMUNITY_STRATEGY,
            "The ten-year strategy agreed by the Example Borough Partnership: the council, the"
                + " police, the NHS and the voluntary sector, working to one shared vision.",
            first,
            year.plus(7),
            writer.person("hppp"),
            "PPP",
            "Full Council",
            ReviewFrequency.ANNUALLY,
            year.plus(1).on(JULY, 31));
    writer.items(plan, ItemType.VISION, VISION);
    writer.items(plan, ItemType.THEME, THEMES);
    LocalDate decided = first.plus(-1).on(MARCH, 20);
    writer.approveAndActivate(
        plan, "Full Council", decided, DemoThreadWriter.minute("Minute", 112, decided));
  }

  private void corporatePlan(DemoThreadWriter writer, DemoYear year) {
    Plan plan =
        writer.plan(
            "CP-" + span(year, year.plus(3)),
            "Corporate Plan " + years(year, year.plus(3)),
            PlanType.CORPORATE_PLAN,
            "What the council will do over four years towards the Community Strategy, and the"
                + " values we work by. Refreshed each year alongside the budget.",
            year,
            year.plus(3),
            writer.person("ceo"),
            "EBC",
            "Full Council",
            ReviewFrequency.ANNUALLY,
            year.plus(1).on(JUNE, 30));
    writer.items(plan, ItemType.AIM, AIMS);
    writer.items(plan, ItemType.PRIORITY, PRIORITIES);
    writer.items(plan, ItemType.VALUE, VALUES);
    LocalDate decided = year.plus(-1).on(FEBRUARY, 25);
    writer.approveAndActivate(
        plan, "Full Council", decided, DemoThreadWriter.minute("Minute", 87, decided));
  }

  private void partnershipPlan(DemoThreadWriter writer, DemoYear year) {
    Plan plan =
        writer.plan(
            "CSP-" + span(year, year.plus(2)),
            "Community Safety Partnership Plan " + years(year, year.plus(2)),
            PlanType.PARTNERSHIP_PLAN,
            "The priorities the council, Exampleshire Police and their partners share for"
                + " reducing crime and disorder in the borough, refreshed each year from the"
                + " partnership's strategic assessment.",
            year,
            year.plus(2),
            writer.person("hcsafe"),
            "CSAFE",
            "Community Safety Partnership",
            ReviewFrequency.ANNUALLY,
            year.plus(1).on(MAY, 31));
    writer.items(plan, ItemType.OBJECTIVE, PARTNERSHIP_OBJECTIVES);
    LocalDate decided = year.plus(-1).on(MARCH, 4);
    writer.approveAndActivate(
        plan,
        "Community Safety Partnership",
        decided,
        DemoThreadWriter.minute("CSP minute", 9, decided));
  }

  private void performancePlan(DemoThreadWriter writer, DemoYear year) {
    Plan plan =
        writer.plan(
            "PP-" + year.code(),
            "Annual Performance Plan " + year.label(),
            PlanType.PERFORMANCE_PLAN,
            "The outcomes the council has committed to for the year, and how Cabinet and"
                + " Overview and Scrutiny will follow progress each quarter.",
            year,
            year,
            writer.person("hppp"),
            "PPP",
            "Cabinet",
            ReviewFrequency.ANNUALLY,
            year.plus(1).on(JUNE, 30));
    writer.items(plan, ItemType.OUTCOME, OUTCOMES);
    LocalDate decided = year.plus(-1).on(MARCH, 11);
    writer.approve(plan, "Cabinet", decided, DemoThreadWriter.minute("Minute", 131, decided));
  }

  /** "2026–2030": the calendar years a plan runs between. */
  private static String years(DemoYear from, DemoYear to) {
    return from.start().getYear() + "–" + to.end().getYear();
  }

  /** "2026-30", for a plan's code. */
  private static String span(DemoYear from, DemoYear to) {
    return String.format("%d-%02d", from.start().getYear(), to.end().getYear() % 100);
  }
}
