package org.goldenthread.action.imports;

import jakarta.validation.Validator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.goldenthread.action.Action;
import org.goldenthread.action.ActionRepository;
import org.goldenthread.action.ActionService;
import org.goldenthread.action.Milestone;
import org.goldenthread.action.decision.DecisionRepository;
import org.goldenthread.action.imports.ActionRowCheck.ActionRow;
import org.goldenthread.action.imports.ActionRowCheck.MilestoneRow;
import org.goldenthread.action.progress.ProgressUpdates;
import org.goldenthread.framework.FrameworkItem;
import org.goldenthread.framework.FrameworkService;
import org.goldenthread.organisation.OrgUnitService;
import org.goldenthread.organisation.PersonService;
import org.goldenthread.shared.PersonRef;
import org.goldenthread.shared.RuleViolationException;
import org.goldenthread.spreadsheet.AllOrNothing;
import org.goldenthread.spreadsheet.PersonFinder;
import org.goldenthread.spreadsheet.Problem;
import org.goldenthread.spreadsheet.Problems;
import org.goldenthread.spreadsheet.RowProgress;
import org.goldenthread.spreadsheet.Table;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports actions and their milestones from a CSV file or Excel workbook, all or nothing: every row
 * is checked first, the BRAG rules included, and nothing is saved unless none has a problem. A row
 * the same as what is recorded is left alone, so importing an export changes nothing.
 *
 * <p>A row with a status is the lead officer's assessment and becomes this quarter's progress
 * update, as if entered on the action's page (commentary alone explains Amber or Red, as a tracker
 * has one notes column). A row without one sets how far the action has got without assessing it.
 */
@Service
@Transactional
class ActionImport {

  /** What became of an import: what was saved, or the problems that stopped it. */
  public record Outcome(
      int created,
      int updated,
      int unchanged,
      int milestones,
      int progressUpdates,
      List<Problem> problems) {

    static Outcome refused(List<Problem> problems) {
      return new Outcome(0, 0, 0, 0, 0, List.copyOf(problems));
    }

    public boolean succeeded() {
      return problems.isEmpty();
    }

    /** What the officer is told first when the file was refused. */
    public String summary(String fileName) {
      return Problems.summary(problems, fileName);
    }
  }

  private final ActionRepository actions;
  private final DecisionRepository decisions;
  private final ActionService service;
  private final ProgressUpdates updates;
  private final PersonService people;
  private final FrameworkService framework;
  private final OrgUnitService units;
  private final Validator validator;
  private final Clock clock;

  ActionImport(
      ActionRepository actions,
      DecisionRepository decisions,
      ActionService service,
      ProgressUpdates updates,
      PersonService people,
      FrameworkService framework,
      OrgUnitService units,
      Validator validator,
      Clock clock) {
    this.actions = actions;
    this.decisions = decisions;
    this.service = service;
    this.updates = updates;
    this.people = people;
    this.framework = framework;
    this.units = units;
    this.validator = validator;
    this.clock = clock;
  }

  /** Creates or updates the actions and milestones the file gives; {@code by} is who imports. */
  public Outcome run(byte[] content, PersonRef by) {
    LocalDate today = LocalDate.now(clock);
    return AllOrNothing.run(
        ActionColumns.LAYOUT,
        content,
        RowProgress.NONE,
        table -> check(table, today),
        checked -> save(checked, by, today),
        Outcome::refused);
  }

  private ActionRowCheck.Result check(Table table, LocalDate today) {
    Map<String, ActionRowCheck.Existing> existing = new HashMap<>();
    actions.findAllInOrder().forEach(a -> existing.put(a.getCode(), ActionRowCheck.Existing.of(a)));
    return new ActionRowCheck(existing, names(), validator, today).check(table);
  }

  private ActionNames names() {
    List<PersonFinder.KnownPerson> known = new ArrayList<>();
    Map<Long, Long> unitOfPerson = new HashMap<>();
    people
        .search(null, null)
        .forEach(
            p -> {
              known.add(new PersonFinder.KnownPerson(p.getId(), p.getFullName(), p.getEmail()));
              if (p.getOrgUnit() != null) {
                unitOfPerson.put(p.getId(), p.getOrgUnit().getId());
              }
            });
    Map<String, Long> items = new HashMap<>();
    for (FrameworkItem item : framework.all()) {
      items.put(item.getCode(), item.getId());
    }
    return new ActionNames(
        new PersonFinder(known),
        unitOfPerson,
        items,
        decisions.findAll().stream()
            .map(d -> new ActionNames.KnownDecision(d.getId(), d.getMinuteReference()))
            .toList(),
        units.all().stream()
            .map(u -> new ActionNames.KnownUnit(u.getId(), u.getCode(), u.getName()))
            .toList());
  }

  /**
   * Writes what the check found, in one transaction: actions first, then their milestones, then
   * progress, so that the progress is judged against the milestones as they now are. Should a rule
   * still refuse a row here, everything is rolled back and the problem reported.
   */
  private Outcome save(ActionRowCheck.Result checked, PersonRef by, LocalDate today) {
    Problems problems = new Problems();
    Map<String, Action> saved = new HashMap<>();
    int created = 0;
    int updated = 0;
    int progress = 0;
    for (ActionRow row : checked.actions()) {
      try {
        Action action;
        if (row.existingId() == null) {
          action = service.create(row.form());
          created++;
        } else {
          action =
              row.formChanged()
                  ? service.update(row.existingId(), row.form())
                  : service.get(row.existingId());
          updated += row.changes() ? 1 : 0;
        }
        saved.put(ActionRowCheck.key(action.getCode()), action);
      } catch (RuleViolationException refused) {
        problems.at(row.row(), ActionColumns.forField(refused.field()), refused.getMessage());
      }
    }
    int milestones = saveMilestones(checked.milestones(), saved, today, problems);
    for (ActionRow row : checked.actions()) {
      Action action = saved.get(ActionRowCheck.key(row.form().code()));
      if (action == null || row.progress() == null) {
        continue;
      }
      try {
        if (row.assessed()) {
          updates.imported(action, row.progress().assessment(), by);
          progress++;
        } else {
          ActionRowCheck.Progress p = row.progress();
          action.takeProgress(p.percent(), null, null, p.commentary(), p.remedialAction());
        }
      } catch (RuleViolationException refused) {
        problems.at(row.row(), ActionColumns.forField(refused.field()), refused.getMessage());
      }
    }
    if (problems.any()) {
      return Outcome.refused(AllOrNothing.rollBack(problems));
    }
    int unchanged = checked.actions().size() - created - updated;
    return new Outcome(created, updated, unchanged, milestones, progress, List.of());
  }

  /**
   * Adds or changes each milestone row's milestone: dates first, then what each waits on, then
   * completions in the order the waiting allows. Returns how many were added or changed.
   */
  private int saveMilestones(
      List<MilestoneRow> rows, Map<String, Action> saved, LocalDate today, Problems problems) {
    List<MilestoneRow> changing = rows.stream().filter(MilestoneRow::changes).toList();
    Map<MilestoneRow, Milestone> placed = new HashMap<>();
    for (MilestoneRow row : changing) {
      Action action =
          saved.computeIfAbsent(
              ActionRowCheck.key(row.actionCode()), code -> service.byCode(row.actionCode()));
      Milestone milestone =
          find(action, row.milestone().title())
              .orElseGet(() -> action.addMilestone(row.milestone().title(), row.milestone().due()));
      placed.put(row, milestone);
    }
    try {
      // Dates first, unlinked, so that each link below is checked against the new dates.
      placed.forEach((row, m) -> m.plan(row.milestone().title(), row.milestone().due(), null));
      placed.forEach(
          (row, m) ->
              m.plan(
                  row.milestone().title(),
                  row.milestone().due(),
                  row.milestone().dependsOn() == null
                      ? null
                      : find(m.getAction(), row.milestone().dependsOn()).orElseThrow()));
      placed.forEach(
          (row, m) -> {
            if (row.milestone().completedOn() == null) {
              m.reopen();
            }
          });
      List<MilestoneRow> done =
          new ArrayList<>(
              changing.stream().filter(r -> r.milestone().completedOn() != null).toList());
      done.sort(Comparator.comparingInt(r -> depth(placed.get(r))));
      for (MilestoneRow row : done) {
        placed.get(row).complete(row.milestone().completedOn(), today);
      }
    } catch (RuleViolationException refused) {
      problems.inFile(refused.getMessage());
    }
    return changing.size();
  }

  private static Optional<Milestone> find(Action action, String title) {
    String wanted = MilestoneCheck.key(title);
    return action.getMilestones().stream()
        .filter(m -> MilestoneCheck.key(m.getTitle()).equals(wanted))
        .findFirst();
  }

  /** How many milestones this one waits on, one behind another. */
  private static int depth(Milestone m) {
    int depth = 0;
    for (Milestone at = m.getDependsOn(); at != null; at = at.getDependsOn()) {
      depth++;
    }
    return depth;
  }
}
