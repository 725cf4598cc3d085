package org.goldenthread.organisation;

import static org.goldenthread.shared.Text.blankToNull;

import java.util.List;
import org.goldenthread.shared.RecordNotFoundException;
import org.goldenthread.shared.RuleViolationException;
import org.goldenthread.shared.Versioned;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** People: officers, councillors and partner contacts. */
@Service
@Transactional
public class PersonService {

  private final PersonRepository people;
  private final OrgUnitRepository units;
  private final OrganisationRepository organisations;

  PersonService(
      PersonRepository people, OrgUnitRepository units, OrganisationRepository organisations) {
    this.people = people;
    this.units = units;
    this.organisations = organisations;
  }

  @Transactional(readOnly = true)
  public Person get(long id) {
    return people.findById(id).orElseThrow(() -> new RecordNotFoundException("Person", id));
  }

  @Transactional(readOnly = true)
  public List<Person> search(String name, PersonType type) {
    return people.search(blankToNull(name), type);
  }

  @Transactional(readOnly = true)
  public List<Person> inUnit(OrgUnit unit) {
    return people.findByOrgUnitOrderByFullNameAsc(unit);
  }

  @Transactional(readOnly = true)
  public List<Person> reportsOf(Person manager) {
    return people.findByLineManagerOrderByFullNameAsc(manager);
  }

  @Transactional(readOnly = true)
  public List<Person> ofOrganisation(Organisation organisation) {
    return people.findByOrganisationOrderByFullNameAsc(organisation);
  }

  public Person create(PersonForm form) {
    Person person = new Person(form.fullName().trim(), form.type());
    apply(person, form);
    return people.save(person);
  }

  public Person update(long id, PersonForm form) {
    Person person = get(id);
    Versioned.check("person", person.getVersion(), form.version());
    apply(person, form);
    return person;
  }

  public Person updateContact(long id, ContactForm form) {
    Person person = get(id);
    Versioned.check("person", person.getVersion(), form.version());
    person.updateContact(
        blankToNull(form.jobTitle()), blankToNull(form.email()), blankToNull(form.phone()));
    return person;
  }

  private void apply(Person person, PersonForm form) {
    person.rename(form.fullName().trim());
    person.changeType(form.type());
    person.updateContact(
        blankToNull(form.jobTitle()), blankToNull(form.email()), blankToNull(form.phone()));
    OrgUnit unit =
        form.orgUnitId() == null
            ? null
            : units
                .findById(form.orgUnitId())
                .orElseThrow(
                    () -> new RuleViolationException("orgUnitId", "Choose a unit from the list."));
    if (form.type() == PersonType.OFFICER && unit == null) {
      throw new RuleViolationException("orgUnitId", "Choose the unit this officer works in.");
    }
    Person manager =
        form.lineManagerId() == null
            ? null
            : people
                .findById(form.lineManagerId())
                .orElseThrow(
                    () ->
                        new RuleViolationException(
                            "lineManagerId", "Choose a line manager from the list."));
    person.placeIn(unit, manager);
    person.representWard(blankToNull(form.ward()), blankToNull(form.party()));
    Organisation organisation =
        form.organisationId() == null
            ? null
            : organisations
                .findById(form.organisationId())
                .orElseThrow(
                    () ->
                        new RuleViolationException(
                            "organisationId", "Choose an organisation from the list."));
    if (form.type() == PersonType.PARTNER && organisation == null) {
      throw new RuleViolationException(
          "organisationId", "Choose the partner organisation this person works for.");
    }
    person.belongTo(organisation);
    person.setActive(form.active() == null || form.active());
  }
}
