package org.goldenthread.report.export;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.goldenthread.indicator.Figures;
import org.goldenthread.organisation.Organisation;
import org.goldenthread.organisation.governance.GovernanceService;
import org.goldenthread.report.ReportSnapshot;
import org.goldenthread.report.annual.AnnualReport;
import org.goldenthread.report.publish.Publication;
import org.goldenthread.shared.DisplayFormats;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * A report as a PDF fit for a committee agenda: the print template ({@code report/print.html})
 * rendered by openhtmltopdf, with a title page, a contents list with page numbers, "Page n of m" in
 * each footer, table headers repeated on each page, charts as vectors ({@link PdfChart}), and
 * status by word and symbol in an embedded font (DejaVu Sans, which has ✔ ▲ ✖ ★). The PDF is tagged
 * for PDF/UA and conforms to PDF/A-3u, with the report's title and the language English.
 */
@Component
public class ReportPdf {

  static final String FONT_FAMILY = "DejaVu Sans";

  /**
   * Indicators of the detail laid out at a time: a section's pages are held while it is laid out,
   * and each section embeds its own subset of the font.
   */
  static final int SECTION_SIZE = 300;

  /** The chart styles of the screen, inside each chart, since a PDF has no page stylesheet. */
  private static final String CHART_STYLE =
      "<style>svg{font-size:12px}text{fill:#0b0c0c;font-family:'DejaVu Sans',sans-serif}"
          + ".gt-chart__axes line{stroke:#b1b4b6;stroke-width:1}"
          + ".gt-chart__actual path{fill:none;stroke:#1d70b8;stroke-width:3}"
          + ".gt-chart__actual circle{fill:#1d70b8}"
          + ".gt-chart__target path{fill:none;stroke:#0b0c0c;stroke-width:2;"
          + "stroke-dasharray:6 4}"
          + ".gt-chart__target rect{fill:#0b0c0c}</style>";

  /** The separator of a report's sections in a PDF job's input: never in XHTML. */
  static final char SECTION_BREAK = '\f';

  private final ITemplateEngine templates;
  private final GovernanceService governance;
  private final DisplayFormats formats;
  private final Figures figures;
  private final Clock clock;
  private final int sectionSize;

  @Autowired
  ReportPdf(
      ITemplateEngine templates,
      GovernanceService governance,
      DisplayFormats formats,
      Figures figures,
      Clock clock) {
    this(templates, governance, formats, figures, clock, SECTION_SIZE);
  }

  /** The same, laying out the detail {@code sectionSize} indicators at a time. */
  ReportPdf(
      ITemplateEngine templates,
      GovernanceService governance,
      DisplayFormats formats,
      Figures figures,
      Clock clock,
      int sectionSize) {
    this.templates = templates;
    this.governance = governance;
    this.formats = formats;
    this.figures = figures;
    this.clock = clock;
    this.sectionSize = sectionSize;
  }

  /** The report as a PDF; a published one says so, and marks the figures corrected since. */
  public byte[] write(ReportSnapshot report, Publication published) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    write(report, published, out);
    return out.toByteArray();
  }

  /** The same, written to {@code out} as it is made, each section's page made when laid out. */
  public void write(ReportSnapshot report, Publication published, OutputStream out) {
    PdfPack.render(sections(report, published), out);
  }

  /**
   * The print template filled in for each section of the report in turn (XHTML, as openhtmltopdf
   * reads it), each made only when asked for.
   */
  Iterator<String> sections(ReportSnapshot report, Publication published) {
    Context context = context();
    context.setVariable("report", report);
    context.setVariable("published", published);
    context.setVariable("corrections", published == null ? Map.of() : published.byIndicator());
    context.setVariable("charts", new Charts());
    Iterator<PdfSection> sections =
        PdfSection.of(
                report.hasDetail(),
                report.detail() == null ? 0 : report.detail().size(),
                sectionSize)
            .iterator();
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return sections.hasNext();
      }

      @Override
      public String next() {
        context.setVariable("section", sections.next());
        return templates.process("report/print", context);
      }
    };
  }

  /** Every section of the report, one after the other with a break between, for a PDF job. */
  byte[] jobInput(ReportSnapshot report, Publication published) {
    StringBuilder all = new StringBuilder();
    for (Iterator<String> s = sections(report, published); s.hasNext(); ) {
      all.append(s.next());
      if (s.hasNext()) {
        all.append(SECTION_BREAK);
      }
    }
    return all.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** The annual performance report as a PDF, laid out as a report's is. */
  public byte[] write(AnnualReport annual) {
    Context context = context();
    context.setVariable("annual", annual);
    context.setVariable("figures", figures);
    return render(templates.process("report/annual-print", context));
  }

  private Context context() {
    Context context = new Context();
    context.setVariable(
        "councilName", governance.council().map(Organisation::getName).orElse(null));
    context.setVariable("producedOn", formats.date(LocalDate.now(clock)));
    context.setVariable("fmt", formats);
    return context;
  }

  static byte[] render(String html) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    render(html, out);
    return out.toByteArray();
  }

  /** Lays out one document into {@code out} as its pages are made, not first in memory. */
  static void render(String html, OutputStream out) {
    PdfPack.render(List.of(html).iterator(), out);
  }

  /** Gives each chart the styles it has on screen, and its alternative text. */
  static final class Charts {
    /**
     * The chart's title, which a tagged PDF gives its figure as alternative text (openhtmltopdf
     * reads a replaced element's alternative from {@code alt}).
     */
    public String alt(String svg) {
      if (svg == null) {
        return "";
      }
      int titleStart = svg.indexOf("<title");
      int titleEnd = svg.indexOf("</title>");
      if (titleStart < 0 || titleEnd < titleStart) {
        return "";
      }
      return HtmlUtils.htmlUnescape(svg.substring(svg.indexOf('>', titleStart) + 1, titleEnd));
    }

    /**
     * The chart with the screen's styles inside it, and its title as the {@code alt} text that a
     * tagged PDF gives the figure (openhtmltopdf reads a replaced element's alternative from {@code
     * alt}, not from the SVG's own title).
     */
    public String printable(String svg) {
      if (svg == null) {
        return "";
      }
      String styled = svg;
      int at = styled.indexOf("</desc>");
      if (at >= 0) {
        styled = styled.substring(0, at + 7) + CHART_STYLE + styled.substring(at + 7);
      }
      int titleStart = styled.indexOf("<title");
      int titleEnd = styled.indexOf("</title>");
      if (styled.startsWith("<svg ") && titleStart >= 0 && titleEnd > titleStart) {
        String title = styled.substring(styled.indexOf('>', titleStart) + 1, titleEnd);
        styled = "<svg alt=\"" + title.replace("\"", "&quot;") + "\" " + styled.substring(5);
      }
      return styled;
    }
  }
}
