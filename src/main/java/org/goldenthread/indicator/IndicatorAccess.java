package org.goldenthread.indicator;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.goldenthread.account.PartnerScope;
import org.goldenthread.account.PartnerScopes;
import org.goldenthread.account.ResponsibilityPolicy;
import org.goldenthread.account.Role;
import org.goldenthread.framework.FrameworkAccess;
import org.goldenthread.indicator.value.DataEntry;
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

  private final PartnerScopes partners;
  private final FrameworkAccess framework;
  private final IndicatorRepository records;

  IndicatorAccess(
      ResponsibilityPolicy policy,
      IndicatorService indicators,
      DataEntry entry,
      PartnerScopes partners,
      FrameworkAccess framework,
      IndicatorRepository records) {
    this.policy = policy;
    this.indicators = indicators;
    this.entry = entry;
    this.partners = partners;
    this.framework = framework;
    this.records = records;
  }

  /** Staff and members read every indicator; a partner user their organisation's part. */
  public boolean canRead(Authentication authentication, long indicatorId) {
    return partners.canRead(authentication, indicatorId, this::visibleIds);
  }

  /** The same, for the API's addresses by code (an unknown code is left to answer 404). */
  public boolean canReadCode(Authentication authentication, String code) {
    return indicators
        .findByCode(code)
        .map(indicator -> canRead(authentication, indicator.getId()))
        .orElse(true);
  }

  /** The indicators a partner organisation takes part in (see {@link PartnerScope}). */
  public Set<Long> visibleIds(PartnerScope scope) {
    Set<Long> items = framework.visibleItemIds(scope);
    return Set.copyOf(
        records.idsTakenPartInBy(scope.organisationIdOrNone(), PartnerScope.orNone(items)));
  }

  /** The indicators a partner user reads, or empty for everyone who reads them all. */
  public Optional<Set<Long>> visibleIds(Authentication authentication) {
    return partners.of(authentication).map(this::visibleIds);
  }

  /** Only the indicators a partner user reads, from a list; everyone else reads them all. */
  public <T> List<T> visible(
      Authentication authentication, List<T> all, Function<T, Long> indicatorId) {
    return partners.visible(authentication, all, this::visibleIds, indicatorId);
  }

  /**
   * The responsible officer and whoever manages their unit; for an indicator a partner organisation
   * provides data for, that organisation's partner users too.
   */
  public boolean canEnter(Authentication authentication, long indicatorId) {
    Indicator indicator = indicators.get(indicatorId);
    Optional<PartnerScope> partner = partners.of(authentication);
    if (partner.isPresent()) {
      return indicator.getDataProvider() != null
          && indicator.getDataProvider().getId().equals(partner.get().organisationId());
    }
    Responsibility r = indicator.responsibility();
    return policy.canEdit(
        authentication, new Responsibility(r.responsiblePersonId(), null, r.orgUnitId()));
  }

  public Optional<PartnerScope> partnerScope(Authentication authentication) {
    return partners.of(authentication);
  }

  /** Whether the signed-in person is limited to a partner organisation's part. */
  public boolean isPartner(Authentication authentication) {
    return partners.of(authentication).isPresent();
  }

  public boolean canVerify(Authentication authentication, long valueId) {
    return canVerify(authentication, entry.value(valueId).getIndicator());
  }

  /** The accountable manager, or a manager or director leading the indicator's unit. */
  public boolean canVerify(Authentication authentication, Indicator indicator) {
    return !isPartner(authentication)
        && policy.canEdit(
            authentication, new Responsibility(null, accountableId(indicator), unitId(indicator)));
  }

  /** Targets are set and approved by the performance team or the indicator's accountable person. */
  public boolean canSetTargets(Authentication authentication, long indicatorId) {
    return canSetTargets(authentication, indicators.get(indicatorId));
  }

  public boolean canSetTargets(Authentication authentication, Indicator indicator) {
    return !isPartner(authentication)
        && policy.canEdit(authentication, new Responsibility(null, accountableId(indicator), null));
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
