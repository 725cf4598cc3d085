package org.goldenthread.report;

import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.goldenthread.account.PartnerScope;
import org.goldenthread.account.PartnerScopes;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may read which reports: staff and members every report; a partner user the reports
 * scheduled for, or published to, a partnership body their organisation sits on. Used as {@code
 * @reportAccess}.
 */
@Component("reportAccess")
@Transactional(readOnly = true)
public class ReportAccess {

  private final PartnerScopes partners;
  private final ReportDefinitionRepository definitions;
  private final PublishedReportRepository published;

  ReportAccess(
      PartnerScopes partners,
      ReportDefinitionRepository definitions,
      PublishedReportRepository published) {
    this.partners = partners;
    this.definitions = definitions;
    this.published = published;
  }

  public boolean canRead(Authentication authentication, long definitionId) {
    return partners
        .of(authentication)
        .map(scope -> visibleIds(scope).contains(definitionId))
        .orElse(true);
  }

  public boolean canReadPublished(Authentication authentication, long publishedId) {
    return partners
        .of(authentication)
        .map(scope -> visiblePublishedIds(scope).contains(publishedId))
        .orElse(true);
  }

  <T> List<T> visible(Authentication authentication, List<T> all, Function<T, Long> definitionId) {
    return partners
        .of(authentication)
        .map(
            scope -> {
              Set<Long> ids = visibleIds(scope);
              return all.stream().filter(x -> ids.contains(definitionId.apply(x))).toList();
            })
        .orElse(all);
  }

  <T> List<T> visiblePublished(
      Authentication authentication, List<T> all, Function<T, Long> publishedId) {
    return partners
        .of(authentication)
        .map(
            scope -> {
              Set<Long> ids = visiblePublishedIds(scope);
              return all.stream().filter(x -> ids.contains(publishedId.apply(x))).toList();
            })
        .orElse(all);
  }

  private Set<Long> visibleIds(PartnerScope scope) {
    return Set.copyOf(definitions.idsScheduledFor(scope.bodyIdsOrNone()));
  }

  private Set<Long> visiblePublishedIds(PartnerScope scope) {
    return Set.copyOf(published.idsPublishedTo(scope.bodyIdsOrNone()));
  }
}
