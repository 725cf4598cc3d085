package org.goldenthread.report.publish;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * When a report was published, by whom and to which body, and the figures corrected since: what an
 * export of a published report says beside its frozen figures, so that no reader takes them for
 * today's. An export of a report as it stands now has none.
 */
public record Publication(
    String publishedOn,
    String publishedBy,
    String sentTo,
    List<PublishingService.Correction> corrections) {

  /** "This is the report as published on 3 May 2027 at 14:05 by …": the title page says so. */
  public String statement() {
    return "This is the report as published on "
        + publishedOn
        + " by "
        + publishedBy
        + ". Its figures are as they were then.";
  }

  /** How many figures have been corrected since, as the published page says it. */
  public String correctionsText() {
    return switch (corrections.size()) {
      case 0 -> "No figure in it has been corrected since.";
      case 1 -> "1 figure has been corrected since publication; it is listed in this report.";
      default ->
          corrections.size()
              + " figures have been corrected since publication; they are listed in this report.";
    };
  }

  /** The corrections by indicator, to mark each corrected figure where it is shown. */
  public Map<Long, PublishingService.Correction> byIndicator() {
    Map<Long, PublishingService.Correction> all = new HashMap<>();
    corrections.forEach(c -> all.put(c.indicatorId(), c));
    return all;
  }
}
