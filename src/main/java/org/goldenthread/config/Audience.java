package org.goldenthread.config;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.goldenthread.account.Role;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/** Who a rule lets through: anyone, anyone signed in, or the holders of some roles. */
enum Audience {
  ANYONE("Anyone, without signing in"),
  SIGNED_IN("Anyone signed in"),
  READERS(
      "Staff and members; partner users only their organisation's part",
      Role.ADMIN,
      Role.DIRECTOR,
      Role.MANAGER,
      Role.OFFICER,
      Role.MEMBER,
      Role.PARTNER),
  STAFF_AND_MEMBERS(
      "Staff and members (not partner users)",
      Role.ADMIN,
      Role.DIRECTOR,
      Role.MANAGER,
      Role.OFFICER,
      Role.MEMBER),
  STAFF_AND_PARTNERS(
      "Staff; partner users only their organisation's part (not members)",
      Role.ADMIN,
      Role.DIRECTOR,
      Role.MANAGER,
      Role.OFFICER,
      Role.PARTNER),
  STAFF(
      "Staff: officers, managers, directors and the performance team",
      Role.ADMIN,
      Role.DIRECTOR,
      Role.MANAGER,
      Role.OFFICER),
  ADMIN("The performance team (administrators)", Role.ADMIN);

  private final String description;
  private final List<Role> roles;

  Audience(String description, Role... roles) {
    this.description = description;
    this.roles = List.of(roles);
  }

  String description() {
    return description;
  }

  /** The roles let through; empty for {@link #ANYONE} and {@link #SIGNED_IN}. */
  List<Role> roles() {
    return roles;
  }

  boolean admits(Authentication authentication) {
    if (this == ANYONE) {
      return true;
    }
    if (authentication == null
        || !authentication.isAuthenticated()
        || authentication instanceof AnonymousAuthenticationToken) {
      return false;
    }
    if (this == SIGNED_IN) {
      return true;
    }
    Set<String> held =
        authentication.getAuthorities().stream()
            .map(GrantedAuthority::getAuthority)
            .collect(Collectors.toSet());
    return roles.stream().anyMatch(r -> held.contains(r.authority()));
  }
}
