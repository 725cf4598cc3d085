package org.goldenthread.shared;

/** Who is acting: a signed-in person, as the audit trail names them. */
public interface Actor {

  String username();

  String displayName();
}
