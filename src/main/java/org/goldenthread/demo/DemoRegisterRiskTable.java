package org.goldenthread.demo;

import java.util.List;

/**
 * The demo council's directorate, service and partnership risk registers, in the form {@link
 * DemoRisk} reads. Temporary accommodation went up from the Housing service register to the Place
 * directorate and on to the corporate register; the Universal Credit backlog went up from Revenues
 * and Benefits to Resources this quarter.
 */
final class DemoRegisterRiskTable {

  private DemoRegisterRiskTable() {}

  private static final String REGISTERS =
      """
      SR-HSG-01 | HSG-SRR | FINANCIAL | hhsg, dplace | 5x5 3x4 QUARTERLY | Demand for temporary accommodation outstrips supply and budget
          cause More households are becoming homeless as private rents rise and landlords leave the market.
          event The council must place more families in emergency accommodation, including bed and breakfast, for longer.
          consequence Families stay in unsuitable homes, the council breaks the six-week limit for bed and breakfast, and the budget is overspent.
          links P3, O2, HSG-O1, HSG-O2 | HSG-04, HSG-05, FIN-01 | HSG-A2, HSG-A3, CP-A03
          control E hoptlead | Homelessness prevention casework from the first contact
          control P hhsg | Private homes leased for use as temporary accommodation
          control N hfin | Temporary accommodation budget (forecast £410,000 over)
          scores -4 3x4, -3 4x4, -2 4x4, -1 4x4, 0 5x4
          changed 0 | Households in temporary accommodation up by a quarter since the summer | Two more landlords have served notice on leased homes
          escalated -3 PLACE-DRR | The overspend can no longer be met within the Housing budget
          escalated -1 CRR | The numbers keep rising and the cost now threatens the council's budget as a whole

      SR-HSG-02 | HSG-SRR | OPERATIONAL | hoptlead, hhsg | 4x4 2x3 QUARTERLY | Private landlords leave the rented market
          cause Higher mortgage rates and new regulation of private renting.
          event Landlords sell up and evict their tenants.
          consequence More homelessness and fewer homes to prevent it with.
          links HSG-O1 | HSG-01, HSG-02 | HSG-A2
          control P hoptlead | Landlord incentive scheme
          control E hoptlead | Tenancy sustainment officers
          scores -4 3x4, -3 3x4, -2 3x4, -1 3x4, 0 3x4

      SR-HSG-03 | HSG-SRR | LEGAL | hoptlead, hhsg | 4x4 1x3 MONTHLY | Families are kept in bed and breakfast beyond the six-week legal limit
          cause Too little self-contained temporary accommodation.
          event A family with children spends more than six weeks in bed and breakfast.
          consequence Unlawful placement, ombudsman findings and harm to children.
          links HSG-O2 | HSG-05 | HSG-A3
          control P hoptlead | Weekly review of every family in bed and breakfast
          scores -4 3x3, -3 3x4, -2 4x3

      SR-REV-01 | REVBEN-SRR | FINANCIAL | revofficer, hrevben | 4x3 2x2 QUARTERLY | Council tax arrears grow while recovery is paused
          cause Recovery work was paused while the new revenues system went live.
          event Arrears from earlier years grow and become harder to collect.
          consequence Lost income for the council and its preceptors.
          links REVBEN-O1 | REV-04, REV-01 | REVBEN-A3
          control P revlead | Enforcement agent referrals restarted in October
          control E revofficer | Payment plans offered before a summons
          scores -4 3x3, -3 3x3, -2 4x3

      SR-REV-02 | REVBEN-SRR | OPERATIONAL | benlead, hrevben | 4x4 2x2 QUARTERLY | A backlog of Universal Credit changes delays benefit awards
          cause The Department for Work and Pensions is moving tax credit claimants to Universal Credit, doubling change notifications.
          event Changes wait weeks to be processed.
          consequence Residents get the wrong support, overpayments build up and complaints rise.
          links REVBEN-O2 | BEN-02 | REVBEN-A4
          control P benlead | Assessors moved from new claims for six weeks
          control N benlead | Automated processing of Universal Credit change files (not yet live)
          scores -3 2x3, -2 3x3, -1 3x3, 0 4x3
          changed 0 | Changes waiting more than four weeks doubled | The automation project is late
          escalated 0 RES-DRR | Needs staff from other Resources services until the automation is live

      SR-WST-01 | WASTE-SRR | PEOPLE | wastelead, hwaste | 4x3 2x2 QUARTERLY | Collection crews are short of HGV drivers
          cause A national shortage of HGV drivers and better pay in logistics.
          event Rounds cannot run for lack of drivers.
          consequence Missed collections and agency costs.
          links WASTE-O3 | WST-01 | WASTE-A3
          control P wastelead | Driver training for loaders
          scores -4 3x3, -3 3x3, -2 2x3, -1 2x3, 0 2x3

      SR-WST-02 | WASTE-SRR | OPERATIONAL | wastelead, hwaste | 4x3 2x2 QUARTERLY | Weekly food waste collections start late
          cause Vehicles and caddies on long lead times.
          event Food waste collections do not start on the date required by law.
          consequence The council is in breach of its duty and recycling does not improve.
          links WASTE-O1 | WST-04 | WASTE-A1
          control E wastelead | Vehicles ordered and delivery confirmed
          scores -2 3x3, -1 3x3, 0 2x3

      DR-RES-01 | RES-DRR | FINANCIAL | hfin, dres | 4x3 1x3 QUARTERLY | The audit of the accounts is delayed or qualified
          cause A national backlog of local audits and changes of audit firm.
          event The auditor cannot give an opinion on time, or qualifies it.
          consequence Assurance on the council's finances is lost and the council's reputation suffers.
          links FIN-O2 | - | FIN-A2
          control E hfin | Closedown timetable agreed with the auditors
          scores -4 3x3, -3 3x3, -2 3x3

      DR-RES-02 | RES-DRR | OPERATIONAL | hhr, dres | 3x4 1x3 QUARTERLY | The payroll and HR system contract ends without a replacement
          cause The supplier is withdrawing the product in two years.
          event No replacement is chosen and implemented in time.
          consequence Staff are paid late or wrongly.
          links HR-O1 | - | -
          control P hhr | Replacement options appraisal
          scores -3 2x4, -2 2x4, -1 2x4, 0 2x4

      DR-RES-03 | RES-DRR | PEOPLE | hict, dres | 3x3 2x2 QUARTERLY | Key ICT staff leave for the private sector
          cause Better pay for cloud and security skills elsewhere.
          event Two or more of the four infrastructure engineers leave within a year.
          consequence Projects stop and systems are less secure.
          links ICT-O2 | HR-02 | HR-A3
          control P hict | Knowledge of each system shared by at least two engineers
          scores 0 3x3

      DR-PLC-01 | PLACE-DRR | LEGAL | hplan, dplace | 3x3 2x2 QUARTERLY | Costs are awarded against the council on planning appeals
          cause Committee decisions against officers' advice without sound planning reasons.
          event An inspector awards costs against the council.
          consequence Unbudgeted costs and criticism of the planning service.
          links PLAN-O1 | PLN-03 | PLAN-A2
          control E hlds | Legal officer advises the Planning Committee at every meeting
          scores -4 2x3, -3 2x3, -2 3x3, -1 3x3, 0 2x3

      DR-PLC-02 | PLACE-DRR | FINANCIAL | hhsg, dplace | 4x4 2x3 QUARTERLY | The Station Road housing scheme stalls
          cause The developer's costs rose and sales slowed.
          event The developer pauses or renegotiates the scheme.
          consequence Fewer affordable homes and grant at risk of being returned.
          links HSG-O3, P2 | - | HSG-A1
          control P hhsg | Monthly progress meetings with the developer
          scores -4 3x4, -3 3x4, -2 3x4, -1 2x4, 0 2x4

      DR-PLC-03 | PLACE-DRR | LEGAL | hwaste, dplace | 3x3 1x3 QUARTERLY | Fly-tipping prosecutions fail on evidence
          cause A new enforcement team still building its experience.
          event Cases are dismissed for weak evidence.
          consequence Costs, and fly-tippers undeterred.
          links WASTE-O2 | WST-02 | WASTE-A2
          control P hlds | Legal review of every case before prosecution
          scores -2 2x3, -1 2x3, 0 2x3

      DR-PPL-01 | PEOPLE-DRR | PARTNERSHIP | hleis, dpeople | 4x4 2x3 QUARTERLY | The leisure operator's finances fail before the new contract starts
          cause Energy costs and fewer visits since the pandemic.
          event The operator asks for more subsidy or gives notice.
          consequence Pools and leisure centres close for a time, or cost the council more.
          links LEIS-O1 | LEI-01 | LEIS-A1
          control P hfin | Open-book review of the operator's accounts each quarter
          scores -4 3x4, -3 3x4, -2 3x3, -1 3x3, 0 3x3
          readers hfin

      DR-PPL-02 | PEOPLE-DRR | LEGAL | hehl, dpeople | 3x4 1x3 QUARTERLY | Food hygiene inspections fall behind the statutory programme
          cause Vacancies in the food safety team.
          event High-risk premises are not inspected when due.
          consequence A food poisoning outbreak, and criticism by the Food Standards Agency.
          links EHL-O1 | EHL-01 | EHL-A1
          control P hehl | Contractor inspecting lower-risk premises
          scores -4 3x3, -3 3x4, -2 3x3

      DR-PPL-03 | PEOPLE-DRR | OPERATIONAL | hcsafe, dpeople | 3x3 1x2 QUARTERLY | Town centre CCTV cameras fail before they are replaced
          cause Cameras past their working life, with parts hard to find.
          event Cameras fail at a time when evidence is needed.
          consequence Crimes go unrecorded and prosecutions are lost.
          links CSAFE-O2 | CSF-03 | CSAFE-A1
          control P hcsafe | Maintenance contract with priority repairs
          scores -4 3x3, -3 3x3, -2 3x3, -1 3x2, 0 2x2

      DR-CEX-01 | CEX-DRR | REPUTATIONAL | hppp, ceo | 3x4 1x3 QUARTERLY | Performance is reported on wrong figures
          cause Figures gathered by hand and checked unevenly.
          event A published figure turns out to be wrong.
          consequence Members take decisions on wrong information and trust in reporting suffers.
          links PPP-O1 | PPP-01 | PPP-A1, PPP-A3
          control E perf | Verification of each value before it is reported
          scores -4 3x3, -3 2x3, -2 2x3, -1 2x3, 0 2x3

      DR-CEX-02 | CEX-DRR | OPERATIONAL | hcomms, ceo | 3x3 1x2 QUARTERLY | The website relaunch breaks online services
          cause Forms and payments move to the new platform.
          event Residents cannot find or complete online services after the switch.
          consequence More calls and complaints.
          links COMMS-O1 | COM-01, CUS-02 | COMMS-A1
          control E hcomms | Every form tested by residents before the switch
          scores -3 3x3, -2 3x3, -1 2x3, 0 2x3

      PR-CSP-01 | CSP-PRR | PARTNERSHIP | policecontact, hcsafe | 4x3 2x2 QUARTERLY | Anti-social behaviour moves to new hotspots
          cause Patrols concentrated on the town centre.
          event Anti-social behaviour rises in neighbouring estates.
          consequence Residents there feel less safe and the partnership's targets are missed.
          links CSP-O1 | CSP-01 | CSP-A1, CP-A04
          control P policecontact | Monthly hotspot analysis shared by the police
          control E hcsafe | Monthly case review with housing providers
          scores -4 3x3, -3 3x3, -2 3x3, -1 3x3, 0 4x3
          changed 0 | Incidents up in two estates next to the town centre | Displacement from the patrolled hotspots

      PR-CSP-02 | CSP-PRR | FINANCIAL | hcsafe, dpeople | 3x3 2x2 QUARTERLY | Funding for the anti-social behaviour caseworker ends
          cause The Police and Crime Commissioner's grant runs for one year at a time.
          event The grant is not renewed.
          consequence The caseworker post ends and victims lose support.
          links CSAFE-O1 | - | CSAFE-A3
          control P hcsafe | Bid for three-year funding submitted
          scores -4 2x3, -3 2x3, -2 3x3, -1 3x3, 0 2x3

      PR-CSP-03 | CSP-PRR | LEGAL | hcsafe, @Community Safety Partnership | 3x3 1x2 QUARTERLY | Partners stop sharing information about offenders and victims
          cause The information sharing agreement is out of date.
          event A partner refuses to share information, or shares it unlawfully.
          consequence Cases are missed, or a data breach.
          links CSP-O1 | - | -
          control P hcsafe | Information sharing agreement being renewed
          scores -3 2x3, -2 2x3, -1 2x3, 0 2x3
      """;

  static List<DemoRisk> rows() {
    return DemoRisk.parse(REGISTERS);
  }
}
