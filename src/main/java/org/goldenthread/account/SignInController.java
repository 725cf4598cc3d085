package org.goldenthread.account;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class SignInController {

  private final SignInProperties settings;

  SignInController(SignInProperties settings) {
    this.settings = settings;
  }

  @GetMapping("/sign-in")
  String signIn(
      @RequestParam(required = false) String error,
      @RequestParam(required = false) String locked,
      @RequestParam(name = "signed-out", required = false) String signedOut,
      Authentication authentication,
      Model model) {
    if (authentication != null
        && authentication.isAuthenticated()
        && !(authentication instanceof AnonymousAuthenticationToken)) {
      return "redirect:/";
    }
    model.addAttribute("error", error != null);
    model.addAttribute("locked", locked != null);
    model.addAttribute("signedOut", signedOut != null);
    model.addAttribute("lockoutMinutes", settings.lockout().toMinutes());
    return "account/sign-in";
  }
}
