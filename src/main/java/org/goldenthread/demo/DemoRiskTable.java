package org.goldenthread.demo;

import java.util.List;

/**
 * The demo council's corporate risk register, in the form {@link DemoRisk} reads. The Corporate
 * Management Team reviews it each quarter and the Audit and Governance Committee sees it; one more
 * risk (temporary accommodation) reaches it by escalation from the Housing service register, and
 * one (the revenues system) has gone down to the Resources directorate register.
 */
final class DemoRiskTable {

  private DemoRiskTable() {}

  private static final String CORPORATE =
      """
      CR-01 | CRR | FINANCIAL | hfin, dres | 5x5 3x3 QUARTERLY | The council cannot close the gap in its medium-term financial plan
          cause Costs of temporary accommodation, pay awards and contract inflation are rising faster than government funding and council tax income.
          event The budget for the next two years cannot be balanced without using reserves the Section 151 Officer considers the minimum.
          consequence Unplanned cuts to services, a section 114 notice, and loss of control of the council's own priorities.
          links P8, FIN-O1 | FIN-01, FIN-04 | FIN-A1, CP-A07
          control E hfin | Medium-term financial strategy refreshed every autumn and tested against three funding scenarios
          control P dres | Monthly budget monitoring, with spending controls on non-essential budgets since October
          control P hfin | Savings tracker for the transformation programme, reported to the Corporate Management Team monthly
          scores -4 4x5, -3 4x5, -2 4x4, -1 4x4, 0 4x4
          changed 0 | Provisional settlement lower than assumed; the gap for next year stands at £1.8m | Savings already agreed offset the lower settlement, so the score holds

      CR-03 | CRR | CYBER | hict, dres | 5x5 2x4 QUARTERLY | A cyber attack takes the council's systems and data out of use
          cause Ransomware and phishing campaigns aimed at the public sector, and some systems still on unsupported software.
          event An attacker encrypts or steals the council's data and core systems are unavailable for days or weeks.
          consequence Services that depend on ICT stop, residents' data is exposed, and recovery costs run to millions.
          links P8, ICT-O2 | ICT-01, ICT-03 | ICT-A1, ICT-A3
          control E hict | Cyber Essentials Plus controls, with security patches applied within 14 days
          control P hict | Offline backups of core systems, restored in a test twice a year
          control N hhr | Phishing awareness training for all staff (61% have completed it)
          scores -4 4x5, -3 4x5, -2 3x5, -1 3x5, 0 3x4
          changed 0 | Servers now in the secure data centre and backups tested successfully | A restore now takes days rather than weeks, so the impact is lower

      CR-04 | CRR | OPERATIONAL | dres, ceo | 4x5 2x4 QUARTERLY | A major contractor or supplier fails
          cause Contractors for leisure, waste processing and ICT face rising costs, and some are thinly capitalised.
          event A key contractor goes into administration or walks away from its contract at short notice.
          consequence Services stop while an alternative is found, at higher cost and with staff transferring at short notice.
          links P8 | - | LEIS-A1
          control P hfin | Financial health checks of the ten largest contractors each year
          control E hlds | Contracts require step-in rights and exit plans
          scores -4 3x4, -3 3x4, -2 3x4, -1 3x4, 0 3x4

      CR-05 | CRR | LEGAL | hplan, dplace | 4x5 2x3 QUARTERLY | The new Local Plan is delayed or found unsound
          cause Changes to national planning policy, objections at examination, and gaps in the evidence on housing need.
          event The Local Plan is not adopted by the date in the local development scheme.
          consequence Speculative housing applications are allowed on appeal, infrastructure is not planned, and the council loses control of where homes go.
          links P2, PLAN-O2 | PLN-04, PLN-03 | PLAN-A1, CP-A02
          control P hplan | Local development scheme with milestones monitored by the Planning Policy team
          control N hplan | Planning advisory service review of the evidence base (not yet commissioned)
          scores -4 3x4, -3 3x4, -2 4x4
          changed -2 | The inspector asked for further work on housing land supply | The examination timetable has slipped by at least six months

      CR-06 | CRR | PEOPLE | hhr, dres | 4x4 2x3 QUARTERLY | The council cannot recruit and keep the skilled staff it needs
          cause Competition from private employers and other councils for planners, surveyors, lawyers and ICT specialists.
          event Key posts stay vacant or are filled by agency staff for long periods.
          consequence Services slow down, costs rise and knowledge is lost when people leave.
          links P8, HR-O2 | HR-02, HR-01 | HR-A2, HR-A3, PLAN-A3
          control E hhr | Market supplements for hard-to-fill posts, agreed by the Appointments Committee
          control P hhr | Apprenticeship and grow-your-own schemes
          scores -4 4x4, -3 4x4, -2 3x4, -1 3x4, 0 3x4

      CR-07 | CRR | CYBER | hlds, ceo | 4x4 2x3 QUARTERLY | Personal data is lost or disclosed without authority
          cause Large volumes of personal data handled across many systems, and e-mail sent to the wrong people.
          event A serious breach of the data protection rules that must be reported to the Information Commissioner.
          consequence Harm to residents, a fine or enforcement notice, and loss of trust.
          links LDS-O3 | LDS-01 | LDS-A3, CP-A10
          control P hlds | Data protection training each year for every member of staff
          control E hict | Encryption of laptops and secure e-mail for sensitive data
          scores -4 3x3, -3 3x3, -2 3x3, -1 3x3, 0 3x4
          changed 0 | Two reportable breaches this quarter, both e-mails sent to the wrong address | The impact of the next breach is judged higher as more data moves to Microsoft 365

      CR-08 | CRR | PARTNERSHIP | dpeople, ceo | 4x4 3x3 QUARTERLY | Pressure on the local health and care system spills over to council services
          cause The county's adult social care market is short of care homes and home care, and hospital discharges are delayed.
          event Vulnerable residents leave hospital without a safe home or package of care and turn to the council for help.
          consequence More homelessness and emergency placements, and pressure on the council's housing and customer services.
          links P3, P5 | HSG-01 | CP-A03
          control P dpeople | Joint discharge protocol agreed through the Health and Wellbeing Partnership
          control P hhsg | Housing officer based at the hospital two days a week
          scores -3 3x3, -2 3x4, -1 3x4, 0 3x4

      CR-09 | CRR | ENVIRONMENTAL | dplace, ceo | 4x5 3x3 HALF_YEARLY | The borough is not ready for more frequent flooding and heatwaves
          cause A changing climate brings heavier rainfall and hotter summers; parts of the borough lie in flood zones 2 and 3.
          event Homes, roads and council buildings flood, or a prolonged heatwave disrupts services.
          consequence Residents displaced, damage to property and infrastructure, and costs of recovery.
          links P7, P6 | - | -
          control P dplace | Multi-agency flood plan tested with the Environment Agency each year
          control N dplace | Climate adaptation plan for council buildings (in draft)
          scores -3 3x4, -1 4x4
          changed -1 | Two flash floods in the summer affected 40 homes | The likelihood rises as such events become more frequent

      CR-10 | CRR | FINANCIAL | hfin, dres | 4x4 2x3 QUARTERLY | Building cost inflation puts the capital programme out of reach
          cause Construction prices and interest rates have risen since the capital programme was approved.
          event Schemes cost more than budgeted or must be cut back or delayed.
          consequence Fewer affordable homes and regeneration schemes, and more borrowing than planned.
          links P2, HSG-O3 | - | HSG-A1
          control E hfin | Each scheme has an approved budget with a contingency of at least 10%
          control P dplace | Capital programme board reviews every scheme quarterly
          scores -4 4x4, -3 4x4, -2 3x4, -1 4x4, 0 3x4
          changed 0 | Station Road contract let at a fixed price | Most of the programme's cost is now fixed

      CR-11 | CRR | HEALTH_SAFETY | dpeople, ceo | 3x5 1x5 QUARTERLY | A child or adult at risk is harmed where the council could have acted
          cause Staff in housing, leisure, licensing and customer services meet residents at risk and may miss the signs.
          event Abuse or neglect goes unreported, or a licensed driver or contractor harms someone.
          consequence Serious harm to a vulnerable person, a safeguarding review and lasting damage to trust.
          links EHL-O3 | EHL-04 | EHL-A3
          control E dpeople | Safeguarding lead in every directorate and a single reporting route
          control P hehl | DBS checks for all taxi drivers every six months
          scores -4 2x5, -3 2x5, -2 2x5, -1 2x5, 0 2x5

      CR-12 | CRR | HEALTH_SAFETY | dres, ceo | 4x5 1x4 QUARTERLY | Someone is hurt because a council building is not safe
          cause An ageing estate, with asbestos, fire risk and water systems to manage in leisure centres, offices and depots.
          event A fire, legionella outbreak or structural failure in a council building.
          consequence Injury or death, prosecution of the council and the loss of the building.
          links P8 | - | LEIS-A3
          control E dres | Fire risk assessments and legionella checks up to date in every building
          control P dres | Asbestos register being resurveyed (two thirds complete)
          control E hleis | Pool plant maintained under a specialist contract
          scores -4 3x4, -3 3x4, -2 2x4, -1 2x4, 0 2x4

      CR-13 | CRR | PARTNERSHIP | hppp, ceo | 4x3 2x3 QUARTERLY | Partners withdraw funding from shared programmes
          cause The police, the integrated care board and the Police and Crime Commissioner face their own budget cuts.
          event Funding for joint community safety and health schemes ends or is cut at short notice.
          consequence Schemes close, or the council must fund them itself.
          links CSP-O1, P4 | CSP-01 | CSAFE-A3
          control P hppp | Partnership agreements with notice periods of at least six months
          control P hcsafe | Joint funding plan for the Community Safety Partnership
          scores -4 3x3, -3 3x3, -2 3x3

      CR-14 | CRR | LEGAL | hlds, ceo | 3x5 1x4 QUARTERLY | An election is not run well under the new rules
          cause New rules on voter identification and postal votes, ward boundary changes, and fewer experienced polling staff.
          event Electors are turned away wrongly, ballot papers are wrong, or the count is challenged.
          consequence An election petition, a rerun and damage to the council's reputation.
          links LDS-O2 | LDS-03 | LDS-A2
          control E hlds | Election project plan, with training for every polling station and count worker
          control P hcomms | Campaign to tell electors about voter identification
          scores 0 2x4

      CR-15 | CRR | OPERATIONAL | hwaste, dplace | 4x4 2x3 QUARTERLY | The recycling processing contract ends without a good replacement
          cause The contract for sorting recycling ends in 2027 and the market for sorted materials is volatile.
          event No acceptable bid is received, or the new contract costs far more.
          consequence Recycling rates fall and disposal costs rise.
          links P6, WASTE-O1 | WST-04 | WASTE-A1
          control P hwaste | Early market engagement with processors in the region
          control N hwaste | Reduction of contamination in recycling bins (contamination has risen to 18%)
          scores -4 2x4, -3 3x4, -2 3x4, -1 3x4, 0 4x4
          changed 0 | Only one processor answered the market engagement | Without competition the new contract is likely to cost more

      CR-16 | CRR | LEGAL | hlds, ceo | 3x4 1x3 QUARTERLY | A losing bidder challenges the award of the leisure contract
          cause The procurement of the new leisure management contract was close, and a losing bidder has written to the council.
          event The losing bidder issues proceedings, suspending the award.
          consequence Delay to the new contract, legal costs and possible damages.
          links LEIS-O1 | - | LEIS-A1
          control E hlds | External legal advice on every stage of the procurement
          control P hleis | Extension of the current contract agreed as a fallback
          scores -2 3x3, -1 3x4, 0 3x3
          changed 0 | Bidder's solicitors answered; the standstill period ended without proceedings | A claim can still be made, but is now less likely
          readers hfin, dpeople

      CR-17 | CRR | FINANCIAL | hrevben, dres | 4x3 2x2 QUARTERLY | Fraud and error in council tax discounts and business rates reliefs
          cause Discounts and reliefs claimed by self-declaration, and few checks between them.
          event Ineligible claims go undetected for years.
          consequence Lost income for the council and its preceptors.
          links REVBEN-O1 | REV-01, REV-02 | REVBEN-A2
          control E hrevben | Single person discount review against credit reference data
          control P hrevben | National Fraud Initiative matches investigated within six months
          scores -4 3x3, -3 3x3, -2 2x3, -1 2x3, 0 2x3

      CR-18 | CRR | LEGAL | hlds, ceo | 3x4 1x3 QUARTERLY | Decisions are taken without lawful authority
          cause The constitution and scheme of delegation are out of date after the restructure.
          event A decision is taken by someone without the power to take it, or without proper record.
          consequence The decision is challenged and overturned, and the council's governance is criticised.
          links LDS-O1 | LDS-02 | CP-A08, LDS-A1
          control P hlds | Monitoring Officer review of reports before they go to committees
          control E hlds | Officer decision records published each month
          scores -4 2x4, -3 2x4, -2 2x3, -1 2x3, 0 2x3

      CR-19 | CRR | OPERATIONAL | hcust, dpeople | 3x4 2x3 QUARTERLY | The council loses its contact centre or a main building for more than a day
          cause Power or telephony failure, fire or flood at the civic offices.
          event Residents cannot reach the council and staff cannot work from the building.
          consequence Urgent requests go unanswered, such as homelessness and repairs.
          links CUST-O1 | CUS-01 | CUST-A3
          control E hcust | Business continuity plans for every service, tested each year
          control E hict | Cloud telephone system that staff can answer from home
          scores -4 3x4, -3 3x3, -2 3x3, -1 3x3, 0 2x3
          changed 0 | New telephone system live and tested from home | Calls can now be answered anywhere

      CR-20 | CRR | FINANCIAL | hecon, dplace | 4x3 2x3 QUARTERLY | Town centre decline cuts business rates income
          cause Shops closing and online shopping growing.
          event Empty units and appeals reduce the business rates the council keeps.
          consequence Lower income and a less attractive town centre.
          links P1, ECON-O2 | ECO-02 | ECON-A2
          control P hecon | Meanwhile-use grants for empty shop units
          scores -4 3x3, -3 3x3, -2 3x3, -1 2x3
          closed 0 | The business rates pool ended; what remains of the income risk is carried by CR-01

      CR-21 | CRR | OPERATIONAL | dpeople, ceo | 3x4 1x3 QUARTERLY | A new pandemic disrupts council services
          cause A new infectious disease spreads in the community.
          event Many staff are ill at once and some services must close.
          consequence Services stop and vulnerable residents are left without support.
          links - | - | -
          control E dpeople | Pandemic plan and business continuity plans tested with the health protection team
          scores -4 2x3, -3 2x3, -2 2x3, -1 2x3
          closed 0 | The Corporate Management Team agreed the risk is managed through the business continuity plans

      CR-02 | CRR | OPERATIONAL | ceo, ceo | 4x4 2x3 QUARTERLY | Local government reorganisation diverts the council's capacity
          cause Government proposals to replace district and county councils with unitary councils.
          event Senior officers spend much of their time on reorganisation, and decisions are put off.
          consequence Corporate priorities slip and staff leave in the uncertainty.
          links P8 | HR-02 | -
          control P ceo | Reorganisation programme board with its own resources
          control N hcomms | Staff briefing on reorganisation (first briefing postponed)
          scores 0 4x4

      CR-22 | CRR | OPERATIONAL | hrevben, dres | 4x4 2x2 QUARTERLY | The new revenues and benefits system does not bill correctly
          cause The council tax and benefits system was replaced this year.
          event Bills or benefit awards are wrong, or recovery stops while problems are fixed.
          consequence Lost income, complaints and a backlog of work.
          links REVBEN-O1, REVBEN-O2 | REV-04, BEN-02 | REVBEN-A4
          control E hrevben | Parallel running and reconciliation of the old and new systems
          control P revlead | Backlog recovery plan with temporary staff
          scores -4 4x4, -3 4x4, -2 3x4, -1 3x3, 0 3x3
          escalated -1 RES-DRR | The system is live and annual billing went out correctly: what remains is for the directorate to manage
      """;

  static List<DemoRisk> rows() {
    return DemoRisk.parse(CORPORATE);
  }
}
