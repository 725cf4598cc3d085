package org.goldenthread.report.export;

import java.util.ArrayList;
import java.util.List;

/**
 * One part of a report's PDF laid out on its own (a report whose detail fits one section is laid
 * out whole), so that only one part's pages are held while it is laid out: the front matter (title
 * page, cover and contents), the summary parts (corrections, summary, exceptions, targets at risk,
 * good news), then the detail table a few indicators at a time, the last part carrying the risks.
 * The print template shows what its section holds.
 *
 * @param front the title page, the cover and the contents
 * @param middle the parts between the contents and the detail
 * @param from the first line of the detail in this section, or -1 for none
 * @param to the line after the last of the detail in this section
 * @param risks the risk sections, at the end of the report
 */
public record PdfSection(boolean front, boolean middle, int from, int to, boolean risks) {

  /** The sections of a report with {@code detailLines} lines of detail, {@code size} a section. */
  static List<PdfSection> of(boolean hasDetail, int detailLines, int size) {
    List<PdfSection> sections = new ArrayList<>();
    if (detailLines <= size) {
      sections.add(new PdfSection(true, true, hasDetail ? 0 : -1, detailLines, true));
      return sections;
    }
    sections.add(new PdfSection(true, false, -1, -1, false));
    if (!hasDetail) {
      sections.add(new PdfSection(false, true, -1, -1, true));
      return sections;
    }
    sections.add(new PdfSection(false, true, -1, -1, false));
    int from = 0;
    do {
      int to = Math.min(detailLines, from + Math.max(1, size));
      sections.add(new PdfSection(false, false, from, to, to >= detailLines));
      from = to;
    } while (from < detailLines);
    return sections;
  }

  public boolean detail() {
    return from >= 0;
  }

  /** Whether the detail's heading is in this section: its first lines are. */
  public boolean opensDetail() {
    return from == 0;
  }

  /** This section's lines of the detail. */
  public <T> List<T> lines(List<T> detail) {
    return from < 0 ? List.of() : detail.subList(from, Math.min(to, detail.size()));
  }
}
