package org.goldenthread.indicator.value;

import static org.goldenthread.shared.Text.blankToNull;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.goldenthread.indicator.FiguresChanged;
import org.goldenthread.indicator.IndicatorAccess;
import org.goldenthread.shared.PersonRef;
import org.goldenthread.shared.RuleViolationException;
import org.goldenthread.shared.RuleViolationsException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Verifying, or returning for correction, several values of the queue at once. Each is checked as
 * it would be one by one (who may verify it, that it is as the verifier saw it, the workflow's
 * rules); the selection is all or nothing: one value that cannot be changed, and none is, with
 * every problem named value by value.
 */
@Service
@Transactional
class BulkVerification {

  /** A value chosen in the queue: its id, and its version as shown there (null if not sent). */
  record Chosen(long id, Long version) {

    /** {@code 12:3}, as the queue's checkbox sends it; null when it is not one. */
    static Chosen parse(String text) {
      String[] parts = text == null ? new String[0] : text.strip().split(":");
      try {
        return switch (parts.length) {
          case 1 -> new Chosen(Long.parseLong(parts[0]), null);
          case 2 -> new Chosen(Long.parseLong(parts[0]), Long.valueOf(parts[1]));
          default -> null;
        };
      } catch (NumberFormatException e) {
        return null;
      }
    }

    /** The field the queue shows the value's checkbox as: where the error summary links to. */
    String field() {
      return "value-" + id;
    }
  }

  private final IndicatorValueRepository values;
  private final IndicatorAccess access;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  BulkVerification(
      IndicatorValueRepository values,
      IndicatorAccess access,
      ApplicationEventPublisher events,
      Clock clock) {
    this.values = values;
    this.access = access;
    this.events = events;
    this.clock = clock;
  }

  /** Verifies every value chosen, or none; answers how many were verified. */
  int verify(List<Chosen> chosen, PersonRef by, Authentication authentication) {
    List<IndicatorValue> done =
        change(chosen, authentication, Map.of(), v -> v.verify(by, clock.instant()));
    // As one by one: each indicator's figures have changed, for interventions to look again.
    done.forEach(v -> events.publishEvent(FiguresChanged.of(v.getIndicator().getId())));
    return done.size();
  }

  /** Returns every value chosen with the one reason, or none; answers how many were returned. */
  int returnForCorrection(List<Chosen> chosen, String reason, Authentication authentication) {
    Map<String, String> problems = new LinkedHashMap<>();
    if (blankToNull(reason) == null) {
      problems.put("reason", "Say what needs correcting in the values you return.");
    }
    return change(
            chosen,
            authentication,
            problems,
            v -> {
              // Without a reason the one problem is named once, not again for every value.
              if (problems.isEmpty()) {
                v.returnForCorrection(reason);
              }
            })
        .size();
  }

  private List<IndicatorValue> change(
      List<Chosen> chosen,
      Authentication authentication,
      Map<String, String> found,
      Consumer<IndicatorValue> change) {
    Map<String, String> problems = new LinkedHashMap<>(found);
    if (chosen.isEmpty()) {
      problems.put("values", "Select the values to verify or return.");
    }
    List<IndicatorValue> changed = new ArrayList<>();
    for (Chosen c : chosen) {
      IndicatorValue value = values.findById(c.id()).orElse(null);
      if (value == null) {
        problems.putIfAbsent(
            c.field(), "A value you selected is no longer recorded. Look at the queue again.");
        continue;
      }
      String name = value.label();
      if (!access.canVerify(authentication, value.getIndicator())) {
        problems.putIfAbsent(
            c.field(),
            name
                + ": you are not accountable for this indicator and do not lead its service, so"
                + " you cannot verify or return it.");
      } else if (c.version() != null && c.version() != value.getVersion()) {
        problems.putIfAbsent(
            c.field(),
            name
                + ": someone changed this value after you opened the queue. Look at it again"
                + " before you verify or return it.");
      } else {
        try {
          change.accept(value);
          changed.add(value);
        } catch (RuleViolationException refused) {
          problems.putIfAbsent(c.field(), name + ": " + refused.getMessage());
        }
      }
    }
    if (!problems.isEmpty()) {
      // Thrown, so the transaction rolls back whatever was changed before the first refusal.
      throw new RuleViolationsException(problems);
    }
    return changed;
  }
}
