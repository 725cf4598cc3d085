package org.goldenthread.indicator;

import org.goldenthread.account.ResponsibilityPolicy;
import org.goldenthread.account.Role;
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

  IndicatorAccess(ResponsibilityPolicy policy, IndicatorService indicators, DataEntry entry) {
    this.policy = policy;
    this.indicators = indicators;
    this.entry = entry;
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

  /** The accountable manager, or a manager or director leading the indicator's unit. */
  public boolean canVerify(Authentication authentication, Indicator indicator) {
    return policy.canEdit(
        authentication, new Responsibility(null, accountableId(indicator), unitId(indicator)));
  }

  /** Targets are set and approved by the performance team or the indicator's accountable person. */
  public boolean canSetTargets(Authentication authentication, long indicatorId) {
    return canSetTargets(authentication, indicators.get(indicatorId));
  }

  public boolean canSetTargets(Authentication authentication, Indicator indicator) {
    return policy.canEdit(authentication, new Responsibility(null, accountableId(indicator), null));
  }

  private static Long accountableId(Indicator indicator) {
    return indicator.getAccountable() == null ? null : indicator.getAccountable().getId();
  }

  private static Long unitId(Indicator indicator) {
    return indicator.getOrgUnit() == null ? null : indicator.getOrgUnit().getId();
  }

  public boolean canDefine(Authentication authentication) {
    return policy.hasAnyRole(authentication, Role.ADMIN);
  }
}
