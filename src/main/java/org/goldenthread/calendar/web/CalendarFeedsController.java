package org.goldenthread.calendar.web;

import java.util.List;
import org.goldenthread.account.CurrentUser;
import org.goldenthread.account.Role;
import org.goldenthread.calendar.CalendarAccess;
import org.goldenthread.calendar.CalendarFeed;
import org.goldenthread.calendar.CalendarFeeds;
import org.goldenthread.calendar.CalendarProperties;
import org.goldenthread.calendar.CalendarService;
import org.goldenthread.organisation.governance.Body;
import org.goldenthread.organisation.governance.GovernanceService;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The addresses of the calendar feeds a person may subscribe to: their own, and those of the bodies
 * they sit on (the performance team: every body's). A new address retires the old one.
 */
@Controller
class CalendarFeedsController {

  /** A feed the page offers: whose it is, and its address if one has been made. */
  public record FeedLine(String name, String renewPath, String address) {}

  private final CalendarFeeds feeds;
  private final CalendarService calendar;
  private final CalendarAccess access;
  private final GovernanceService governance;
  private final CalendarProperties properties;

  CalendarFeedsController(
      CalendarFeeds feeds,
      CalendarService calendar,
      CalendarAccess access,
      GovernanceService governance,
      CalendarProperties properties) {
    this.feeds = feeds;
    this.calendar = calendar;
    this.access = access;
    this.governance = governance;
    this.properties = properties;
  }

  @GetMapping("/calendar/feeds")
  String feeds(@AuthenticationPrincipal CurrentUser user, Model model) {
    Long personId = user.personId();
    model.addAttribute(
        "mine",
        personId == null
            ? null
            : new FeedLine(
                user.displayName(),
                "/calendar/feeds",
                feeds.ofPerson(personId).map(this::address).orElse(null)));
    model.addAttribute(
        "bodies",
        bodiesOf(user).stream()
            .map(
                b ->
                    new FeedLine(
                        b.getName(),
                        "/calendar/feeds/bodies/" + b.getId(),
                        feeds.ofBody(b.getId()).map(this::address).orElse(null)))
            .toList());
    return "calendar/feeds";
  }

  @PostMapping("/calendar/feeds")
  String renewMine(@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
    if (user.personId() == null) {
      throw new AccessDeniedException("A sign-in without a person has no calendar");
    }
    feeds.renewForPerson(user.personId(), user.person());
    redirect.addFlashAttribute(
        "success", "Your calendar has a new address. The old address no longer works.");
    return "redirect:/calendar/feeds";
  }

  @PostMapping("/calendar/feeds/bodies/{id}")
  String renewBody(
      @PathVariable long id,
      @AuthenticationPrincipal CurrentUser user,
      RedirectAttributes redirect) {
    if (!access.canUseBodyFeed(user, id)) {
      throw new AccessDeniedException("Not a member of body " + id);
    }
    Body body = governance.body(id);
    feeds.renewForBody(id, user.person());
    redirect.addFlashAttribute(
        "success",
        "The calendar of "
            + body.getName()
            + " has a new address. The old address no longer works.");
    return "redirect:/calendar/feeds";
  }

  private List<Body> bodiesOf(CurrentUser user) {
    if (user.has(Role.ADMIN)) {
      return governance.bodies();
    }
    if (user.personId() == null) {
      return List.of();
    }
    var mine = calendar.bodyIdsOf(user.personId());
    return governance.bodies().stream().filter(b -> mine.contains(b.getId())).toList();
  }

  private String address(CalendarFeed feed) {
    return properties.baseUrl() + "/calendar/feed/" + feed.getToken() + ".ics";
  }
}
