package org.goldenthread.shared;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import org.hibernate.Hibernate;

/**
 * Identity and optimistic-locking version shared by every record the product keeps.
 *
 * <p>Two records are equal when they are of the same class and have the same id. The hash is the
 * id's, so that sets and maps of thousands of records (a whole-council scorecard) spread over their
 * buckets instead of sharing one. The hash is fixed the first time it is asked for: a record put in
 * a set before it is saved (when it has no id yet) keeps its identity hash after the save, so the
 * set still finds it. The rule that follows: a set or map keyed by records should hold saved
 * records, or records saved while in it, not one copy hashed before its save and another loaded
 * afterwards.
 *
 * <p>Ids come from a sequence per table, {@code <table>_seq} (migration V018), fifty at a time: the
 * first of each fifty is the sequence's value (Hibernate's pooled-lo optimiser, set in
 * application.properties). Knowing ids before inserting lets Hibernate send inserts in batches.
 */
@MappedSuperclass
public abstract class BaseEntity implements Labelled {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE)
  private Long id;

  @Version private long version;

  // Not a column (transient); computed once, see the class comment.
  private transient Integer hash;

  public Long getId() {
    return id;
  }

  public long getVersion() {
    return version;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || Hibernate.getClass(this) != Hibernate.getClass(other)) {
      return false;
    }
    return id != null && id.equals(((BaseEntity) other).getId());
  }

  @Override
  public int hashCode() {
    if (hash == null) {
      hash = id != null ? id.hashCode() : System.identityHashCode(this);
    }
    return hash;
  }
}
