package org.goldenthread.account;

import java.io.Serial;
import java.io.Serializable;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.goldenthread.shared.Actor;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.oauth2.core.OAuth2AuthenticatedPrincipal;

/** The signed-in person, however they signed in: the password form or a personal API token. */
public final class CurrentUser
    implements UserDetails,
        OAuth2AuthenticatedPrincipal,
        CredentialsContainer,
        Actor,
        Serializable {

  @Serial private static final long serialVersionUID = 1L;

  private final long accountId;
  private final Long personId;
  private final String username;
  private final String displayName;
  private final Set<Role> roles;
  private final boolean enabled;
  private final boolean locked;
  private String passwordHash;

  CurrentUser(UserAccount account, boolean enabled, boolean locked) {
    this.accountId = account.getId();
    this.personId = account.getPerson() == null ? null : account.getPerson().getId();
    this.username = account.getUsername();
    this.displayName =
        account.getPerson() == null ? account.getUsername() : account.getPerson().getFullName();
    this.roles =
        account.getRoles().isEmpty()
            ? EnumSet.noneOf(Role.class)
            : EnumSet.copyOf(account.getRoles());
    this.enabled = enabled;
    this.locked = locked;
    this.passwordHash = account.getPasswordHash();
  }

  @Override
  public long accountId() {
    return accountId;
  }

  @Override
  public Long personId() {
    return personId;
  }

  @Override
  public String username() {
    return username;
  }

  @Override
  public String displayName() {
    return displayName;
  }

  public Set<Role> roles() {
    return Set.copyOf(roles);
  }

  public boolean has(Role role) {
    return roles.contains(role);
  }

  @Override
  public Collection<? extends GrantedAuthority> getAuthorities() {
    return roles.stream().map(role -> new SimpleGrantedAuthority(role.authority())).toList();
  }

  @Override
  public String getPassword() {
    return passwordHash;
  }

  @Override
  public String getUsername() {
    return username;
  }

  @Override
  public String getName() {
    return username;
  }

  @Override
  public Map<String, Object> getAttributes() {
    return Map.of("username", username, "roles", List.copyOf(roles));
  }

  @Override
  public boolean isEnabled() {
    return enabled;
  }

  @Override
  public boolean isAccountNonLocked() {
    return !locked;
  }

  @Override
  public void eraseCredentials() {
    passwordHash = null;
  }

  @Override
  public String toString() {
    return "CurrentUser[" + username + "]";
  }
}
