package org.goldenthread.organisation.web;

import org.goldenthread.organisation.Organisation;
import org.goldenthread.organisation.governance.GovernanceService;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Puts the council's name in the header of every page. */
@ControllerAdvice
class CouncilNameAdvice {

  private final GovernanceService governance;

  CouncilNameAdvice(GovernanceService governance) {
    this.governance = governance;
  }

  @ModelAttribute("councilName")
  String councilName() {
    return governance.council().map(Organisation::getName).orElse(null);
  }
}
