package org.goldenthread.shared;

/** Who is acting: a signed-in person, as the audit trail names them. */
public interface Actor {

  String username();

  String displayName();

  /** The account signed in with. */
  long accountId();

  /** The person the account belongs to, or null for an account not yet linked to one. */
  Long personId();

  /** The actor as recorded beside what they do: by id, with the name shown now. */
  default PersonRef person() {
    return new PersonRef(personId(), accountId(), displayName());
  }
}
