package org.goldenthread.report;

import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.goldenthread.account.PartnerScope;
import org.goldenthread.account.PartnerScopes;
import org.goldenthread.report.publish.PublishedReportRepository;
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
    return partners.canRead(authentication, definitionId, this::visibleIds);
  }

  public boolean canReadPublished(Authentication authentication, long publishedId) {
    return partners.canRead(authentication, publishedId, this::visiblePublishedIds);
  }

  public <T> List<T> visible(
      Authentication authentication, List<T> all, Function<T, Long> definitionId) {
    return partners.visible(authentication, all, this::visibleIds, definitionId);
  }

  public <T> List<T> visiblePublished(
      Authentication authentication, List<T> all, Function<T, Long> publishedId) {
    return partners.visible(authentication, all, this::visiblePublishedIds, publishedId);
  }

  private Set<Long> visibleIds(PartnerScope scope) {
    return Set.copyOf(definitions.idsScheduledFor(scope.bodyIdsOrNone()));
  }

  private Set<Long> visiblePublishedIds(PartnerScope scope) {
    return Set.copyOf(published.idsPublishedTo(scope.bodyIdsOrNone()));
  }
}
