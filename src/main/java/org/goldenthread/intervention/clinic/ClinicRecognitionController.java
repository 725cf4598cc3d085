package org.goldenthread.intervention.clinic;

import org.goldenthread.shared.FormErrors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Recording the good performance a clinic recognised, proposed or chosen by hand. */
@Controller
@PreAuthorize("@clinicAccess.canRecord(authentication, #id)")
class ClinicRecognitionController {

  private final Recognitions recognitions;

  ClinicRecognitionController(Recognitions recognitions) {
    this.recognitions = recognitions;
  }

  @PostMapping("/clinics/{id}/recognitions")
  String recognise(
      @PathVariable long id,
      @RequestParam(required = false) String subject,
      @RequestParam(required = false) String reason,
      @RequestParam(required = false) String note,
      @RequestParam(required = false) Long version,
      RedirectAttributes redirect) {
    FormErrors.notice(
        redirect,
        () -> recognitions.recognise(id, new RecognitionForm(subject, reason, note, version)),
        r -> "Good performance recognised: " + r.subjectLabel());
    return "redirect:/clinics/" + id + "#recognitions";
  }

  @PostMapping("/clinics/{id}/recognitions/{recognitionId}/remove")
  String remove(
      @PathVariable long id,
      @PathVariable long recognitionId,
      @RequestParam(required = false) Long version,
      RedirectAttributes redirect) {
    FormErrors.notice(
        redirect,
        () -> recognitions.remove(id, recognitionId, version),
        c -> "Recognition removed");
    return "redirect:/clinics/" + id + "#recognitions";
  }
}
