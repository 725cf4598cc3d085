package org.goldenthread.demo;

import java.util.List;
import java.util.stream.Stream;

/**
 * The demo council's actions and projects, in the form {@link DemoAction} reads: those in each
 * service plan, those in the Corporate Plan, and those arising from committee decisions ({@link
 * DemoDecisions}). Between them they show every status, actions past their due date, late
 * milestones, updates still to come this quarter, and lead officers whose own view differs from the
 * product's suggestion. Nothing delivers P7 (net zero): the gap check is meant to find it.
 */
final class DemoActionTable {

  private DemoActionTable() {}

  private static final String CHIEF_EXECUTIVES =
      """
      PPP-A1 | PPP-O1 | perf, hppp | ACTION -6 6 | Move quarterly performance reporting into Golden Thread
          Retire the performance spreadsheets and produce the quarterly reports to CMT, Cabinet and Overview and Scrutiny from one system.
          update -2 G 25 | Indicators and targets loaded; service leads trained in entering their figures.
          update -1 G 50 | Last quarter's report to Cabinet was produced from the system for the first time.
          update 0 G 65 | Actions and milestones are being added; the spreadsheets will be switched off at the year end.
      PPP-A2 | PPP-O2 | analyst, perf | PROJECT -7 5 | Run the residents' survey and publish the results by ward
          A telephone and online survey of 1,100 residents on satisfaction with the area and with council services.
          milestone -5 done -5 | Agree the questionnaire with CMT
          milestone -3 done -2 after 1 | Appoint the research company
          milestone 0 after 2 | Complete the fieldwork
          milestone 3 after 3 | Report the headline results to Cabinet
          milestone 5 after 4 | Publish the results by ward
          update -2 G 20 | Questionnaire agreed; the fieldwork contract has been advertised.
          update -1 G 40 | Research company appointed and fieldwork under way.
          update 0 G 55 | Fieldwork was paused during the by-election and is now 80% done. We still expect to report to Cabinet as planned.
      PPP-A3 | PPP-O1 | hppp, ceo | ACTION -4 4 | Refresh the data quality policy and train the data owners
          Every indicator to have a named data owner who has been through the data quality training.

      COMMS-A1 | COMMS-O1 | hcomms, ceo | PROJECT -9 3 | Relaunch the council website on a new platform
          Rebuild the website around the tasks residents come to do, meeting the accessibility regulations.
          milestone -7 done -7 | Complete the user research with residents
          milestone -4 done -4 after 1 | Move the content for the 100 most-used tasks
          milestone -1 done -1 after 2 | Pass the independent accessibility audit
          milestone 3 after 3 | Switch over and retire the old site
          update -2 G 50 | User research done; content for the top tasks is being rewritten.
          update -1 G 75 | Top 100 tasks moved. The accessibility audit found 12 issues, all now fixed.
          update 0 G 85 | Audit passed; the switch-over is booked for a quiet week.
      COMMS-A2 | COMMS-O2 | hcomms, ceo | ACTION -2 4 | Run the budget consultation and report the results to Cabinet
          An online survey and three drop-in events, aiming for at least 1,500 responses.
          update -1 A 10 | The launch was put back until Cabinet had agreed the draft budget proposals. | Survey to run for six weeks instead of eight, promoted in the residents' magazine and at every library.
      COMMS-A3 | COMMS-O1 | hcomms, ceo | ACTION -9 -3 | Launch a monthly e-newsletter for residents
          update -2 B 100 done -4 | The first edition went to 8,200 subscribers, with an open rate of 58%.

      LDS-A1 | LDS-O1 | hlds, ceo | ACTION -6 3 | Move committee papers to a new online committee management system
          Agendas, reports and decisions published from one system, with papers on tablets for members.
          update -1 G 60 | System installed; Cabinet and Planning Committee papers now published from it.
          update 0 G 85 | All committees moved over; members trained in using tablets.
      LDS-A2 | LDS-O2 | hlds, ceo | ACTION -5 -1 | Complete the annual canvass and publish the revised electoral register
          update -2 G 40 | Canvass forms sent to every property; response rate 71% so far.
          update -1 B 100 done -1 | Revised register published on time, with 95.8% of eligible residents registered.
      LDS-A3 | LDS-O3 | hlds, ceo | ACTION -3 0 | Clear the backlog of overdue Freedom of Information requests
          update -1 A 60 | The backlog is down from 46 to 22 requests, but new requests about the leisure contract keep adding to it. | A template answer for contract requests agreed with Legal; weekly reminders to services.
          update 0 R 70 | The backlog was not cleared by the due date: 14 requests are still overdue, two of them needing legal review. | A legal officer is assigned to the backlog full time for four weeks, with a weekly report to CMT until it is cleared.
      """;

  private static final String RESOURCES =
      """
      FIN-A1 | FIN-O1 | hfin, dres | ACTION -3 5 | Set a balanced budget for next year and close the £1.8m gap
          update -1 G 30 | Savings options requested from every directorate.
          update 0 A 45 | Savings of £1.1m found against a gap of £1.8m; temporary accommodation costs keep rising. | Directors bring further savings options to CMT; a report on the use of reserves goes to Cabinet.
      FIN-A2 | FIN-O2 | hfin, dres | ACTION -8 -2 | Publish the draft statement of accounts by the statutory deadline
          update -2 B 100 done -4 | Draft accounts published on time; the auditors found no material errors.
      FIN-A3 | FIN-O3 | hfin, dres | ACTION -9 6 | Send every supplier invoice electronically to the officer who approves it
          So that small local suppliers can be paid within 10 days.
          update -1 G 15 | The scanning software is installed and being tested with two services.
          update 0 G 20 | Testing with the two services went well; the rest of the council will follow.

      REVBEN-A1 | REVBEN-O1 | revofficer, revlead | ACTION -6 6 | Launch e-billing for council tax and sign up 8,000 accounts
          update -1 G 40 | E-billing launched; 3,100 accounts signed up in the first three months.
          update 0 A 45 | Sign-ups have slowed to about 200 a month since the launch campaign ended; at this rate we will reach about 5,500 by the due date. | Add the e-billing offer to the annual bill and the automated phone line, and promote it through the landlord forum.
      REVBEN-A2 | REVBEN-O1 | revofficer, revlead | ACTION -8 -1 | Review single person discounts against credit reference data
          update -2 G 50 | Data matching found 2,300 accounts to review; letters have gone out.
          update -1 A 80 | 1,900 reviews done and 420 discounts removed, worth £190,000 a year. Replies from the last 400 households are slow. | Reminders sent; discounts will be cancelled where there is no reply within 21 days.
      REVBEN-A3 | REVBEN-O1 | revofficer, revlead | ACTION -7 -2 | Offer a payment plan to every resident with council tax arrears before a summons is issued
          update -2 G 60 | 410 payment plans agreed so far.
          update -1 B 100 done -2 | Every account with arrears over £300 was contacted and 640 payment plans were agreed.
      REVBEN-A4 | REVBEN-O2 | benlead, hrevben | PROJECT -6 6 | Automate the processing of Universal Credit change notifications
          milestone -4 done -4 | Buy the automation module
          milestone -1 done -1 after 1 | Test with live notification files
          milestone 3 after 2 | Switch on automatic processing
          milestone 6 after 3 | Check accuracy after three months of automatic processing
          update -2 G 30 | Module bought; the supplier is configuring it.
          update -1 G 50 | Testing with live files shows 78% of notifications can be processed without an assessor.
          update 0 G 60 | Go-live agreed with the supplier; assessors trained on the exceptions.
      REVBEN-A5 | REVBEN-O3 | hrevben, dres | ACTION -3 9 | Refer residents in hardship to free debt advice from the first missed payment
          update 0 G 30 | Referral route agreed with Citizens Advice; first 60 residents referred.

      ICT-A1 | ICT-O2 | hict, dres | ACTION -6 3 | Renew Cyber Essentials Plus certification
          update -1 G 60 | Pre-assessment scan done; 30 laptops need updates before the assessment.
          update 0 G 85 | All devices updated; assessment booked.
      ICT-A2 | ICT-O1 | hict, dres | PROJECT -6 6 | Put the 20 most-used paper forms online
          milestone -4 done -3 | Choose the online forms platform
          milestone -1 after 1 | Launch the first 10 forms
          milestone 6 after 2 | Launch the remaining 10 forms
          update -1 A 30 | The first forms are built, but linking them to the housing system is taking longer than planned. | The supplier has added a developer; forms that do not need the link go live first.
          update 0 A 40 | Six of the first ten forms are live; the four housing forms still wait on the link. | Weekly call with the supplier; the housing forms are now expected next month.
      ICT-A3 | ICT-O2 | hict, dres | ACTION -12 -6 | Move the council's servers to a secure data centre
          update -3 B 100 done -6 | All servers moved over two weekends with no loss of service.

      HR-A1 | HR-O1 | hhr, dres | ACTION -5 4 | Train every manager in handling sickness absence
          update -1 A 25 | Only 40 of 160 managers trained: the sessions clashed with the summer leave period. | Six more sessions booked; attendance made mandatory and reported to directorate management teams.
          update 0 G 55 | 88 of 160 managers now trained; the remaining sessions are fully booked.
      HR-A2 | HR-O2 | hhr, dres | ACTION -6 6 | Take on 20 apprentices across the council
          update -2 G 20 | Apprenticeships advertised in every secondary school and college in the borough.
          update -1 G 45 | Nine apprentices started, in Finance, Waste, ICT and Customer Services.
          update 0 G 55 | Twelve apprentices in post; the next intake is being interviewed.
      HR-A3 | HR-O2 | hhr, dres | ACTION -1 9 | Hold an exit interview with every leaver and report the findings to CMT
      """;

  private static final String PLACE =
      """
      PLAN-A1 | PLAN-O2 | hplan, dplace | PROJECT -12 9 | Take the new Local Plan through examination to adoption
          milestone -9 done -9 | Publish the pre-submission draft for consultation
          milestone -6 done -5 after 1 | Submit the plan to the Secretary of State for examination
          milestone -1 after 2 | Hold the examination hearings
          milestone 6 after 3 | Consult on the main modifications
          milestone 9 after 4 | Adopt the Local Plan at Full Council
          update -3 G 35 | Consultation closed with 1,240 comments; a summary is on the website.
          update -2 G 45 | Plan submitted; the Inspector has been appointed.
          update -1 A 50 | The Inspector has put the hearings back three months because of her workload. | Evidence on housing land supply is being refreshed meanwhile, so the hearings can go ahead without further delay.
          update 0 A 55 | Hearing dates are now confirmed; adoption will be about three months later than planned. | Interim position statement on housing supply published to guide decisions until adoption.
      PLAN-A2 | PLAN-O1 | dmlead, hplan | ACTION -6 6 | Introduce a charged pre-application advice service
          update -1 G 50 | Charges agreed by Cabinet; the web pages and booking form are being tested.
          update 0 B 100 done today | Service launched; 34 requests for advice in the first weeks.
      PLAN-A3 | PLAN-O1 | dmlead, hplan | ACTION -6 0 | Fill the two vacant senior planning officer posts
          update -2 G 40 | Both posts advertised.
          update -1 A 60 | One post filled; the second has been advertised twice without an appointable candidate. | Market supplement agreed; an agency planner covers the caseload meanwhile.

      WASTE-A1 | WASTE-O1 | wastelead, hwaste | PROJECT -9 6 | Introduce weekly food waste collections to all households
          Kerbside caddies and a weekly collection for the 41,000 households not yet served.
          milestone -7 done -7 | Order caddies and kitchen bins
          milestone -4 done -3 after 1 | Lease four food waste vehicles and recruit the crews
          milestone 0 done -1 after 2 | Start collections on the first eight rounds
          milestone 3 after 3 | Deliver caddies on the remaining rounds
          milestone 6 after 4 | Every household on weekly food waste collections
          update -3 G 15 | Caddies ordered; the vehicle lease is out to tender.
          update -2 G 30 | Vehicles leased and crews recruited, a month later than planned.
          update -1 G 50 | First eight rounds collecting food waste; 2.1 tonnes a day so far.
          update 0 G 60 | Caddies are being delivered to the remaining rounds.
      WASTE-A2 | WASTE-O2 | hwaste, dplace | ACTION -6 6 | Set up a fly-tipping enforcement team and take the first prosecutions
          update -1 G 40 | Two enforcement officers in post; 85 fixed penalty notices issued.
          update 0 R 45 | Legal cannot take prosecutions until their new solicitor starts, so no case will reach court this year. | Fixed penalty notices are used meanwhile; the first three case files are ready for court in the new year.
      WASTE-A3 | WASTE-O3 | wastelead, hwaste | ACTION -9 -3 | Redesign the collection rounds to balance crews' workloads
          update -3 G 60 | New rounds modelled; crews consulted on the changes.
          update -2 B 100 done -4 | New rounds started; missed collections fell in the first month.

      HSG-A1 | HSG-O3 | hhsg, dplace | PROJECT -12 9 | Deliver 120 affordable homes at Station Road
          With Example Homes housing association, on the council's former depot site: 80 for social rent and 40 for shared ownership.
          milestone -10 done -10 | Transfer the land to the housing association
          milestone -6 done -6 after 1 | Grant planning permission
          milestone -2 done -1 after 2 | Start on site
          milestone 6 after 3 | Hand over the first 40 homes
          milestone 9 after 4 | Hand over all 120 homes
          update -2 G 30 | Planning permission granted; contractor appointed.
          update -1 G 40 | Work started on site a month late after the contractor found old fuel tanks.
          update 0 G 50 | Foundations complete; the first block is going up.
      HSG-A2 | HSG-O1 | hoptlead, hhsg | ACTION -6 6 | Launch a landlord incentive scheme to keep private tenancies going
          update -1 G 50 | Scheme launched with 22 landlords; 31 tenancies saved so far.
          update 0 G 70 | 58 tenancies saved; the landlord forum is promoting the scheme.
      HSG-A3 | HSG-O2 | hoptlead, hhsg | ACTION -3 0 | Stop placing families in bed and breakfast for longer than six weeks
          update -1 R 40 | Nine families have been in bed and breakfast for longer than six weeks; there is not enough other temporary accommodation. | Homes bought under the Cabinet's purchase programme go to these families first.
          update 0 R 50 | Four families are still in bed and breakfast beyond six weeks; the target date has passed. | Each case is reviewed weekly by the Head of Housing until every family has moved.

      ECON-A1 | ECON-O1 | hecon, dplace | ACTION -6 6 | Run a start-up programme with the Growth Hub for 80 new businesses
          update -2 G 20 | Programme launched with two local colleges.
          update -1 G 45 | 41 people have started the programme; 12 businesses have begun trading.
          update 0 G 70 | 63 people on the programme; 27 businesses trading.
      ECON-A2 | ECON-O2 | hecon, dplace | PROJECT -6 6 | Bring 12 empty shop units back into use with meanwhile-use grants
          milestone -4 done -4 | Launch the meanwhile-use grant
          milestone -1 after 1 | Agree leases for the first six units
          milestone 6 after 2 | Twelve units open
          update -1 G 35 | Four units have leases agreed; two landlords are still negotiating.
      ECON-A3 | ECON-O1 | hecon, dplace | ACTION -12 -3 | Open a business enterprise hub in the old library building
          update -2 B 100 done -5 | The hub opened with 18 of its 20 desks let.
      """;

  private static final String PEOPLE_AND_COMMUNITIES =
      """
      CSAFE-A1 | CSAFE-O2 | hcsafe, dpeople | PROJECT -9 6 | Upgrade the town centre CCTV cameras to high definition
          milestone -6 done -6 | Survey the camera sites and agree the specification
          milestone -3 done -3 after 1 | Award the upgrade contract
          milestone 3 after 2 | Install the new cameras
          milestone 6 after 3 | Connect the cameras to the police control room
          update -2 G 30 | Specification agreed with the police.
          update -1 G 45 | Contract awarded; installation starts next quarter.
          update 0 G 60 | 14 of 32 cameras replaced.
      CSAFE-A2 | CSAFE-O1 | hcsafe, dpeople | ACTION -3 9 | Introduce a public spaces protection order for the town centre
          update 0 A 20 | The consultation drew 900 responses, many against the proposed alcohol restriction, so the order must be redrafted. | Revised draft to go to Overview and Scrutiny before a second, shorter consultation.
      CSAFE-A3 | CSAFE-O1 | hcsafe, dpeople | ACTION -4 5 | Hold a monthly anti-social behaviour case review with the police and housing providers
      CSP-A1 | CSP-O1 | policecontact, hcsafe | ACTION -5 7 | Run joint police and council patrols at the town centre anti-social behaviour hotspots
          update -1 G 40 | Joint patrols run on Friday and Saturday evenings at the two worst hotspots.
          update 0 G 55 | Reports of anti-social behaviour at the two hotspots are down a quarter on the same months last year.

      LEIS-A1 | LEIS-O1 | hleis, dpeople | PROJECT -9 9 | Procure a new leisure management contract
          The current contract for the three leisure centres and two pools ends next year.
          milestone -7 done -7 | Cabinet agrees the procurement route
          milestone -4 done -4 after 1 | Issue the invitation to tender
          milestone 0 after 2 | Evaluate the tenders and choose the preferred bidder
          milestone 6 after 3 | Award the contract
          milestone 9 after 4 | New operator takes over
          update -2 G 40 | Invitation to tender issued; five operators have registered an interest.
          update -1 G 50 | Three tenders received and being evaluated.
          update 0 A 55 | Evaluation is taking longer than planned because two bids are close on quality, so the preferred bidder will go to Cabinet a month late. | Handover plan revised so that the new operator can still start on time.
      LEIS-A2 | LEIS-O2 | hleis, dpeople | ACTION -6 6 | Launch an exercise referral scheme with GP practices in the three least active wards
          update -1 G 40 | Six GP practices signed up; 45 referrals so far.
          update 0 G 60 | 130 referrals; 70% completed the twelve-week programme.
      LEIS-A3 | LEIS-O1 | hleis, dpeople | ACTION -10 -4 | Refurbish the changing rooms at Westfield pool
          update -3 G 70 | Work on site; the pool has stayed open throughout.
          update -2 B 100 done -5 | Changing rooms reopened on time and £12,000 under budget.

      EHL-A1 | EHL-O1 | hehl, dpeople | ACTION -6 3 | Clear the backlog of overdue food hygiene inspections
          update -1 A 45 | 140 inspections are still overdue after an officer left and the post stayed empty. | Two contractors take the lower-risk inspections; the vacancy is advertised again.
          update 0 A 70 | 60 inspections still overdue; the contractors are ahead of schedule. | The highest-risk premises are inspected first.
      EHL-A2 | EHL-O2 | hehl, dpeople | ACTION -9 0 | Consult on additional licensing of houses in multiple occupation
          update -2 G 50 | Evidence of poor conditions gathered from complaints and inspections.
          update -1 A 70 | The consultation could not start until a legal challenge elsewhere was settled. | Consultation now to open next month, for ten weeks.
      EHL-A3 | EHL-O3 | hehl, dpeople | ACTION -9 -3 | Adopt a new taxi and private hire licensing policy
          update -2 B 100 done -4 | Policy adopted by the Licensing Committee; all drivers told of the new safeguarding training.

      CUST-A1 | CUST-O1 | contactlead, hcust | ACTION -6 6 | Offer callers a call-back instead of waiting at busy times
          update -1 G 40 | Call-back set up on the council tax and waste lines.
          update 0 G 60 | Call-back on every line; the average wait fell from 4 minutes to under 2.
      CUST-A2 | CUST-O2 | hcust, dpeople | ACTION -3 9 | Train 30 digital champions to help residents online in libraries
          update 0 G 25 | Eight champions trained and holding weekly sessions at the main library.
      CUST-A3 | CUST-O1 | contactlead, hcust | ACTION -8 -2 | Replace the contact centre telephone system
          update -2 A 60 | The new system is installed but call recording does not yet work, so the old system is still needed. | The supplier is fixing call recording under the contract's service credits.
          update -1 R 75 | The system was not fully working by the due date: call recording still fails on one line in ten. | The contract manager has escalated to the supplier's director; the old system stays until recording works.
      """;

  private static final String CORPORATE_PLAN =
      """
      CP-A01 | P1 | hecon, dplace | ACTION -6 6 | Launch a £250,000 small business grant scheme
          update -1 G 45 | 38 grants awarded, mostly to help firms take on their first employee.
          update 0 G 65 | 61 grants awarded; £160,000 committed.
      CP-A02 | P2 | hplan, dplace | ACTION -9 3 | Agree a housing delivery action plan with the main housebuilders
          update -2 G 40 | Workshop held with the ten largest housebuilders.
          update -1 G 60 | Draft action plan agreed with the housebuilders.
          update 0 G 85 | Action plan goes to Cabinet for approval.
      CP-A03 | P3 | hhsg, dplace | PROJECT -6 9 | Open a 20-bed supported housing scheme for single homeless people
          milestone -3 done -2 | Buy the building
          milestone 3 after 1 | Complete the refurbishment
          milestone 6 after 2 | Appoint the support provider
          milestone 9 after 3 | First residents move in
          update -1 G 30 | Building bought; refurbishment out to tender.
          update 0 G 35 | Refurbishment contract awarded.
      CP-A04 | P4 | hcsafe, dpeople | ACTION -6 6 | Run joint patrols with the police in the five anti-social behaviour hotspots
          update -1 G 50 | Summer patrols done; reports of anti-social behaviour in the hotspots fell by a fifth.
          update 0 G 70 | Winter patrols under way in the town centre and at Riverside.
      CP-A05 | P5 | hleis, dpeople | ACTION -3 9 | Offer free swimming to under-16s in the school holidays
          update 0 A 20 | Take-up in the wards we most wanted to reach has been low. | Free passes to be given out through schools in those wards, with transport from two estates.
      CP-A06 | P6 | hwaste, dplace | ACTION -12 -3 | Introduce recycling collections to every block of flats
          update -2 B 100 done -4 | All 146 blocks now have communal recycling bins.
      CP-A07 | P8 | hfin, dres | ACTION -6 6 | Deliver £1.2m of savings through the transformation programme
          update -1 A 35 | £400,000 delivered so far; the shared service with the neighbouring council is behind schedule. | Programme board reviewing each project monthly.
          update 0 R 45 | Only £700,000 of the £1.2m will be achieved this year because the shared service has been put back a year. | Directors are bringing other savings to CMT; the rest of the shortfall will be met from the budget resilience reserve.
      CP-A08 | P8 | hlds, ceo | ACTION -4 5 | Review the constitution and the scheme of delegation
      CP-A09 | P9 | hcust, dpeople | PROJECT -9 3 | Launch online accounts for residents
          One account for council tax, benefits, waste and reporting problems.
          milestone -6 done -6 | Choose the supplier
          milestone -3 done -2 after 1 | Launch council tax and benefits accounts
          milestone 0 done -1 after 2 | Add waste and street-scene reports
          milestone 3 after 3 | Reach 20,000 registered accounts
          update -2 G 40 | Supplier chosen; council tax and benefits accounts being tested.
          update -1 G 70 | Council tax, benefits and waste all online; 11,500 residents registered.
          update 0 G 85 | 17,800 residents registered.
      CP-A10 | P9 | hict, dres | ACTION -10 3 | Give every member of staff a laptop and Microsoft 365 for flexible working
          update -2 G 60 | 400 of 640 staff moved to laptops.
          update -1 G 85 | All office staff moved; depot staff next.
          update 0 B 100 done today | All 640 staff now have laptops and Microsoft 365; the last desktops have been collected.
      """;

  static List<DemoAction> rows() {
    return Stream.of(
            CHIEF_EXECUTIVES,
            RESOURCES,
            PLACE,
            PEOPLE_AND_COMMUNITIES,
            CORPORATE_PLAN,
            DemoDecisions.ARISING)
        .flatMap(table -> DemoAction.parse(table).stream())
        .toList();
  }

  static List<String> codes() {
    return rows().stream().map(DemoAction::code).toList();
  }
}
