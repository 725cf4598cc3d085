package org.goldenthread.demo;

import java.util.List;

/**
 * The demo council's indicators, service by service, in the form {@link DemoIndicator} reads.
 * Nothing measures P7 (net zero): the gap check is meant to find it.
 */
final class DemoIndicatorTable {

  private DemoIndicatorTable() {}

  private static final String RESOURCES =
      """
      REV-01 | REVBEN | revofficer, hrevben | REVBEN-O1, O5 | PERCENT RATIO MONTH UP NAT 1dp CUM HEALTH PUBLIC FINANCE tol:1 of:5200000 src:hart-ctax | 97.5 | G S | Council tax collected against instalments due (year to date)
          Council tax received in the year so far as a percentage of the instalments that have fallen due, in pounds.
      REV-02 | REVBEN | revofficer, hrevben | REVBEN-O1, O5 | PERCENT RATIO MONTH UP NAT 1dp CUM HEALTH FINANCE tol:1 of:2100000 src:hart-nndr | 98 | A S | Business rates collected against instalments due (year to date)
          Non-domestic rates received in the year so far as a percentage of the instalments that have fallen due.
          Why: Two large retail ratepayers went into administration in August, leaving £61,000 unpaid.
          Action: Claims lodged with the administrators; the team is reviewing every account more than one instalment behind.
      REV-03 | REVBEN | revofficer, hrevben | REVBEN-O1 | PERCENT RATIO QUARTER UP LOCAL 1dp PROCESS of:52000 src:hart-epay | 85 | M P | Council tax payers paying by direct debit or online
          Council tax accounts paying by direct debit or online as a percentage of all accounts billed.
      REV-04 | REVBEN | revlead, hrevben | REVBEN-O1 | MONEY LAST MONTH DOWN LOCAL 0dp FINANCE | 1450000 | R S | Council tax arrears from earlier years still outstanding
          The amount of council tax owed for previous years, at the end of the month.
          Why: Arrears rose after the summer as recovery work was paused while the new system went live.
          Action: Enforcement agent referrals restarted in October; a temporary officer is clearing the backlog of liability orders.
      REV-05 | REVBEN | revlead, hrevben | REVBEN-O1 | PERCENT RATIO QUARTER UP LOCAL 1dp CUSTOMER of:900 | 90 | G V | Council tax changes of address processed within 10 working days
          Moves into, out of and within the borough processed within 10 working days of notification.
      BEN-01 | REVBEN | benlead, hrevben | REVBEN-O2 | DAYS AVERAGE MONTH DOWN NAT 1dp CUSTOMER PUBLIC src:hart-newclaims | 20 | G S | Average days to process new benefit claims
          Average calendar days from receipt to decision for new housing benefit and council tax support claims.
      BEN-02 | REVBEN | benlead, hrevben | REVBEN-O2 | DAYS AVERAGE MONTH DOWN NAT 1dp CUSTOMER src:hart-changes | 8 | A S | Average days to process changes in circumstances
          Average calendar days to act on a change in a claimant's circumstances.
          Why: Universal Credit notifications doubled in September after the DWP's migration of tax credit claimants.
          Action: Two assessors moved from new claims for six weeks; automation of UC change files goes live in December.
      BEN-03 | REVBEN | benlead, hrevben | REVBEN-O2 | PERCENT RATIO QUARTER UP LOCAL 1dp PROCESS of:1400 | 95 | G V | Benefit assessments calculated correctly
          Assessments checked by the quality team that needed no correction, as a percentage of those checked.
      BEN-04 | REVBEN | hrevben, dres | REVBEN-O3, P3 | MONEY SUM QUARTER NONE LOCAL 0dp CUM FINANCE lvl:42000 | - | D P | Discretionary housing payments awarded (year to date)
          The value of discretionary housing payments awarded in the year so far. Reported for information: the fund is cash limited.
      FIN-01 | FIN | hfin, dres | FIN-O1, O5 | PERCENT LAST QUARTER DOWN LOCAL 1dp HEALTH FINANCE tol:1 path:GA | 0 | A V | Forecast overspend against the net revenue budget
          The forecast year-end variance as a percentage of the net revenue budget; an underspend is negative.
          Why: Temporary accommodation costs are forecast £410,000 over budget as more families need emergency placements.
          Action: Spending controls on non-essential budgets from October; a business case for buying homes for temporary use goes to Cabinet in December.
      FIN-02 | FIN | hfin, dres | FIN-O3, P8 | PERCENT RATIO MONTH UP NAT 1dp HEALTH PUBLIC FINANCE of:2400 src:hart-invoices | 97 | G P | Undisputed invoices paid within 30 days
          Undisputed invoices paid within 30 days of receipt as a percentage of all undisputed invoices paid.
      FIN-03 | FIN | hfin, dres | FIN-O3, P1 | PERCENT RATIO QUARTER UP LOCAL 1dp FINANCE of:600 | 90 | R S | Local small business invoices paid within 10 days
          Invoices from small businesses based in the borough paid within 10 days of receipt.
          Why: Services are still sending invoices to the old address, so many reach the payments team late.
          Action: Suppliers written to with the new address; purchase orders now print the central invoice address.
      FIN-04 | FIN | hfin, dres | FIN-O1, O5 | MONEY LAST QUARTER UP LOCAL 0dp HEALTH FINANCE | 6000000 | G V | Unallocated general fund reserve
          The general fund reserve not set aside for a purpose, at the quarter end; the minimum is set by the Section 151 Officer.
      HR-01 | HR | hhr, dres | HR-O1, P8 | DAYS SUM QUARTER DOWN LOCAL 2dp CUM HEALTH ORGANISATION tol:10% profile:22,22,26,30 src:hart-sickness | 8.5 | R S | Working days lost to sickness absence per full-time employee (year to date)
          Working days lost to sickness in the year so far, divided by the average number of full-time equivalent staff.
          Why: Long-term absence for stress and musculoskeletal problems accounts for two thirds of days lost.
          Action: Managers of the three worst-affected teams have had absence training; early referral to occupational health is now automatic after 10 days.
      HR-02 | HR | hhr, dres | HR-O2 | PERCENT LAST QUARTER DOWN LOCAL 1dp HEALTH ORGANISATION | 12 | G P | Staff turnover over the last 12 months
          Leavers in the last 12 months as a percentage of the average headcount, excluding fixed-term contracts ending.
      HR-03 | HR | hhr, dres | HR-O2, P1 | COUNT SUM QUARTER UP LOCAL 0dp CUM ORGANISATION | 20 | G V | Apprentices starting with the council (year to date)
          New apprentices, including existing staff starting an apprenticeship, in the year so far.
      HR-04 | HR | hhr, dres | HR-O2 | PERCENT RATIO QUARTER UP LOCAL 1dp HEALTH ORGANISATION of:180 | 95 | A S | Appraisals completed on time
          Staff whose annual appraisal was due in the quarter and was held by the due date.
          Why: Appraisals in Waste and Street Scene slipped over the summer peak in leave and agency cover.
          Action: Heads of service get a monthly list of overdue appraisals; catch-up sessions booked for October.
      ICT-01 | ICT | hict, dres | ICT-O2 | PERCENT AVERAGE MONTH UP LOCAL 2dp HEALTH PROCESS tol:0.5 src:hart-uptime | 99.5 | G P | Core systems available during working hours
          The time core systems were available between 8am and 6pm on working days, as a percentage of those hours.
      ICT-02 | ICT | hict, dres | ICT-O2 | PERCENT RATIO MONTH UP LOCAL 1dp PROCESS tol:5 of:1500 src:hart-firstfix | 60 | A V | Service desk calls resolved at first contact
          Calls to the ICT service desk resolved during the first contact.
          Why: Many calls in the quarter were about the new telephony system, which needs second-line engineers.
          Action: Service desk staff trained on the telephony system; known fixes added to the self-help pages.
      ICT-03 | ICT | hict, dres | ICT-O2 | PERCENT RATIO MONTH UP LOCAL 1dp PROCESS of:40 | 90 | G P | Priority 1 incidents fixed within 4 working hours
          Incidents stopping a whole service working, fixed within four working hours of being logged.
      LDS-01 | LDS | hlds, ceo | LDS-O3 | PERCENT RATIO MONTH UP NAT 1dp PUBLIC CUSTOMER tol:5 of:70 | 90 | A S | Freedom of Information requests answered within 20 working days
          Requests under the Freedom of Information Act and the Environmental Information Regulations answered within the statutory time.
          Why: Three services had long, complex requests about the leisure contract that needed legal review.
          Action: A shared template for contract requests and a weekly reminder to services of requests due.
      LDS-02 | LDS | hlds, ceo | LDS-O1 | PERCENT RATIO QUARTER UP LOCAL 1dp PROCESS of:45 | 100 | G P | Committee agendas published five clear working days before the meeting
          Agendas for public meetings published on the council's website at least five clear working days ahead.
      LDS-03 | LDS | hlds, ceo | LDS-O2 | PERCENT LAST YEAR UP NAT 1dp PROCESS | 95 | G P | Electoral register completeness after the annual canvass
          Eligible residents on the electoral register when the revised register is published, from the annual canvass.
      PPP-01 | PPP | perf, hppp | PPP-O1, P8 | PERCENT RATIO QUARTER UP LOCAL 1dp PROCESS of:60 | 90 | G P | Indicator values submitted by the deadline
          Indicator values for the quarter submitted by the tenth working day after the quarter end.
      PPP-02 | PPP | analyst, hppp | PPP-O2, P9 | PERCENT LAST YEAR UP LOCAL 0dp PUBLIC CUSTOMER | 65 | G P | Residents satisfied with the way the council runs things
          Residents' survey respondents very or fairly satisfied with the way the council runs things.
      COM-01 | COMMS | hcomms, ceo | COMMS-O1 | COUNT SUM MONTH NONE LOCAL 0dp CUSTOMER lvl:61000 | - | D P | Visits to the council website
          Visits to www.example.gov.uk in the month. Reported for information.
      COM-02 | COMMS | hcomms, ceo | COMMS-O2 | COUNT SUM YEAR UP LOCAL 0dp CUSTOMER | 1200 | G P | Responses to the budget consultation
          Responses received to the council's annual budget consultation, online and on paper.
      """;

  private static final String PLACE =
      """
      NI 157a | PLAN | dmlead, hplan | PLAN-O1, P2 | PERCENT RATIO QUARTER UP NAT 1dp PUBLIC PROCESS of:8 src:trafford-major | 90 | G V | Major planning applications decided within 13 weeks or agreed time
          Major planning applications decided within 13 weeks, or a longer time agreed with the applicant.
      NI 157b | PLAN | dmlead, hplan | PLAN-O1 | PERCENT RATIO QUARTER UP NAT 1dp PUBLIC PROCESS of:320 src:trafford-nonmajor | 85 | G S | Non-major planning applications decided within 8 weeks or agreed time
          Minor and other planning applications decided within 8 weeks, or a longer time agreed with the applicant.
      PLN-03 | PLAN | dmlead, hplan | PLAN-O1 | PERCENT RATIO QUARTER DOWN NAT 1dp PROCESS tol:2 of:14 | 10 | G V | Planning appeals allowed
          Appeals against the council's refusal of planning permission that the Planning Inspectorate allowed.
      PLN-04 | PLAN | hplan, dplace | PLAN-O2, P2 | NUMBER LAST YEAR UP LOCAL 1dp PROCESS | 5 | G P | Years of housing land supply
          The supply of deliverable housing sites, in years, against the housing requirement, at 31 March.
      NI 154 | PLAN | hplan, dplace | P2 | COUNT SUM QUARTER UP NAT 0dp CUM PUBLIC CUSTOMER | 450 | A V | Net additional homes provided (year to date)
          New homes completed, plus conversions and changes of use, less homes demolished, in the year so far.
          Why: Two large sites have slowed building because of weaker sales.
          Action: Meeting the developers with Homes England in November about bringing forward the affordable phases.
      NI 155 | HSG | hhsg, dplace | HSG-O3, P2 | COUNT SUM MONTH UP NAT 0dp CUM PUBLIC CUSTOMER | 120 | R S | Affordable homes delivered (year to date)
          Affordable homes for rent or low-cost ownership completed in the year so far, gross.
          Why: The 42-home scheme at Mill Lane has slipped to spring because of a contractor's insolvency.
          Action: The housing association has appointed a new contractor; we are bringing forward purchases of homes on other sites.
      HSG-01 | HSG | hoptlead, hhsg | HSG-O1, O2 | COUNT SUM QUARTER NONE NAT 0dp CUSTOMER lvl:410 | - | D S | Households approaching the council for help with homelessness
          Households assessed as homeless or threatened with homelessness in the quarter. Reported for information.
      HSG-02 | HSG | hoptlead, hhsg | HSG-O1, P3 | COUNT SUM QUARTER UP NAT 0dp CUSTOMER | 560 | G S | Households whose homelessness was prevented or relieved
          Prevention and relief duties ended in the quarter because the household kept or found a settled home.
      HSG-03 | HSG | hoptlead, hhsg | HSG-O1, P3 | PERCENT RATIO QUARTER UP LOCAL 1dp CUSTOMER = 100 * [HSG-02] / [HSG-01] | 34 | G P | Share of households seeking help whose homelessness was prevented or relieved
          Calculated: households helped to keep or find a home, as a percentage of households approaching for help.
      HSG-04 | HSG | hoptlead, hhsg | O2, HSG-O2 | COUNT LAST MONTH DOWN NAT 0dp PUBLIC CUSTOMER | 95 | A S | Households in temporary accommodation
          Households in temporary accommodation arranged by the council on the last day of the month.
          Why: More families are being evicted from private rented homes as landlords sell up.
          Action: Extra prevention officer funded from the homelessness grant; 12 more leased homes agreed with a housing association.
      HSG-05 | HSG | hoptlead, hhsg | HSG-O2 | COUNT LAST MONTH DOWN NAT 0dp CUSTOMER tol:0 | 0 | G V | Families in bed and breakfast for more than six weeks
          Households with children or a pregnant woman in bed and breakfast for more than six weeks, on the last day of the month.
      HSG-06 | HSG | hoptlead, hhsg | HSG-O1 | DAYS AVERAGE QUARTER DOWN LOCAL 0dp PROCESS src:hart-homeless | 15 | G P | Average days to decide homelessness applications
          Average days from a homelessness application to the decision on the main duty.
      NI 192 | WASTE | wastelead, hwaste | WASTE-O1, O4 | PERCENT RATIO QUARTER UP NAT 1dp PUBLIC CUSTOMER tol:2 of:17500 src:england-recycling | 44 | A V | Household waste sent for reuse, recycling or composting
          Tonnes of household waste sent for reuse, recycling or composting as a percentage of all household waste collected.
          Why: Garden waste tonnages were low in the dry summer, and contamination is still rejecting loads of recycling.
          Action: Bin-side contamination checks on the worst rounds; weekly food waste collections extended to 9,000 more homes in January.
      NI 191 | WASTE | wastelead, hwaste | O4 | NUMBER SUM QUARTER DOWN NAT 0dp CUM PUBLIC CUSTOMER | 480 | G P | Residual household waste per household, kg (year to date)
          Kilograms of household waste not reused, recycled or composted, per household, in the year so far.
      WST-01 | WASTE | wastelead, hwaste | WASTE-O3, P6 | NUMBER AVERAGE MONTH DOWN LOCAL 0dp CUSTOMER src:hart-missed | 40 | R S | Missed bin collections per 100,000 collections
          Collections reported missed and found to be the council's fault, per 100,000 scheduled collections.
          Why: New rounds introduced in July left crews unfamiliar with several roads, and two vehicles were off the road.
          Action: Round sheets corrected, supervisors riding with new crews, and two hire vehicles in place until repairs are done.
      WST-02 | WASTE | hwaste, dplace | WASTE-O2, P6 | PERCENT RATIO MONTH UP LOCAL 1dp CUSTOMER of:110 | 95 | G P | Reported fly-tips removed within two working days
          Fly-tips reported on public land removed within two working days of the report.
      WST-03 | WASTE | hwaste, dplace | WASTE-O2 | PERCENT RATIO QUARTER DOWN LOCAL 1dp CUSTOMER tol:1 of:300 | 6 | G V | Streets falling below the standard for litter
          Sites surveyed that fell below grade B for litter, as a percentage of sites surveyed.
      WST-04 | WASTE | wastelead, hwaste | WASTE-O1 | PERCENT LAST MONTH DOWN LOCAL 1dp PROCESS tol:1 | 8 | A E | Contamination in recycling collected
          The share of recycling collected that the sorting plant rejects as contaminated, in the month.
          Why: Contamination is highest in flats with shared bins.
          Action: New labels and a door-knocking campaign in the 20 blocks with the highest rejection rates.
      ECO-01 | ECON | hecon, dplace | ECON-O1, O1 | COUNT SUM QUARTER UP LOCAL 0dp CUM CUSTOMER | 160 | G P | Businesses given advice or start-up support (year to date)
          Businesses and would-be entrepreneurs given one-to-one advice or attending a start-up workshop.
      ECO-02 | ECON | hecon, dplace | ECON-O2, O1 | PERCENT RATIO QUARTER DOWN LOCAL 1dp PUBLIC CUSTOMER tol:1 of:420 | 12 | A S | Town centre shop units standing empty
          Ground-floor units in the three town centres that are vacant at the quarter end.
          Why: Two national chains closed their town centre stores in July.
          Action: Meanwhile-use grants offered to the landlords; the units are on the council's business property list.
      ECO-03 | ECON | hecon, dplace | O1 | COUNT LAST YEAR UP PART 0dp CUSTOMER | 5800 | G P | Active businesses in the borough
          VAT or PAYE registered businesses active in the borough, from the ONS count each year.
      ECO-04 | ECON | hecon, dplace | ECON-O1 | MONEY SUM QUARTER UP LOCAL 0dp CUM FINANCE | 150000 | G V | Small business grants paid (year to date)
          Grants paid to small businesses from the Shared Prosperity Fund in the year so far.
      """;

  private static final String PEOPLE =
      """
      CSP-01 | CSAFE | hcsafe, dpeople | CSAFE-O1, CSP-O1, O3 | COUNT SUM MONTH DOWN PART 0dp PUBLIC CUSTOMER | 2400 | G P | Anti-social behaviour incidents reported to the police
          Incidents of anti-social behaviour recorded by Exampleshire Police in the borough in the month.
      CSP-02 | CSAFE | hcsafe, dpeople | CSP-O2 | COUNT SUM QUARTER NONE PART 0dp CUSTOMER lvl:260 | - | D P | Domestic abuse incidents reported to the police
          Domestic abuse incidents and crimes recorded by Exampleshire Police in the borough. Reported for information: more reports can mean more confidence to come forward.
      CSF-03 | CSAFE | hcsafe, dpeople | CSAFE-O2 | PERCENT AVERAGE MONTH UP LOCAL 1dp PROCESS tol:2 path:GGR | 95 | R S | Public space CCTV cameras working
          Cameras working and recording, as a percentage of all public space cameras, averaged over the month.
          Why: Eleven cameras on the old wireless network failed in August and the parts are no longer made.
          Action: Replacement cameras on the fibre network ordered; the police have been told which areas are affected.
      CSF-04 | CSAFE | hcsafe, dpeople | CSAFE-O1, O3 | PERCENT LAST QUARTER UP LOCAL 0dp CUSTOMER | 78 | G V | Residents who feel safe outside after dark
          Residents' panel members who feel very or fairly safe outside in their area after dark, from the quarterly panel survey.
      LEI-01 | LEIS | hleis, dpeople | LEIS-O1, P5 | COUNT SUM MONTH UP LOCAL 0dp CUM PUBLIC CUSTOMER | 620000 | G P | Visits to leisure centres and pools (year to date)
          Visits to the council's three leisure centres and two pools, counted at the turnstiles, in the year so far.
      LEI-02 | LEIS | hleis, dpeople | LEIS-O2 | COUNT SUM QUARTER UP PART 0dp CUM CUSTOMER | 400 | A V | Residents completing the exercise referral scheme (year to date)
          Residents referred by their GP who complete the twelve-week exercise programme.
          Why: Referrals fell when two GP practices merged and stopped referring for a while.
          Action: The scheme coordinator has met the new practice's partners, and referrals have restarted.
      LEI-03 | LEIS | hleis, dpeople | LEIS-O2, P5 | PERCENT LAST YEAR DOWN PART 1dp CUSTOMER | 24 | G P | Adults who are physically inactive
          Adults doing fewer than 30 minutes of moderate activity a week, from Sport England's Active Lives survey.
      LEI-04 | LEIS | hleis, dpeople | LEIS-O1 | PERCENT LAST QUARTER UP LOCAL 0dp CUSTOMER | 85 | G V | Leisure centre users satisfied with the service
          Users rating the leisure centres good or very good in the operator's quarterly survey.
      EHL-01 | EHL | hehl, dpeople | EHL-O1, P5 | PERCENT RATIO QUARTER UP NAT 1dp PUBLIC PROCESS of:180 | 95 | M P | Food premises inspected when due
          Food business inspections due in the quarter under the Food Law Code of Practice that were carried out.
      EHL-02 | EHL | hehl, dpeople | EHL-O1 | PERCENT LAST QUARTER UP LOCAL 1dp CUSTOMER | 92 | G P | Food businesses rated 3 or better for hygiene
          Rated food businesses with a food hygiene rating of 3 (generally satisfactory) or better.
      EHL-03 | EHL | hehl, dpeople | EHL-O2, P3 | COUNT SUM QUARTER UP LOCAL 0dp CUM CUSTOMER | 120 | G S | Serious hazards removed from privately rented homes (year to date)
          Category 1 hazards removed from privately rented homes after the council's intervention.
      EHL-04 | EHL | hehl, dpeople | EHL-O3 | DAYS AVERAGE QUARTER DOWN LOCAL 0dp PROCESS | 20 | G V | Average days to license a taxi driver
          Average working days from a complete application to the grant of a taxi or private hire driver's licence.
      EHL-05 | EHL | hehl, dpeople | EHL-O2 | PERCENT RATIO QUARTER UP LOCAL 1dp PROCESS of:90 | 90 | G P | Noise and nuisance complaints responded to within 3 working days
          Complaints about noise, smoke and other statutory nuisances where the complainant was contacted within three working days.
      CUS-01 | CUST | contactlead, hcust | CUST-O1, P9 | PERCENT RATIO MONTH UP LOCAL 1dp HEALTH CUSTOMER tol:3 of:14500 src:hart-calls | 80 | A S | Calls answered within two minutes
          Calls to the contact centre answered by an adviser within two minutes, as a percentage of calls offered.
          Why: Calls about garden waste renewals and council tax reminders peaked in the same weeks.
          Action: Renewal reminders now sent in two batches; advisers from the visitor centre cover the phones at peak times.
      CUS-02 | CUST | contactlead, hcust | CUST-O2, P9 | COUNT SUM MONTH UP LOCAL 0dp CUSTOMER | 252000 | G P | Transactions completed online
          Forms, payments and bookings completed through the council's website and app.
      CUS-03 | CUST | contactlead, hcust | CUST-O1 | COUNT SUM MONTH DOWN LOCAL 0dp CUSTOMER | 168000 | G P | Calls handled by the contact centre
          Calls answered by the contact centre advisers. Fewer calls are better as more people use online services.
      CUS-04 | CUST | hcust, dpeople | CUST-O2, P9 | PERCENT RATIO MONTH UP LOCAL 1dp HEALTH CUSTOMER = 100 * [CUS-02] / ([CUS-02] + [CUS-03]) | 58 | G P | Contacts made online
          Calculated: online transactions as a percentage of online transactions and calls handled.
      CUS-05 | CUST | contactlead, hcust | CUST-O1 | PERCENT RATIO MONTH UP LOCAL 1dp CUSTOMER of:3000 | 85 | G P | Enquiries resolved at first contact
          Enquiries to the contact centre settled during the first call or visit, without passing to a service.
      """;

  static List<DemoIndicator> rows() {
    return java.util.stream.Stream.of(RESOURCES, PLACE, PEOPLE)
        .flatMap(table -> DemoIndicator.parse(table).stream())
        .toList();
  }

  /** The codes of the demo's indicators, so that checks can tell them from later additions. */
  static List<String> codes() {
    return rows().stream().map(DemoIndicator::code).toList();
  }
}
