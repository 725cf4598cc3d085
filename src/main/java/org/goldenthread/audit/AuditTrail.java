package org.goldenthread.audit;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.metamodel.EntityType;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.hibernate.envers.AuditReader;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.Audited;
import org.hibernate.envers.query.AuditEntity;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the audit trail: which records changed, by whom and when (from the revisions), and each
 * field's value before and after (from Envers' copies of the records).
 */
@Service
@Transactional(readOnly = true)
public class AuditTrail {

  private static final ZoneId LONDON = ZoneId.of("Europe/London");

  private final EntityManager em;
  private final Map<String, Class<?>> auditedTypes;

  /** The audited types whose records carry a code, by which the trail can be searched. */
  private final List<String> codedTypes;

  AuditTrail(EntityManager em) {
    this.em = em;
    Map<String, Class<?>> types = new TreeMap<>();
    List<String> coded = new ArrayList<>();
    for (EntityType<?> type : em.getMetamodel().getEntities()) {
      if (type.getJavaType().isAnnotationPresent(Audited.class)) {
        types.put(type.getJavaType().getSimpleName(), type.getJavaType());
        if (type.getAttributes().stream()
            .anyMatch(a -> a.getName().equals("code") && a.getJavaType() == String.class)) {
          coded.add(type.getName());
        }
      }
    }
    this.auditedTypes = Map.copyOf(types);
    this.codedTypes = List.copyOf(coded);
  }

  /** Record type (as stored) to a readable name, for the audit page's filter. */
  public Map<String, String> recordTypes() {
    Map<String, String> labels = new LinkedHashMap<>();
    auditedTypes.keySet().stream()
        .sorted()
        .forEach(type -> labels.put(type, RecordState.fieldLabel(type)));
    return labels;
  }

  /** The people who have made changes, by username, for the audit page's filter. */
  public Map<String, String> actors() {
    Map<String, String> actors = new LinkedHashMap<>();
    em.createQuery(
            "select distinct r.actor, r.actorName from AuditRevision r order by r.actorName",
            Object[].class)
        .getResultList()
        .forEach(row -> actors.putIfAbsent((String) row[0], (String) row[1]));
    return actors;
  }

  public Page<RecordChange> search(AuditQuery query, Pageable pageable) {
    Map<String, Object> params = new LinkedHashMap<>();
    Long asked = number(query.recordId());
    String where = where(query, asked, params);
    TypedQuery<Object[]> rows =
        em.createQuery(
            "select r.id, r.occurredAt, r.actor, r.actorName, c.entityType, c.entityId, c.action,"
                + " c.firstId, c.lastId from AuditRevision r join r.changes c"
                + where
                + " order by r.id desc, c.entityType, c.entityId",
            Object[].class);
    TypedQuery<Long> count =
        em.createQuery("select count(r) from AuditRevision r join r.changes c" + where, Long.class);
    params.forEach(
        (name, value) -> {
          rows.setParameter(name, value);
          count.setParameter(name, value);
        });
    rows.setFirstResult((int) pageable.getOffset()).setMaxResults(pageable.getPageSize());
    List<RecordChange> changes = new ArrayList<>();
    AuditReader reader = AuditReaderFactory.get(em);
    for (Object[] row : rows.getResultList()) {
      changes.add(change(reader, row, asked));
    }
    return new PageImpl<>(changes, pageable, count.getSingleResult());
  }

  /** Every change to one record, newest first. */
  public List<RecordChange> historyOf(Class<?> type, Object id) {
    return search(AuditQuery.forRecord(type.getSimpleName(), id), Pageable.ofSize(200))
        .getContent();
  }

  /** The conditions of a search; {@code asked} is the record number asked for, if one is. */
  private String where(AuditQuery query, Long asked, Map<String, Object> params) {
    List<String> conditions = new ArrayList<>();
    if (present(query.recordType())) {
      conditions.add("c.entityType = :type");
      params.put("type", query.recordType());
    }
    if (present(query.recordId())) {
      if (asked == null) {
        conditions.add(withCode(query, params));
      } else {
        // A record a bulk write created is named by the run of ids it falls in.
        conditions.add(
            "(c.entityId = :recordId or (c.firstId <= :recordNumber and c.lastId >= :recordNumber))");
        params.put("recordNumber", asked);
      }
      if (asked != null) {
        params.put("recordId", query.recordId().trim());
      }
    }
    if (present(query.kind())) {
      conditions.add("c.action = :kind");
      params.put("kind", query.kind());
    }
    if (present(query.actor())) {
      conditions.add("r.actor = :actor");
      params.put("actor", query.actor());
    }
    if (query.from() != null) {
      conditions.add("r.occurredAt >= :from");
      params.put("from", startOf(query.from()));
    }
    if (query.to() != null) {
      conditions.add("r.occurredAt < :to");
      params.put("to", startOf(query.to().plusDays(1)));
    }
    return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
  }

  /**
   * The changes to the records with the code asked for, of the type asked for or any type: each
   * such record found first by its code (one query per type with codes), then its changes by id.
   */
  private String withCode(AuditQuery query, Map<String, Object> params) {
    List<String> records = new ArrayList<>();
    for (String type : codedTypes) {
      if (present(query.recordType()) && !type.equals(query.recordType())) {
        continue;
      }
      List<Object> ids =
          em.createQuery(
                  "select e.id from " + type + " e where lower(e.code) = lower(:code)",
                  Object.class)
              .setParameter("code", query.recordId().trim())
              .getResultList();
      for (Object id : ids) {
        int n = params.size();
        records.add(
            "(c.entityType = :codedType%1$d and (c.entityId = :codedId%1$d".formatted(n)
                + " or (c.firstId <= :codedNumber%1$d and c.lastId >= :codedNumber%1$d)))"
                    .formatted(n));
        params.put("codedType" + n, type);
        params.put("codedId" + n, String.valueOf(id));
        params.put("codedNumber" + n, ((Number) id).longValue());
      }
    }
    return records.isEmpty() ? "1 = 0" : "(" + String.join(" or ", records) + ")";
  }

  private static Long number(String text) {
    if (!present(text) || !text.trim().matches("\\d{1,18}")) {
      return null;
    }
    return Long.valueOf(text.trim());
  }

  private static boolean present(String text) {
    return text != null && !text.isBlank();
  }

  private static Instant startOf(LocalDate day) {
    return day.atStartOfDay(LONDON).toInstant();
  }

  private RecordChange change(AuditReader reader, Object[] row, Long asked) {
    long revision = (Long) row[0];
    String type = (String) row[4];
    String id = (String) row[5];
    String action = (String) row[6];
    Long first = (Long) row[7];
    Long last = (Long) row[8];
    if (first != null && !first.equals(last)) {
      if (asked == null || asked < first || asked > last) {
        // The run as a whole: how many records, without each one's fields.
        return new RecordChange(
            revision,
            (Instant) row[1],
            (String) row[2],
            (String) row[3],
            type,
            RecordState.fieldLabel(type),
            id,
            String.format(Locale.UK, "%,d records created together", last - first + 1),
            action,
            List.of());
      }
      id = String.valueOf(asked);
    }
    Class<?> entityClass = auditedTypes.get(type);
    Object before = null;
    Object after = null;
    if (entityClass != null) {
      Long key = Long.valueOf(id);
      Number previous =
          (Number)
              reader
                  .createQuery()
                  .forRevisionsOfEntity(entityClass, false, true)
                  .addProjection(AuditEntity.revisionNumber().max())
                  .add(AuditEntity.id().eq(key))
                  .add(AuditEntity.revisionNumber().lt(revision))
                  .getSingleResult();
      if (previous != null) {
        before = reader.find(entityClass, entityClass.getName(), key, previous, true);
      }
      if (!"DELETED".equals(action)) {
        after = reader.find(entityClass, entityClass.getName(), key, revision, true);
        if (after == null && first != null) {
          // Created by a bulk write and not changed since: it is still as it was created.
          after = em.find(entityClass, key);
        }
      }
    }
    return new RecordChange(
        revision,
        (Instant) row[1],
        (String) row[2],
        (String) row[3],
        type,
        RecordState.fieldLabel(type),
        id,
        RecordState.label(after != null ? after : before),
        action,
        fields(RecordState.of(before), RecordState.of(after)));
  }

  private static List<FieldChange> fields(
      Map<String, RecordState.Value> before, Map<String, RecordState.Value> after) {
    Set<String> names = new LinkedHashSet<>(before.keySet());
    names.addAll(after.keySet());
    List<FieldChange> fields = new ArrayList<>();
    for (String name : names) {
      RecordState.Value old = before.getOrDefault(name, RecordState.NONE);
      RecordState.Value now = after.getOrDefault(name, RecordState.NONE);
      if (!old.sameAs(now)) {
        fields.add(new FieldChange(name, old.shown(), now.shown()));
      }
    }
    return fields;
  }
}
