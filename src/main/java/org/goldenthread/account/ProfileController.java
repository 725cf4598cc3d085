package org.goldenthread.account;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.goldenthread.shared.FormErrors;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A person's own account: who they are signed in as, their password and their API tokens. */
@Controller
class ProfileController {

  private final AccountService accounts;
  private final ApiTokenService tokens;
  private final MessageSource messages;

  ProfileController(AccountService accounts, ApiTokenService tokens, MessageSource messages) {
    this.accounts = accounts;
    this.tokens = tokens;
    this.messages = messages;
  }

  record TokenForm(
      @NotBlank(message = "Enter a name for the token, so you can tell it apart later")
          @Size(max = 100, message = "Name must be 100 characters or fewer")
          String name) {}

  @GetMapping("/profile")
  String profile(@AuthenticationPrincipal CurrentUser user, Model model) {
    return profilePage(user, model, new TokenForm(null), FormErrors.none());
  }

  private String profilePage(CurrentUser user, Model model, TokenForm form, FormErrors errors) {
    model.addAttribute("account", accounts.get(user.accountId()));
    model.addAttribute("tokens", tokens.tokensOf(user.accountId()));
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    return "account/profile";
  }

  @PostMapping("/profile/tokens")
  String createToken(
      @AuthenticationPrincipal CurrentUser user,
      @Valid @ModelAttribute("form") TokenForm form,
      BindingResult result,
      Model model) {
    FormErrors errors = FormErrors.from(result, messages);
    if (errors.any()) {
      return profilePage(user, model, form, errors);
    }
    ApiTokenService.NewToken created = tokens.create(user.accountId(), form.name());
    model.addAttribute("newToken", created.secret());
    model.addAttribute("newTokenName", created.token().getName());
    return profilePage(user, model, new TokenForm(null), FormErrors.none());
  }

  @PostMapping("/profile/tokens/{id}/revoke")
  String revokeToken(
      @AuthenticationPrincipal CurrentUser user,
      @PathVariable long id,
      RedirectAttributes redirect) {
    tokens.revoke(user.accountId(), id);
    redirect.addFlashAttribute("success", "The token has been revoked and no longer works");
    return "redirect:/profile";
  }

  @GetMapping("/profile/password")
  String passwordForm(Model model) {
    model.addAttribute("errors", FormErrors.none());
    return "account/password";
  }

  @PostMapping("/profile/password")
  String changePassword(
      @AuthenticationPrincipal CurrentUser user,
      @Valid @ModelAttribute("form") PasswordForm form,
      BindingResult result,
      Model model,
      RedirectAttributes redirect) {
    FormErrors errors = FormErrors.from(result, messages);
    if (!errors.any()) {
      errors.attempt(
          () -> {
            accounts.changePassword(user.accountId(), form);
            return true;
          });
    }
    if (errors.any()) {
      // Passwords are never sent back to the page.
      model.addAttribute("errors", errors);
      return "account/password";
    }
    redirect.addFlashAttribute("success", "Your password has been changed");
    return "redirect:/profile";
  }
}
