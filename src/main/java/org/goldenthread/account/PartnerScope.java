package org.goldenthread.account;

import java.util.Set;

/**
 * What a partner user may see (M6): the part of the council's work their organisation takes part
 * in. {@code organisationId} is null for a partner account not yet linked to an organisation, who
 * then sees nothing but the public pages and their own account. Each capability decides which of
 * its records fall inside: partnership plans approved by a body the organisation sits on, items,
 * indicators and actions its people are responsible for, indicators it provides data for, reports
 * sent to its bodies.
 */
public record PartnerScope(Long organisationId, Long personId, Set<Long> bodyIds) {

  public PartnerScope {
    bodyIds = Set.copyOf(bodyIds);
  }

  /** For a query's {@code in (...)}: never empty, since an empty list is not valid SQL. */
  public Set<Long> bodyIdsOrNone() {
    return orNone(bodyIds);
  }

  /** Ids for a query's {@code in (...)}: an id no record has in place of none. */
  public static Set<Long> orNone(Set<Long> ids) {
    return ids.isEmpty() ? Set.of(-1L) : ids;
  }

  /** For a query's {@code = ?}: an id no organisation has when there is none. */
  public long organisationIdOrNone() {
    return organisationId == null ? -1L : organisationId;
  }
}
