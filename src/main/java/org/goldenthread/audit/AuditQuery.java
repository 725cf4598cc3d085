package org.goldenthread.audit;

import java.time.LocalDate;

/** Filters for the audit trail; any may be empty. */
public record AuditQuery(
    String recordType, String recordId, String actor, LocalDate from, LocalDate to) {

  public static AuditQuery forRecord(String recordType, Object recordId) {
    return new AuditQuery(recordType, String.valueOf(recordId), null, null, null);
  }
}
