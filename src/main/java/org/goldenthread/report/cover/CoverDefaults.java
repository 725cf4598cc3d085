package org.goldenthread.report.cover;

import java.util.List;
import org.goldenthread.framework.FrameworkItem;
import org.goldenthread.framework.FrameworkService;
import org.goldenthread.framework.Plan;
import org.goldenthread.framework.PlanService;
import org.goldenthread.organisation.OrgUnit;
import org.goldenthread.organisation.OrgUnitService;
import org.goldenthread.organisation.OrgUnitType;
import org.goldenthread.organisation.Person;
import org.goldenthread.organisation.governance.GovernanceService;
import org.goldenthread.organisation.governance.Portfolio;
import org.goldenthread.report.ReportDefinition;
import org.springframework.stereotype.Component;

/**
 * Who a report is from, who holds its portfolio and whom to contact, as its scope suggests: the
 * director of the directorate it covers (or the plan's or the priority's), the holder of the
 * portfolio it covers or that covers that directorate, and the plan's owner, the priority's
 * responsible officer or the directorate's head. What the scope does not say is left empty.
 */
@Component
class CoverDefaults {

  /** The people the scope suggests; any may be null. */
  record Suggested(Person director, Portfolio portfolio, Person contact) {}

  private final PlanService plans;
  private final FrameworkService framework;
  private final OrgUnitService units;
  private final GovernanceService governance;

  CoverDefaults(
      PlanService plans,
      FrameworkService framework,
      OrgUnitService units,
      GovernanceService governance) {
    this.plans = plans;
    this.framework = framework;
    this.units = units;
    this.governance = governance;
  }

  Suggested suggest(ReportDefinition definition) {
    Long id = definition.getScopeId();
    return switch (definition.getScopeKind()) {
      case PLAN -> {
        Plan plan = plans.get(id);
        yield fromUnit(plan.getOrgUnit(), plan.getOwner());
      }
      case PRIORITY -> {
        FrameworkItem item = framework.get(id);
        OrgUnit unit = item.getPlan() == null ? null : item.getPlan().getOrgUnit();
        Suggested byUnit = fromUnit(unit, item.getResponsible());
        Person director = byUnit.director() != null ? byUnit.director() : item.getAccountable();
        yield new Suggested(director, byUnit.portfolio(), byUnit.contact());
      }
      case PORTFOLIO -> {
        Portfolio portfolio = governance.portfolio(id);
        OrgUnit directorate =
            portfolio.getServices().stream()
                .map(CoverDefaults::directorate)
                .filter(u -> u != null && u.getHead() != null)
                .findFirst()
                .orElse(null);
        Person director = directorate == null ? null : directorate.getHead();
        yield new Suggested(director, portfolio, director);
      }
      case DIRECTORATE -> {
        OrgUnit unit = units.get(id);
        yield fromUnit(unit, unit.getHead());
      }
      case BODY, CORPORATE_HEALTH, CHOSEN -> new Suggested(null, null, null);
    };
  }

  private Suggested fromUnit(OrgUnit unit, Person contact) {
    if (unit == null) {
      return new Suggested(null, null, contact);
    }
    OrgUnit directorate = directorate(unit);
    // A directorate without a director recorded: the head of the unit itself.
    Person director =
        directorate != null && directorate.getHead() != null
            ? directorate.getHead()
            : unit.getHead();
    return new Suggested(director, portfolioFor(unit), contact != null ? contact : unit.getHead());
  }

  /** The one portfolio covering the unit or a service within it; null for none or several. */
  private Portfolio portfolioFor(OrgUnit unit) {
    List<Portfolio> covering = governance.portfoliosCovering(unit);
    if (covering.isEmpty()) {
      covering =
          governance.portfolios().stream()
              .filter(p -> p.getServices().stream().anyMatch(s -> s.isWithin(unit)))
              .toList();
    }
    return covering.size() == 1 ? covering.get(0) : null;
  }

  /** The directorate the unit is or sits within; null above or outside one. */
  private static OrgUnit directorate(OrgUnit unit) {
    for (OrgUnit u = unit; u != null; u = u.getParent()) {
      if (u.getType() == OrgUnitType.DIRECTORATE) {
        return u;
      }
    }
    return null;
  }
}
