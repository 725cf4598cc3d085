package org.goldenthread.account;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class SignInController {

  /**
   * The address many people and tools guess. It is open to all, so the security filters do not keep
   * it as the page to return to after signing in (which used to land on a 404).
   */
  @GetMapping("/login")
  ResponseEntity<Void> login() {
    // Moved for good, not "sign in first" (302), which is how the access rules read a refusal.
    return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY)
        .location(URI.create("/sign-in"))
        .build();
  }

  @GetMapping("/sign-in")
  String signIn(
      @RequestParam(required = false) String error,
      @RequestParam(required = false) String locked,
      @RequestParam(required = false) String wait,
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
    model.addAttribute("wait", wait != null);
    return "account/sign-in";
  }
}
