package org.goldenthread.calendar;

import org.goldenthread.account.CurrentUser;
import org.goldenthread.account.Role;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may mark a task done ({@code @calendarAccess}): its owner, anyone who sits on the body that
 * owns it, and the performance team; staff only, as the route's rule (config.RouteAccess) says, so
 * a councillor's tasks are marked done by the performance team or an officer.
 */
@Component("calendarAccess")
@Transactional(readOnly = true)
public class CalendarAccess {

  private final CalendarService calendar;

  CalendarAccess(CalendarService calendar) {
    this.calendar = calendar;
  }

  public boolean canMarkDone(Authentication authentication, long entryId) {
    return canMarkDone(user(authentication), calendar.get(entryId));
  }

  public boolean canMarkDone(CurrentUser user, CalendarEntry entry) {
    if (user == null) {
      return false;
    }
    if (user.has(Role.ADMIN)) {
      return true;
    }
    Long personId = user.personId();
    boolean staff = user.has(Role.DIRECTOR) || user.has(Role.MANAGER) || user.has(Role.OFFICER);
    if (personId == null || !staff) {
      return false;
    }
    if (entry.getOwnerPerson() != null) {
      return personId.equals(entry.getOwnerPerson().getId());
    }
    return entry.getOwnerBody() != null
        && calendar.bodyIdsOf(personId).contains(entry.getOwnerBody().getId());
  }

  /** Whether the person may see and renew the body's feed: a member, or the performance team. */
  public boolean canUseBodyFeed(CurrentUser user, long bodyId) {
    return user != null
        && (user.has(Role.ADMIN)
            || (user.personId() != null && calendar.bodyIdsOf(user.personId()).contains(bodyId)));
  }

  public boolean canUseBodyFeed(Authentication authentication, long bodyId) {
    return canUseBodyFeed(user(authentication), bodyId);
  }

  private static CurrentUser user(Authentication authentication) {
    return authentication != null && authentication.getPrincipal() instanceof CurrentUser u
        ? u
        : null;
  }
}
