package org.goldenthread.report.export;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.render.Box;
import com.openhtmltopdf.render.PageBox;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.multipdf.PDFMergerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * A PDF laid out in sections, each section its own openhtmltopdf layout, so that only one section's
 * boxes are held at a time however long the document, and their pages joined into one PDF.
 *
 * <p>A first pass lays each section out without drawing it, to count its pages and find the page of
 * each heading with an id; the second lays it out again and draws it, numbering its pages on from
 * the sections before ("Page n of m" across the whole document, the total written into the footer)
 * and giving the contents the page of each heading it lists. Each section is drawn into a file of
 * its own, and PDFBox joins the files, their tagged structure trees, outlines and page resources,
 * keeping the first section's catalogue: its title, language and PDF/A metadata.
 */
final class PdfPack {

  /** Where each section's page numbers are added, as a style sheet at the end of its head. */
  private static final String HEAD_END = "</head>";

  private static final Pattern ANCHOR = Pattern.compile("[A-Za-z][A-Za-z0-9_-]*");

  /** Sections laid out at once in the first pass. */
  private static final int COUNTERS = 2;

  private PdfPack() {}

  /** Lays out the sections, made one at a time, into one PDF written to {@code out}. */
  static void render(Iterator<String> sections, OutputStream out) {
    Path dir = null;
    try {
      String firstSection = sections.next();
      if (!sections.hasNext()) {
        whole(firstSection, out);
        return;
      }
      dir = Files.createTempDirectory("gt-pdf");
      List<Path> pages = new ArrayList<>();
      List<Future<Counted>> counting = new ArrayList<>();
      // The first pass lays the sections out two at a time (each counts from its own first page).
      ExecutorService counters = Executors.newFixedThreadPool(COUNTERS);
      try {
        for (String next = firstSection;
            next != null;
            next = sections.hasNext() ? sections.next() : null) {
          Path html = dir.resolve(pages.size() + ".html");
          Files.writeString(html, next, StandardCharsets.UTF_8);
          pages.add(html);
          counting.add(counters.submit(() -> count(Files.readString(html))));
        }
      } finally {
        counters.shutdown();
      }
      List<Integer> counts = new ArrayList<>();
      Map<String, Integer> anchors = new LinkedHashMap<>();
      Map<String, Integer> sectionOf = new LinkedHashMap<>();
      int total = 0;
      for (int i = 0; i < counting.size(); i++) {
        Counted counted = done(counting.get(i));
        int before = total;
        counted.anchors().forEach((id, page) -> anchors.putIfAbsent(id, before + page));
        for (String id : anchors.keySet()) {
          sectionOf.putIfAbsent(id, i);
        }
        counts.add(counted.pages());
        total += counted.pages();
      }
      List<Path> parts = new ArrayList<>();
      ContentsLinks links = new ContentsLinks();
      int first = 1;
      for (int i = 0; i < pages.size(); i++) {
        Path part = dir.resolve(i + ".pdf");
        String html = numbered(Files.readString(pages.get(i)), total, anchors);
        Files.delete(pages.get(i));
        try (OutputStream file = Files.newOutputStream(part);
            PDDocument document = new PDDocument(MemoryUsageSetting.setupTempFileOnly())) {
          PdfRendererBuilder builder = builder(html, document, first);
          builder.toStream(file);
          try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
            renderer.layout();
            renderer.createPDF();
            links.note(renderer, first, i, sectionOf);
          }
        }
        parts.add(part);
        first += counts.get(i);
      }
      join(parts, out, pdf -> links.addTo(pdf, anchors));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      delete(dir);
    }
  }

  /**
   * A document of one section, laid out once: its footer counts its own pages, and its contents
   * find their pages themselves.
   */
  private static void whole(String html, OutputStream out) throws IOException {
    String css =
        "<style>.contents a::after{content:\" \\2014  page \" target-counter(attr(href), page);}"
            + "</style>";
    int at = html.indexOf(HEAD_END);
    String counted = at < 0 ? html : html.substring(0, at) + css + html.substring(at);
    try (PDDocument document = new PDDocument(MemoryUsageSetting.setupTempFileOnly())) {
      PdfRendererBuilder builder = builder(counted, document, 1);
      builder.toStream(out);
      builder.run();
    }
  }

  /** A section laid out: its number of pages, and the page of each heading, counted from 1. */
  private record Counted(int pages, Map<String, Integer> anchors) {}

  /**
   * Lays the section out without drawing it: its number of pages, and the page of each of its
   * headings with an id.
   */
  private static Counted count(String html) throws IOException {
    try (PDDocument scratch = new PDDocument(MemoryUsageSetting.setupTempFileOnly());
        PdfBoxRenderer renderer =
            builder(numbered(html, 0, Map.of()), scratch, 1).buildPdfRenderer()) {
      renderer.layout();
      List<PageBox> pages = renderer.getRootBox().getLayer().getPages();
      Map<String, Box> ids = renderer.getSharedContext().getIdMap();
      Map<String, Integer> anchors = new LinkedHashMap<>();
      if (ids != null) {
        ids.forEach(
            (id, box) -> {
              if (ANCHOR.matcher(id).matches()) {
                anchors.putIfAbsent(id, 1 + page(pages, box.getAbsY()));
              }
            });
      }
      return new Counted(pages.size(), anchors);
    }
  }

  /** A counting's answer, its failure thrown as it was. */
  private static Counted done(Future<Counted> counted) throws IOException {
    try {
      return counted.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("Laying out the PDF was interrupted", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof IOException io) {
        throw io;
      }
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  /** The page, counted from 0, on which a box starting at {@code y} starts. */
  private static int page(List<PageBox> pages, int y) {
    for (int i = 0; i < pages.size(); i++) {
      if (y < pages.get(i).getBottom()) {
        return i;
      }
    }
    return pages.size() - 1;
  }

  /** The section with the document's page count in its footer and the contents' page numbers. */
  static String numbered(String html, int total, Map<String, Integer> anchors) {
    StringBuilder css = new StringBuilder("<style>@page{@bottom-center{content:\"Page \" ");
    css.append("counter(page) \" of ").append(total == 0 ? "000" : total);
    css.append("\";font-family:'DejaVu Sans';font-size:9pt;}}");
    if (total == 0) {
      css.append(".contents a::after{content:\" \\2014  page 000\";}");
    }
    anchors.forEach(
        (id, page) ->
            css.append(".contents a[href=\"#")
                .append(id)
                .append("\"]::after{content:\" \\2014  page ")
                .append(page)
                .append("\";}"));
    css.append("</style>");
    int at = html.indexOf(HEAD_END);
    return at < 0 ? html : html.substring(0, at) + css + html.substring(at);
  }

  /** The sections' files as one PDF, the first section's catalogue kept. */
  private static void join(List<Path> parts, OutputStream out, Consumer<PDDocument> finish)
      throws IOException {
    if (parts.size() == 1) {
      Files.copy(parts.get(0), out);
      return;
    }
    List<PDDocument> open = new ArrayList<>();
    try {
      PDDocument joined = load(parts.get(0), open);
      PDFMergerUtility merger = new PDFMergerUtility();
      for (Path part : parts.subList(1, parts.size())) {
        merger.appendDocument(joined, load(part, open));
      }
      StructureTrees.join(joined);
      TaggedPages.keepPropertyListsInPages(joined);
      finish.accept(joined);
      joined.save(out);
    } finally {
      for (PDDocument document : open) {
        document.close();
      }
    }
  }

  private static PDDocument load(Path part, List<PDDocument> open) throws IOException {
    PDDocument document = PDDocument.load(part.toFile(), MemoryUsageSetting.setupTempFileOnly());
    open.add(document);
    return document;
  }

  static PdfRendererBuilder builder(String html, PDDocument document, int firstPage) {
    PdfRendererBuilder builder = new PdfRendererBuilder();
    builder.useFastMode();
    builder.usePdfUaAccessbility(true);
    builder.usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_3_U);
    builder.useColorProfile(ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData());
    builder.useFont(
        () -> font("DejaVuSans.ttf"),
        ReportPdf.FONT_FAMILY,
        400,
        BaseRendererBuilder.FontStyle.NORMAL,
        true);
    builder.useFont(
        () -> font("DejaVuSans-Bold.ttf"),
        ReportPdf.FONT_FAMILY,
        700,
        BaseRendererBuilder.FontStyle.NORMAL,
        true);
    builder.useObjectDrawerFactory(new PdfChart.Objects());
    builder.usePageSupplier(new TaggedPages());
    builder.usePDDocument(document);
    builder.useInitialPageNumber(firstPage);
    builder.withHtmlContent(html, null);
    return builder;
  }

  private static InputStream font(String file) {
    InputStream in = PdfPack.class.getResourceAsStream("/fonts/" + file);
    if (in == null) {
      throw new IllegalStateException("The font " + file + " is missing from the application");
    }
    return in;
  }

  private static void delete(Path dir) {
    if (dir == null) {
      return;
    }
    try (var files = Files.list(dir)) {
      for (Path file : files.toList()) {
        Files.deleteIfExists(file);
      }
      Files.deleteIfExists(dir);
    } catch (IOException e) {
      // A scratch file left behind is removed with the system's temporary files.
    }
  }
}
