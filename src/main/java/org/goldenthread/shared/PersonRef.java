package org.goldenthread.shared;

import java.util.Objects;

/**
 * Who did something, as recorded beside it: the person, the account they acted through, and their
 * name as shown at the time. A person is known by id, never by name: two people may share a name,
 * and a person may be renamed. An account not yet linked to a person has no person id; work done
 * before ids were recorded has neither, and only the name to go on.
 */
public record PersonRef(Long personId, Long accountId, String name) {

  public PersonRef {
    Objects.requireNonNull(name, "name");
  }

  /** A person acting without an account of their own, such as the demo council's staff. */
  public static PersonRef person(long personId, String name) {
    return new PersonRef(personId, null, name);
  }

  /** Someone recorded beside a record, read back from its columns; null when no one is recorded. */
  public static PersonRef recorded(String name, Long personId, Long accountId) {
    return name == null ? null : new PersonRef(personId, accountId, name);
  }

  /** Whether this is an identified person or account, rather than a name from before ids. */
  public boolean isIdentified() {
    return personId != null || accountId != null;
  }

  /**
   * Whether this and {@code other} are the same person. Ids decide: the same person is the same
   * whatever their name then and now, and the same account is always the same person. Only when
   * either side was recorded before ids, with its name alone, do the names decide.
   */
  public boolean isSamePersonAs(PersonRef other) {
    if (other == null) {
      return false;
    }
    if (personId != null && other.personId != null) {
      return personId.equals(other.personId);
    }
    if (accountId != null && other.accountId != null && accountId.equals(other.accountId)) {
      return true;
    }
    if (!isIdentified() || !other.isIdentified()) {
      return name.equals(other.name);
    }
    return false;
  }
}
