package org.goldenthread.account;

import jakarta.validation.constraints.NotBlank;

public record PasswordForm(
    @NotBlank(message = "Enter your current password") String currentPassword,
    @NotBlank(message = "Enter a new password") String newPassword,
    @NotBlank(message = "Enter the new password again") String confirmPassword) {

  static PasswordForm blank() {
    return new PasswordForm(null, null, null);
  }
}
