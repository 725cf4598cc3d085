package org.goldenthread.risk.admin;

import java.util.Arrays;
import org.goldenthread.risk.Band;
import org.goldenthread.risk.RiskBands;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Where the performance team finds the risk lists it keeps, and the score bands, which are a
 * setting of the install rather than data (so shown, not changed, here).
 */
@Controller
@PreAuthorize("@riskAccess.canManage(authentication)")
class RiskSettingsController {

  private final RiskBands bands;

  RiskSettingsController(RiskBands bands) {
    this.bands = bands;
  }

  @GetMapping("/admin/risks")
  String settings(Model model) {
    model.addAttribute("bands", Arrays.stream(Band.values()).map(bands::look).toList());
    model.addAttribute("riskBands", bands);
    return "risk/admin/settings";
  }
}
