package org.goldenthread.indicator;

import org.goldenthread.account.CurrentUser;
import org.goldenthread.account.ResponsibilityPolicy;
import org.goldenthread.account.Role;
import org.goldenthread.organisation.OrgUnitService;
import org.goldenthread.shared.Responsibility;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may do what with indicators (SPEC §12): the responsible officer (and whoever manages their
 * unit) enters values; the accountable manager, or a manager or director of the unit, verifies
 * them; the performance team does anything. Used as {@code @indicatorAccess}.
 */
@Component("indicatorAccess")
@Transactional(readOnly = true)
public class IndicatorAccess {

  private final ResponsibilityPolicy policy;
  private final IndicatorService indicators;
  private final DataEntry entry;
  private final OrgUnitService units;

  IndicatorAccess(
      ResponsibilityPolicy policy,
      IndicatorService indicators,
      DataEntry entry,
      OrgUnitService units) {
    this.policy = policy;
    this.indicators = indicators;
    this.entry = entry;
    this.units = units;
  }

  public boolean canEnter(Authentication authentication, long indicatorId) {
    Indicator indicator = indicators.get(indicatorId);
    Responsibility r = indicator.responsibility();
    return policy.canEdit(
        authentication, new Responsibility(r.responsiblePersonId(), null, r.orgUnitId()));
  }

  public boolean canVerify(Authentication authentication, long valueId) {
    return canVerify(authentication, entry.value(valueId).getIndicator());
  }

  public boolean canVerify(Authentication authentication, Indicator indicator) {
    if (!(authentication != null && authentication.getPrincipal() instanceof CurrentUser user)) {
      return false;
    }
    if (user.has(Role.ADMIN)) {
      return true;
    }
    Long me = user.personId();
    if (me == null) {
      return false;
    }
    if (indicator.getAccountable() != null && me.equals(indicator.getAccountable().getId())) {
      return true;
    }
    return (user.has(Role.MANAGER) || user.has(Role.DIRECTOR))
        && indicator.getOrgUnit() != null
        && units.unitIdsLedBy(me).contains(indicator.getOrgUnit().getId());
  }

  /** Targets are set and approved by the performance team or the indicator's accountable person. */
  public boolean canSetTargets(Authentication authentication, long indicatorId) {
    return canSetTargets(authentication, indicators.get(indicatorId));
  }

  public boolean canSetTargets(Authentication authentication, Indicator indicator) {
    if (!(authentication != null && authentication.getPrincipal() instanceof CurrentUser user)) {
      return false;
    }
    if (user.has(Role.ADMIN)) {
      return true;
    }
    return user.personId() != null
        && indicator.getAccountable() != null
        && user.personId().equals(indicator.getAccountable().getId());
  }

  public boolean canDefine(Authentication authentication) {
    return authentication != null
        && authentication.getAuthorities().stream()
            .anyMatch(a -> a.getAuthority().equals("ROLE_ADMIN"));
  }
}
