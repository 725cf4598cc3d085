package org.goldenthread.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;

/** An administrator's view of an account: who it is for and what it may do. */
public record AccountForm(
    @NotBlank(message = "Enter a username")
        @Pattern(
            regexp = "[A-Za-z0-9._@-]{3,100}",
            message = "Username must be 3 to 100 letters, numbers, dots, hyphens or @")
        String username,
    Long personId,
    @NotEmpty(message = "Choose at least one role") Set<Role> roles,
    Boolean enabled,
    @Size(max = 128, message = "Password must be 128 characters or fewer") String initialPassword,
    Long version) {

  static AccountForm of(UserAccount account) {
    return new AccountForm(
        account.getUsername(),
        account.getPerson() == null ? null : account.getPerson().getId(),
        account.getRoles(),
        account.isEnabled(),
        null,
        account.getVersion());
  }

  static AccountForm blank() {
    return new AccountForm(null, null, Set.of(Role.OFFICER), true, null, null);
  }

  AccountForm withVersion(long newVersion) {
    return new AccountForm(username, personId, roles, enabled, null, newVersion);
  }
}
