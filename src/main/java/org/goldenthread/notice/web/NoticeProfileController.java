package org.goldenthread.notice.web;

import java.util.Arrays;
import java.util.List;
import org.goldenthread.account.CurrentUser;
import org.goldenthread.notice.NoticeKind;
import org.goldenthread.notice.NoticeSetting;
import org.goldenthread.notice.NoticeSettings;
import org.goldenthread.notice.Notices;
import org.goldenthread.shared.ConcurrentEditException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A person's choice of notices: every notice, or only those about deadlines and late figures. */
@Controller
class NoticeProfileController {

  private final NoticeSettings settings;
  private final Notices notices;

  NoticeProfileController(NoticeSettings settings, Notices notices) {
    this.settings = settings;
    this.notices = notices;
  }

  @GetMapping("/profile/notices")
  String page(@AuthenticationPrincipal CurrentUser user, Model model) {
    return page(user, model, null);
  }

  private String page(CurrentUser user, Model model, String conflict) {
    model.addAttribute("hasPerson", user.personId() != null);
    model.addAttribute("essential", kinds(true));
    model.addAttribute("optional", kinds(false));
    model.addAttribute("conflict", conflict);
    if (user.personId() != null) {
      NoticeSetting setting = settings.of(user.personId());
      model.addAttribute("setting", setting);
      model.addAttribute("version", setting.getId() == null ? null : setting.getVersion());
      model.addAttribute("recent", notices.of(user.personId()).stream().limit(20).toList());
    }
    return "notice/profile";
  }

  @PostMapping("/profile/notices")
  String choose(
      @AuthenticationPrincipal CurrentUser user,
      @RequestParam(defaultValue = "false") boolean essentialOnly,
      @RequestParam(required = false) Long version,
      Model model,
      RedirectAttributes redirect) {
    if (user.personId() == null) {
      return "redirect:/profile/notices";
    }
    try {
      settings.choose(user.personId(), essentialOnly, version);
    } catch (ConcurrentEditException e) {
      return page(
          user,
          model,
          "Your choice was changed elsewhere since you opened this page. Here it is as it is"
              + " now: choose again.");
    }
    redirect.addFlashAttribute(
        "success",
        essentialOnly
            ? "You will now receive only deadline and late notices"
            : "You will now receive every notice");
    return "redirect:/profile/notices";
  }

  private static List<NoticeKind> kinds(boolean essential) {
    return Arrays.stream(NoticeKind.values()).filter(k -> k.isEssential() == essential).toList();
  }
}
