package org.goldenthread.action.imports;

import static org.goldenthread.action.imports.ActionFileValues.date;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.goldenthread.action.Action;
import org.goldenthread.action.ActionRepository;
import org.goldenthread.action.Milestone;
import org.goldenthread.organisation.OrgUnit;
import org.goldenthread.organisation.Person;
import org.goldenthread.spreadsheet.SheetWriter;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Actions and their milestones as rows for a CSV file or workbook, in exactly the columns and words
 * the import reads, so that an exported file imports without changing anything. Each action's row
 * is followed by a row for each of its milestones. The suggested status and overdue flag are as of
 * today, for people to read; the import passes over them.
 */
@Service
@Transactional(readOnly = true)
class ActionExport {

  private final ActionRepository actions;
  private final Clock clock;

  ActionExport(ActionRepository actions, Clock clock) {
    this.actions = actions;
    this.clock = clock;
  }

  public byte[] csv() {
    return SheetWriter.csv(rows());
  }

  /** A workbook with real dates and numbers, so that a spreadsheet can sort and filter them. */
  public byte[] xlsx() {
    return SheetWriter.xlsx("Actions", ActionColumns.LAYOUT, rows());
  }

  /** The headings, then each action followed by its milestones. */
  List<List<String>> rows() {
    LocalDate today = LocalDate.now(clock);
    List<List<String>> rows = new ArrayList<>();
    rows.add(ActionColumns.LAYOUT.headings());
    for (Action a : actions.findAllInOrder()) {
      rows.add(
          List.of(
              a.getCode(),
              a.getTitle(),
              text(a.getDescription()),
              a.getFrameworkItem() == null ? "" : a.getFrameworkItem().getCode(),
              person(a.getLeadOfficer()),
              person(a.getAccountable()),
              date(a.getStartDate()),
              date(a.getDueDate()),
              String.valueOf(a.getPercentComplete()),
              ActionFileValues.word(a.getStatus()),
              date(a.getCompletedOn()),
              text(a.getCommentary()),
              text(a.getRemedialAction()),
              ActionFileValues.KINDS.write(a.getKind()),
              a.getDecision() == null ? "" : a.getDecision().getMinuteReference(),
              unit(a.getOrgUnit()),
              "",
              "",
              a.suggestion(today).status().label(),
              ActionFileValues.yesNo(a.isOverdue(today)),
              a.getLastUpdatePeriod() == null ? "" : a.getLastUpdatePeriod().label()));
      for (Milestone m : a.getMilestones()) {
        rows.add(
            List.of(
                "",
                m.getTitle(),
                "",
                "",
                "",
                "",
                "",
                date(m.getDueDate()),
                "",
                "",
                date(m.getCompletedOn()),
                "",
                "",
                "",
                "",
                "",
                a.getCode(),
                m.getDependsOn() == null ? "" : m.getDependsOn().getTitle(),
                "",
                ActionFileValues.yesNo(m.isOverdue(today)),
                ""));
      }
    }
    return rows;
  }

  /** The email address where there is one, as two people may share a name. */
  private static String person(Person p) {
    if (p == null) {
      return "";
    }
    return p.getEmail() != null && !p.getEmail().isBlank() ? p.getEmail() : p.getFullName();
  }

  private static String unit(OrgUnit u) {
    if (u == null) {
      return "";
    }
    return u.getCode() != null && !u.getCode().isBlank() ? u.getCode() : u.getName();
  }

  private static String text(String t) {
    return t == null ? "" : t;
  }
}
