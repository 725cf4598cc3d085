package org.goldenthread.intervention.clinic;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.goldenthread.organisation.PersonService;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Performance clinics over JSON, read by staff and members as the pages are. */
@RestController
@RequestMapping("/api/v1/clinics")
@Tag(
    name = "Clinics",
    description = "Performance clinics: agenda, challenge, outcomes, recognitions")
@SecurityRequirement(name = "apiToken")
@Transactional(readOnly = true)
class ClinicApiController {

  private final Clinics clinics;
  private final ClinicRecords records;
  private final PersonService people;

  ClinicApiController(Clinics clinics, ClinicRecords records, PersonService people) {
    this.clinics = clinics;
    this.records = records;
    this.people = people;
  }

  @GetMapping
  @Operation(
      summary =
          "Every clinic, the latest first: date, body, attendees by id and name, the items with"
              + " their subject, intervention and level, challenge and outcomes, and recognitions")
  List<ClinicView> list() {
    return clinics.all().stream().map(this::view).toList();
  }

  @GetMapping("/{id}")
  @Operation(summary = "One clinic (404 if there is none with that id)")
  ClinicView get(@PathVariable long id) {
    return view(clinics.get(id));
  }

  private ClinicView view(Clinic clinic) {
    return ClinicView.of(clinic, people::get, records.frequencyChanges(clinic));
  }
}
