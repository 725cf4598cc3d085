package org.goldenthread.report.distribution;

import org.goldenthread.account.CurrentUser;
import org.goldenthread.account.Role;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may publish a meeting's report pack: the clerk of the body it goes to, or the performance
 * team. Used as {@code @distributionAccess}.
 */
@Component("distributionAccess")
@Transactional(readOnly = true)
class DistributionAccess {

  private final Distributions distributions;

  DistributionAccess(Distributions distributions) {
    this.distributions = distributions;
  }

  public boolean canPublish(Authentication authentication, long id) {
    return authentication != null
        && authentication.getPrincipal() instanceof CurrentUser user
        && canPublish(user, distributions.get(id));
  }

  boolean canPublish(CurrentUser user, ReportDistribution distribution) {
    return user.has(Role.ADMIN) || distributions.isClerk(distribution, user.personId());
  }
}
