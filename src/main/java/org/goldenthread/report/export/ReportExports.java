package org.goldenthread.report.export;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Predicate;
import org.goldenthread.indicator.Figures;
import org.goldenthread.organisation.Organisation;
import org.goldenthread.organisation.governance.GovernanceService;
import org.goldenthread.period.Period;
import org.goldenthread.report.ReportBuilder;
import org.goldenthread.report.ReportDefinition;
import org.goldenthread.report.ReportSnapshot;
import org.goldenthread.report.ReportTables;
import org.goldenthread.report.cover.ReportCovers;
import org.goldenthread.report.publish.Publication;
import org.goldenthread.report.publish.PublishedReport;
import org.goldenthread.report.publish.PublishingService;
import org.goldenthread.risk.RiskAccess;
import org.goldenthread.shared.Attachment;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * A report as a file to download, as PDF, Word, Excel or CSV. There is one way to export: from a
 * {@link ReportSnapshot}. A published report is exported from the snapshot kept when it was
 * published, with when and by whom and the corrections since; a report as it stands now is first
 * made into a snapshot on the spot. So a published report's files show the figures as published,
 * whatever has been corrected since.
 */
@Component
public class ReportExports {

  /** The file types a report downloads as. */
  public enum Format {
    PDF("pdf", MediaType.APPLICATION_PDF),
    DOCX(
        "docx",
        MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document")),
    XLSX(
        "xlsx",
        MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")),
    CSV("csv", Attachment.CSV);

    private final String extension;
    private final MediaType type;

    Format(String extension, MediaType type) {
      this.extension = extension;
      this.type = type;
    }

    public String extension() {
      return extension;
    }

    public MediaType type() {
      return type;
    }

    /** The format a file extension names ("pdf", "docx", "xlsx" or "csv"), if any. */
    static Optional<Format> of(String extension) {
      return Arrays.stream(values()).filter(f -> f.extension.equalsIgnoreCase(extension)).findAny();
    }
  }

  /** A file ready to send: its name, its type and its bytes. */
  public record Download(String fileName, MediaType type, byte[] body) {

    /** The file as an attachment, so the browser saves it under its name. */
    public ResponseEntity<byte[]> response() {
      return Attachment.of(type, fileName).body(body);
    }
  }

  private final ReportBuilder builder;
  private final PublishingService publishing;
  private final ReportPdf pdf;
  private final Figures figures;
  private final RiskAccess riskAccess;
  private final ReportCovers covers;
  private final GovernanceService governance;

  ReportExports(
      ReportBuilder builder,
      PublishingService publishing,
      ReportPdf pdf,
      Figures figures,
      RiskAccess riskAccess,
      ReportCovers covers,
      GovernanceService governance) {
    this.covers = covers;
    this.governance = governance;
    this.builder = builder;
    this.publishing = publishing;
    this.pdf = pdf;
    this.figures = figures;
    this.riskAccess = riskAccess;
  }

  /**
   * The report as it stands now for a period: a snapshot made now, describing the confidential
   * risks its reader may have described and counting the others.
   */
  public ReportSnapshot live(
      ReportDefinition definition, Period period, Authentication authentication) {
    return live(definition, period, (Long) null, authentication);
  }

  /**
   * The same with the cover of the period's issue to the body (without a body: to the first meeting
   * that has one), if it has been prepared.
   */
  public ReportSnapshot live(
      ReportDefinition definition, Period period, Long bodyId, Authentication authentication) {
    return ReportSnapshot.of(
            builder.build(definition, period), figures, describable(authentication))
        .withCover(covers.sheet(definition.getId(), period, bodyId).orElse(null));
  }

  public Download live(
      ReportDefinition definition, Period period, Format format, Authentication authentication) {
    return live(definition, period, null, format, authentication);
  }

  public Download live(
      ReportDefinition definition,
      Period period,
      Long bodyId,
      Format format,
      Authentication authentication) {
    return write(live(definition, period, bodyId, authentication), null, format);
  }

  /** Which confidential risks, by id, the signed-in person may have described in a report. */
  public Predicate<Long> describable(Authentication authentication) {
    return id -> riskAccess.canDescribe(authentication, id);
  }

  /** A published report with its snapshot and what the files say of its publication. */
  record Frozen(PublishedReport report, ReportSnapshot snapshot, Publication publication) {}

  Frozen frozen(long publishedId) {
    PublishedReport published = publishing.get(publishedId);
    ReportSnapshot snapshot = publishing.snapshot(published);
    return new Frozen(published, snapshot, publishing.publication(published, snapshot));
  }

  /** A published report as it was published, saying so, with the corrections since. */
  public Download published(long publishedId, Format format) {
    Frozen frozen = frozen(publishedId);
    return write(frozen.snapshot(), frozen.publication(), format);
  }

  /**
   * The report's PDF written to the response as it is made. Its type and name are set only when its
   * first bytes are ready, so a failure while it is laid out answers as any error does.
   */
  void pdf(ReportSnapshot report, Publication published, HttpServletResponse response) {
    String fileName = ReportTables.fileName(report, published, Format.PDF.extension());
    pdf.write(
        report,
        published,
        new OutputStream() {
          private OutputStream out;

          private OutputStream out() throws IOException {
            if (out == null) {
              Attachment.on(response, Format.PDF.type(), fileName);
              out = response.getOutputStream();
            }
            return out;
          }

          @Override
          public void write(int b) throws IOException {
            out().write(b);
          }

          @Override
          public void write(byte[] bytes, int offset, int length) throws IOException {
            out().write(bytes, offset, length);
          }

          @Override
          public void flush() throws IOException {
            if (out != null) {
              out.flush();
            }
          }
        });
  }

  Download write(ReportSnapshot report, Publication published, Format format) {
    byte[] body =
        switch (format) {
          case PDF -> pdf.write(report, published);
          case DOCX -> ReportDocument.write(report, published, councilName());
          case XLSX -> ReportWorkbook.write(report, published);
          case CSV -> ReportCsv.write(report, published);
        };
    return new Download(
        ReportTables.fileName(report, published, format.extension()), format.type(), body);
  }

  private String councilName() {
    return governance.council().map(Organisation::getName).orElse(null);
  }
}
