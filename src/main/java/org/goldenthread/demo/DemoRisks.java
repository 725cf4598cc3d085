package org.goldenthread.demo;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.goldenthread.action.ActionService;
import org.goldenthread.framework.FrameworkService;
import org.goldenthread.indicator.IndicatorService;
import org.goldenthread.organisation.OrgUnit;
import org.goldenthread.organisation.Person;
import org.goldenthread.organisation.governance.Body;
import org.goldenthread.risk.CloseForm;
import org.goldenthread.risk.ControlForm;
import org.goldenthread.risk.EscalationForm;
import org.goldenthread.risk.RegisterForm;
import org.goldenthread.risk.ReviewForm;
import org.goldenthread.risk.ReviewKind;
import org.goldenthread.risk.Risk;
import org.goldenthread.risk.RiskControls;
import org.goldenthread.risk.RiskFacts;
import org.goldenthread.risk.RiskForm;
import org.goldenthread.risk.RiskLevel;
import org.goldenthread.risk.RiskRegister;
import org.goldenthread.risk.RiskRegisters;
import org.goldenthread.risk.RiskService;
import org.goldenthread.shared.BaseEntity;
import org.goldenthread.shared.PersonRef;
import org.springframework.stereotype.Component;

/**
 * Loads the demo council's risk registers ({@link DemoRiskTable}, {@link DemoRegisterRiskTable})
 * through the risk services, as the risk owners would have kept them over the past year: each risk
 * opened on its first assessment, reviewed quarter by quarter, moved between registers and closed
 * on the dates the tables give, counted back from today.
 */
@Component
class DemoRisks {

  /** The registers: code, name, level, and the unit or partnership body that owns it. */
  private static final List<String[]> REGISTERS =
      List.of(
          new String[] {"CRR", "Corporate risk register", "CORPORATE", "EBC"},
          new String[] {"CEX-DRR", "Chief Executive's Office risk register", "DIRECTORATE", "CEX"},
          new String[] {"RES-DRR", "Resources directorate risk register", "DIRECTORATE", "RES"},
          new String[] {"PLACE-DRR", "Place directorate risk register", "DIRECTORATE", "PLACE"},
          new String[] {
            "PEOPLE-DRR",
            "People and Communities directorate risk register",
            "DIRECTORATE",
            "PEOPLE"
          },
          new String[] {"HSG-SRR", "Housing service risk register", "SERVICE", "HSG"},
          new String[] {
            "REVBEN-SRR", "Revenues and Benefits service risk register", "SERVICE", "REVBEN"
          },
          new String[] {
            "WASTE-SRR", "Waste and Street Scene service risk register", "SERVICE", "WASTE"
          },
          new String[] {
            "CSP-PRR",
            "Community Safety Partnership risk register",
            "PARTNERSHIP",
            "@Community Safety Partnership"
          });

  private final RiskService risks;
  private final RiskControls controls;
  private final RiskRegisters registers;
  private final FrameworkService framework;
  private final IndicatorService indicators;
  private final ActionService actions;
  private final EntityManager entityManager;
  private final Clock clock;

  DemoRisks(
      RiskService risks,
      RiskControls controls,
      RiskRegisters registers,
      FrameworkService framework,
      IndicatorService indicators,
      ActionService actions,
      EntityManager entityManager,
      Clock clock) {
    this.risks = risks;
    this.controls = controls;
    this.registers = registers;
    this.framework = framework;
    this.indicators = indicators;
    this.actions = actions;
    this.entityManager = entityManager;
    this.clock = clock;
  }

  /** Every demo risk, corporate first. */
  static List<DemoRisk> rows() {
    return Stream.concat(DemoRiskTable.rows().stream(), DemoRegisterRiskTable.rows().stream())
        .toList();
  }

  /** Loads the registers and risks; called by the demo council loader, in its transaction. */
  void load(Map<String, Person> people, Map<String, OrgUnit> units, Map<String, Body> bodies) {
    // As for the actions: the figures loaded before need not be checked at every flush.
    entityManager.flush();
    entityManager.clear();
    Map<String, Long> registerIds = new HashMap<>();
    for (String[] r : REGISTERS) {
      boolean partnership = r[3].startsWith("@");
      RiskRegister register =
          registers.create(
              new RegisterForm(
                  r[0],
                  r[1],
                  RiskLevel.valueOf(r[2]),
                  partnership ? null : require(units.get(r[3]), r[3]).getId(),
                  null,
                  partnership ? require(bodies.get(r[3].substring(1)), r[3]).getId() : null,
                  null,
                  null));
      registerIds.put(r[0], register.getId());
    }
    Links links =
        new Links(
            ids(framework.all(), i -> i.getCode()),
            ids(indicators.all(), i -> i.getCode()),
            ids(actions.all(), a -> a.getCode()));
    List<DemoRisk> rows = rows();
    for (int i = 0; i < rows.size(); i++) {
      load(rows.get(i), new Dates(LocalDate.now(clock), i), people, bodies, registerIds, links);
    }
  }

  private record Links(
      Map<String, Long> items, Map<String, Long> indicators, Map<String, Long> actions) {}

  /**
   * The dates of a risk's events, spread over each quarter by the risk's place in the table so that
   * not every review falls on the same day; this quarter's never later than today.
   */
  private record Dates(LocalDate today, int index) {
    LocalDate in(int quarter) {
      LocalDate quarterStart = RiskFacts.previousQuarterEnd(today).plusDays(1);
      if (quarter == 0) {
        LocalDate day = quarterStart.plusDays(2 + (index * 5) % 40);
        return day.isAfter(today) ? today : day;
      }
      return quarterStart.plusMonths(3L * quarter).plusDays(10 + (index * 11) % 60);
    }
  }

  private void load(
      DemoRisk row,
      Dates dates,
      Map<String, Person> people,
      Map<String, Body> bodies,
      Map<String, Long> registerIds,
      Links links) {
    Person owner = person(people, row.owner());
    boolean byBody = row.accountable().startsWith("@");
    Person accountable = byBody ? null : person(people, row.accountable());
    PersonRef by = PersonRef.person(owner.getId(), owner.getFullName());
    DemoRisk.Assessment opening = row.scores().get(0);
    RiskForm form =
        new RiskForm(
            row.code(),
            require(registerIds.get(row.register()), row.register()),
            row.title(),
            row.cause(),
            row.event(),
            row.consequence(),
            registers
                .categoryNamed(row.category())
                .orElseThrow(() -> new IllegalStateException("No category " + row.category()))
                .getId(),
            owner.getId(),
            accountable == null ? null : accountable.getId(),
            byBody
                ? require(bodies.get(row.accountable().substring(1)), row.accountable()).getId()
                : null,
            row.inherent().likelihood(),
            row.inherent().impact(),
            opening.score().likelihood(),
            opening.score().impact(),
            row.target().likelihood(),
            row.target().impact(),
            row.frequency(),
            null,
            row.confidential(),
            row.readers().stream().map(key -> person(people, key).getId()).toList(),
            codes(row.items(), links.items()),
            codes(row.indicators(), links.indicators()),
            codes(row.actions(), links.actions()),
            null);
    Risk risk = risks.open(form, dates.in(opening.quarter()), ReviewKind.OPENED, by);
    long id = risk.getId();
    for (DemoRisk.Control control : row.controls()) {
      controls.addControl(
          id,
          new ControlForm(
              control.description(),
              person(people, control.owner()).getId(),
              control.effectiveness(),
              risk.getVersion()));
    }
    DemoRisk.Assessment before = opening;
    for (DemoRisk.Assessment assessment : row.scores().subList(1, row.scores().size())) {
      DemoRisk.Change change = changeIn(row, assessment.quarter(), before, assessment);
      risks.review(
          id,
          new ReviewForm(
              dates.in(assessment.quarter()),
              assessment.score().likelihood(),
              assessment.score().impact(),
              change.whatChanged(),
              change.why(),
              risk.getVersion()),
          by);
      before = assessment;
    }
    PersonRef mover =
        accountable == null ? by : PersonRef.person(accountable.getId(), accountable.getFullName());
    for (DemoRisk.Move move : row.moves()) {
      risks.escalate(
          id,
          new EscalationForm(
              require(registerIds.get(move.register()), move.register()),
              move.reason(),
              risk.getVersion()),
          dates.in(move.quarter()),
          mover);
    }
    if (row.closed() != null) {
      risks.close(
          id,
          new CloseForm(
              dates.in(row.closed().quarter()), row.closed().reason(), risk.getVersion()));
    }
  }

  /** The words of a review: those the table gives, or what the scores say. */
  private static DemoRisk.Change changeIn(
      DemoRisk row, int quarter, DemoRisk.Assessment before, DemoRisk.Assessment after) {
    for (DemoRisk.Change change : row.changes()) {
      if (change.quarter() == quarter) {
        return change;
      }
    }
    int from = before.score().value();
    int to = after.score().value();
    String words =
        to == from
            ? "No change to the score: the controls are working as expected"
            : to > from
                ? "Score raised from " + from + " to " + to
                : "Score lowered from " + from + " to " + to + " as the actions take effect";
    return new DemoRisk.Change(quarter, words, null);
  }

  private static <T extends BaseEntity> Map<String, Long> ids(
      List<T> records, Function<T, String> code) {
    Map<String, Long> ids = new HashMap<>();
    records.forEach(r -> ids.put(code.apply(r), r.getId()));
    return ids;
  }

  private static List<Long> codes(List<String> codes, Map<String, Long> ids) {
    return codes.stream().map(code -> require(ids.get(code), code)).toList();
  }

  private static Person person(Map<String, Person> people, String key) {
    return require(people.get(key), key);
  }

  private static <T> T require(T found, String key) {
    if (found == null) {
      throw new IllegalStateException("The demo risks refer to something not loaded: " + key);
    }
    return found;
  }
}
