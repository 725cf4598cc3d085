package org.goldenthread.intervention;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.goldenthread.account.AccountForm;
import org.goldenthread.account.AccountService;
import org.goldenthread.account.Role;
import org.goldenthread.account.UserAccount;
import org.goldenthread.indicator.target.Targets;
import org.goldenthread.indicator.value.DataEntry;
import org.goldenthread.indicator.value.IndicatorValue;
import org.goldenthread.organisation.OrgUnit;
import org.goldenthread.organisation.OrgUnitForm;
import org.goldenthread.organisation.OrgUnitService;
import org.goldenthread.organisation.Person;
import org.goldenthread.organisation.PersonForm;
import org.goldenthread.organisation.PersonService;
import org.goldenthread.organisation.PersonType;
import org.goldenthread.period.Period;
import org.goldenthread.shared.PersonRef;
import org.goldenthread.support.FixtureCouncil;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A fixture council whose directorate has a director (with a sign-in), and whose indicator was Red
 * for a run of quarters ending with the one due now, each verified by the manager, so that the
 * ladder opened an intervention: one Red quarter gives level 2 (a remedial plan), two give level 3
 * (a director review).
 */
@Component
public class InterventionWorld {

  /** What {@link #create} made. */
  public record World(
      FixtureCouncil.Council council,
      Person director,
      UserAccount directorAccount,
      Intervention intervention) {

    public String officer() {
      return council.officerUsername();
    }

    public String manager() {
      return council.managerUsername();
    }

    public String directorUsername() {
      return directorAccount.getUsername();
    }

    public String page() {
      return "/interventions/" + intervention.getId();
    }
  }

  private final FixtureCouncil fixtures;
  private final OrgUnitService units;
  private final PersonService people;
  private final AccountService accounts;
  private final Targets targets;
  private final DataEntry entry;
  private final InterventionRepository interventions;

  InterventionWorld(
      FixtureCouncil fixtures,
      OrgUnitService units,
      PersonService people,
      AccountService accounts,
      Targets targets,
      DataEntry entry,
      InterventionRepository interventions) {
    this.fixtures = fixtures;
    this.units = units;
    this.people = people;
    this.accounts = accounts;
    this.targets = targets;
    this.entry = entry;
    this.interventions = interventions;
  }

  /** A new fixture council, Red for {@code reds} quarters. */
  @Transactional
  public World create(int reds) {
    return create(fixtures.create(), reds);
  }

  /** The given council, with a director, Red for {@code reds} quarters. */
  @Transactional
  public World create(FixtureCouncil.Council council, int reds) {
    OrgUnit directorate = units.get(council.service().getId()).getParent();
    Person director =
        people.create(
            new PersonForm(
                "Dana Director " + council.suffix(),
                PersonType.OFFICER,
                "Director",
                "director-" + council.suffix().toLowerCase() + "@example.gov.uk",
                null,
                directorate.getId(),
                null,
                null,
                null,
                null,
                true,
                null));
    units.update(
        directorate.getId(),
        new OrgUnitForm(
            directorate.getName(),
            directorate.getCode(),
            directorate.getType(),
            directorate.getParent().getId(),
            director.getId(),
            null,
            "0",
            true,
            directorate.getVersion()));
    UserAccount account =
        accounts.create(
            new AccountForm(
                "director-" + council.suffix(),
                director.getId(),
                Set.of(Role.DIRECTOR),
                true,
                FixtureCouncil.PASSWORD,
                null));
    Period last = fixtures.dueQuarter();
    Period first = last;
    for (int i = 1; i < reds; i++) {
      first = first.previous();
    }
    PersonRef manager = council.asManager();
    for (Period p = first; p.compareTo(last) <= 0; p = p.next()) {
      targets.set(council.indicator(), p, new BigDecimal("100"), manager);
      IndicatorValue value = fixtures.enter(council, p, "40");
      entry.verify(value.getId(), manager);
    }
    List<Intervention> found = interventions.findByIndicator(council.indicator());
    return new World(council, director, account, found.get(found.size() - 1));
  }
}
