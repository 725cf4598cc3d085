package org.goldenthread.organisation.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.goldenthread.organisation.OrgUnit;
import org.goldenthread.organisation.OrgUnitForm;
import org.goldenthread.organisation.OrgUnitService;
import org.goldenthread.organisation.Person;
import org.goldenthread.organisation.PersonForm;
import org.goldenthread.organisation.PersonService;
import org.goldenthread.organisation.PersonType;
import org.goldenthread.shared.ClientVersion;
import org.goldenthread.shared.Readers;
import org.goldenthread.shared.RequestBodyValidator;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.validation.BindException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Org units and people over JSON, for anyone signed in (session or personal API token). */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Organisation", description = "The council's structure and people")
@SecurityRequirement(name = "apiToken")
class OrganisationApiController {

  private final OrgUnitService units;
  private final RequestBodyValidator bodies;
  private final PersonService people;

  OrganisationApiController(
      OrgUnitService units, PersonService people, RequestBodyValidator bodies) {
    this.bodies = bodies;
    this.units = units;
    this.people = people;
  }

  @GetMapping("/org-units")
  @Operation(summary = "All org units, in tree order within each level")
  List<OrgUnitView> orgUnits() {
    return units.all().stream().map(OrgUnitView::of).toList();
  }

  @GetMapping("/org-units/{id}")
  @Operation(summary = "One org unit")
  OrgUnitView orgUnit(@PathVariable long id) {
    return OrgUnitView.of(units.get(id));
  }

  @PostMapping("/org-units")
  @PreAuthorize("hasRole('ADMIN')")
  @Operation(summary = "Add an org unit (administrators)")
  ResponseEntity<OrgUnitView> createOrgUnit(@RequestBody OrgUnitForm form) throws BindException {
    bodies.valid(form);
    OrgUnit unit = units.create(form);
    return ResponseEntity.created(URI.create("/api/v1/org-units/" + unit.getId()))
        .body(OrgUnitView.of(unit));
  }

  @PutMapping("/org-units/{id}")
  @PreAuthorize("hasRole('ADMIN')")
  @Operation(
      summary =
          "Change or move an org unit (administrators); send the version you read (428 without"
              + " one, 409 when someone has changed it since)")
  OrgUnitView updateOrgUnit(
      @PathVariable long id,
      @RequestBody OrgUnitForm form,
      @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch)
      throws BindException {
    bodies.valid(form);
    return OrgUnitView.of(
        units.update(
            id, form.withVersion(ClientVersion.required("unit", form.version(), ifMatch))));
  }

  @GetMapping("/people")
  @Operation(summary = "People, optionally filtered by name and type")
  List<PersonView> people(
      @RequestParam(required = false) String name,
      @RequestParam(required = false) PersonType type,
      Authentication reader) {
    return people.search(name, type).stream().map(p -> view(p, reader)).toList();
  }

  private static PersonView view(Person p, Authentication reader) {
    return PersonView.of(p, Readers.seesContactDetails(reader, p.hasPublishedContactDetails()));
  }

  @GetMapping("/people/{id}")
  @Operation(summary = "One person")
  PersonView person(@PathVariable long id, Authentication reader) {
    return view(people.get(id), reader);
  }

  @PostMapping("/people")
  @PreAuthorize("hasRole('ADMIN')")
  @Operation(summary = "Add a person (administrators)")
  ResponseEntity<PersonView> createPerson(@RequestBody PersonForm form) throws BindException {
    bodies.valid(form);
    Person person = people.create(form);
    return ResponseEntity.created(URI.create("/api/v1/people/" + person.getId()))
        .body(PersonView.of(person));
  }

  @PutMapping("/people/{id}")
  @PreAuthorize("hasRole('ADMIN')")
  @Operation(
      summary =
          "Change a person (administrators); send the version you read (428 without one, 409"
              + " when someone has changed them since)")
  PersonView updatePerson(
      @PathVariable long id,
      @RequestBody PersonForm form,
      @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch)
      throws BindException {
    bodies.valid(form);
    return PersonView.of(
        people.update(
            id, form.withVersion(ClientVersion.required("person", form.version(), ifMatch))));
  }
}
