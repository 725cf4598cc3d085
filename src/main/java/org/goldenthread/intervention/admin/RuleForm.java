package org.goldenthread.intervention.admin;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.goldenthread.intervention.Due;
import org.goldenthread.intervention.InterventionRule;
import org.goldenthread.intervention.Role;
import org.goldenthread.intervention.Rule;
import org.goldenthread.intervention.Trigger;
import org.goldenthread.shared.FormErrors;

/** A rule of the ladder as the performance team edits it. */
record RuleForm(
    @NotBlank(message = "Enter the level's name")
        @Size(max = 100, message = "The name is at most 100 characters")
        String name,
    @NotNull(message = "Enter how many periods Red running set the level off, or 0 for none")
        @Min(value = 0, message = "The periods Red running are 0 to 12")
        @Max(value = 12, message = "The periods Red running are 0 to 12")
        Integer redPeriods,
    @NotNull(
            message =
                "Enter how many periods Amber or worse running set the level off, or 0 for none")
        @Min(value = 0, message = "The periods Amber or worse running are 0 to 12")
        @Max(value = 12, message = "The periods Amber or worse running are 0 to 12")
        Integer amberPeriods,
    Boolean onSignal,
    List<Role> actors,
    @NotNull(message = "Choose by when the level must be acted on") Due.Kind dueKind,
    @Min(value = 0, message = "The working days are 1 to 60")
        @Max(value = 60, message = "The working days are 1 to 60")
        Integer dueWorkingDays,
    Long version) {

  static RuleForm of(InterventionRule rule) {
    return new RuleForm(
        rule.getName(),
        rule.getRedPeriods(),
        rule.getAmberPeriods(),
        rule.isOnSignal(),
        rule.getActors(),
        rule.getDueKind(),
        rule.getDueKind() == Due.Kind.WORKING_DAYS ? rule.getDueWorkingDays() : null,
        rule.getVersion());
  }

  RuleForm withVersion(Long version) {
    return new RuleForm(
        name, redPeriods, amberPeriods, onSignal, actors, dueKind, dueWorkingDays, version);
  }

  public boolean signal() {
    return Boolean.TRUE.equals(onSignal);
  }

  /** The problems that take more than one field to see, added to those of each field. */
  FormErrors check(FormErrors errors) {
    if (redPeriods != null
        && amberPeriods != null
        && redPeriods == 0
        && amberPeriods == 0
        && !signal()) {
      errors.add(
          "redPeriods",
          "Say what sets the level off: periods Red running, periods Amber or worse running, or a"
              + " concerning signal");
    }
    if (actors == null || actors.isEmpty()) {
      errors.add("actors", "Choose who must act at this level");
    }
    if (dueKind == Due.Kind.WORKING_DAYS && dueWorkingDays == null) {
      errors.add("dueWorkingDays", "Enter the number of working days, 1 to 60");
    } else if (dueKind == Due.Kind.WORKING_DAYS && dueWorkingDays < 1) {
      errors.add("dueWorkingDays", "The working days are 1 to 60");
    } else if (dueKind != null
        && dueKind != Due.Kind.WORKING_DAYS
        && dueWorkingDays != null
        && dueWorkingDays != 0) {
      errors.add(
          "dueWorkingDays",
          "Leave the working days empty unless the level is due within a number of working days");
    }
    return errors;
  }

  /** The rule at this level, once {@link #check} found nothing wrong. */
  Rule toRule(int level) {
    return new Rule(
        level,
        name,
        new Trigger(redPeriods, amberPeriods, signal()),
        actors,
        new Due(dueKind, dueKind == Due.Kind.WORKING_DAYS ? dueWorkingDays : 0));
  }
}
