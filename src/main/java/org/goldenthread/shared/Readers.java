package org.goldenthread.shared;

import java.util.Set;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * What a reader who is not on the council's staff is spared (M6): members (councillors) and partner
 * users read the record but not the audit trail, and not the contact details of officers or partner
 * contacts (a councillor's are published by the council, so they show). Kept here, below the
 * capabilities, because people, audit and every record page ask it.
 */
public final class Readers {

  /** The authorities of the account roles that make someone staff (see account.Role). */
  private static final Set<String> STAFF =
      Set.of("ROLE_ADMIN", "ROLE_DIRECTOR", "ROLE_MANAGER", "ROLE_OFFICER");

  private Readers() {}

  public static boolean isStaff(Authentication reader) {
    if (reader == null || reader instanceof AnonymousAuthenticationToken) {
      return false;
    }
    return reader.getAuthorities().stream()
        .map(GrantedAuthority::getAuthority)
        .anyMatch(STAFF::contains);
  }

  /** Contact details: staff see everyone's; others only those the council publishes. */
  public static boolean seesContactDetails(Authentication reader, boolean published) {
    return published || isStaff(reader);
  }
}
