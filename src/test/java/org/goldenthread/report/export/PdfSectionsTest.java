package org.goldenthread.report.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.goldenthread.shared.TestPeople.named;

import java.awt.geom.Rectangle2D;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.goldenthread.framework.FrameworkItem;
import org.goldenthread.indicator.Figures;
import org.goldenthread.indicator.Indicator;
import org.goldenthread.organisation.governance.Body;
import org.goldenthread.organisation.governance.GovernanceService;
import org.goldenthread.period.Period;
import org.goldenthread.report.ReportBuilder;
import org.goldenthread.report.ReportDefinition;
import org.goldenthread.report.ReportFixtures;
import org.goldenthread.report.ReportService;
import org.goldenthread.report.ReportServiceTest;
import org.goldenthread.report.ReportSnapshot;
import org.goldenthread.report.ScopeKind;
import org.goldenthread.shared.DisplayFormats;
import org.goldenthread.support.GoldenThreadTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;
import org.thymeleaf.ITemplateEngine;

/**
 * A report's PDF laid out in sections of two indicators each reads as one document: pages numbered
 * across the whole of it, the contents pointing at the right pages, every indicator in the detail
 * with its chart tagged as a figure, one structure tree, and PDF/A.
 */
@GoldenThreadTest
@Transactional
class PdfSectionsTest {

  private static final Pattern CONTENTS_LINE = Pattern.compile("([A-Z][a-z ]+?)\\s*— page (\\d+)");

  @Autowired ReportFixtures make;
  @Autowired ReportService reports;
  @Autowired ReportBuilder builder;
  @Autowired Figures figures;
  @Autowired ITemplateEngine templates;
  @Autowired GovernanceService governance;
  @Autowired DisplayFormats formats;
  @Autowired Clock clock;

  @Test
  void aPackOfSevenIndicatorsTwoASectionReadsAsOneNumberedTaggedDocument() throws Exception {
    Period p = make.reportedQuarter();
    Body board = make.body();
    FrameworkItem item = make.item(board, null);
    List<String> codes = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      Indicator indicator = make.indicator(ReportFixtures.unique("XS"), item);
      make.target(indicator, p, "100");
      make.value(indicator, p, i % 2 == 0 ? "40" : "120", "Commentary " + i, null);
      codes.add(indicator.getCode());
    }
    ReportDefinition definition =
        reports.create(
            ReportServiceTest.form(
                ReportFixtures.unique("Sectioned pack"), ScopeKind.BODY, board.getId()),
            named("admin"));
    ReportSnapshot snapshot = ReportSnapshot.of(builder.build(definition, p), figures);
    ReportPdf pdf = new ReportPdf(templates, governance, formats, figures, clock, 2);

    try (PDDocument doc = PDDocument.load(pdf.write(snapshot, null))) {
      int pages = doc.getNumberOfPages();
      List<String> text = new ArrayList<>();
      for (int n = 1; n <= pages; n++) {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(n);
        stripper.setEndPage(n);
        text.add(stripper.getText(doc).replaceAll("\\s+", " "));
      }
      // Title page, contents, summary, exceptions and four sections of the detail at least.
      assertThat(pages).isGreaterThanOrEqualTo(8);
      for (int n = 1; n <= pages; n++) {
        assertThat(text.get(n - 1))
            .as("page %d numbered across the whole document", n)
            .contains("Page " + n + " of " + pages);
        assertThat(text.get(n - 1).replace("Page " + n + " of " + pages, "").trim())
            .as("page %d is not empty", n)
            .isNotEmpty();
      }

      Map<String, Integer> contents = new LinkedHashMap<>();
      Matcher line = CONTENTS_LINE.matcher(text.get(1));
      while (line.find()) {
        contents.put(line.group(1).trim(), Integer.valueOf(line.group(2)));
      }
      assertThat(contents)
          .containsKeys("Summary", "Exceptions", "Every indicator in detail")
          .containsEntry("Summary", 3);
      contents.forEach(
          (heading, page) ->
              assertThat(text.get(page - 1)).as("%s on page %d", heading, page).contains(heading));
      List<PDAnnotation> links = doc.getPage(1).getAnnotations();
      assertThat(links).as("each line of the contents links to its page").hasSize(contents.size());
      for (PDAnnotation annotation : links) {
        PDAnnotationLink link = (PDAnnotationLink) annotation;
        PDPageDestination to = (PDPageDestination) link.getDestination();
        PDFTextStripperByArea area = new PDFTextStripperByArea();
        PDRectangle box = link.getRectangle();
        float height = doc.getPage(1).getMediaBox().getHeight();
        area.addRegion(
            "link",
            new Rectangle2D.Float(
                box.getLowerLeftX(),
                height - box.getUpperRightY(),
                box.getWidth(),
                box.getHeight()));
        area.extractRegions(doc.getPage(1));
        String heading = area.getTextForRegion("link").replaceAll("\\s+", " ").trim();
        assertThat(heading).as("the link covers its line").contains("— page");
        String name = heading.substring(0, heading.indexOf(" —")).trim();
        assertThat(to.retrievePageNumber() + 1).as(name).isEqualTo(contents.get(name));
        assertThat(link.getStructParent()).as("tagged").isGreaterThanOrEqualTo(0);
        assertThat(
                doc.getDocumentCatalog()
                    .getStructureTreeRoot()
                    .getParentTree()
                    .getValue(link.getStructParent()))
            .isNotNull();
      }
      int detail = contents.get("Every indicator in detail");
      String detailPages = String.join(" ", text.subList(detail - 1, pages));
      assertThat(detailPages).contains(codes.toArray(String[]::new));
      for (int n = detail + 1; n <= pages; n++) {
        if (codes.stream().anyMatch(text.get(n - 1)::contains)) {
          assertThat(text.get(n - 1))
              .as("the detail's header repeated on page %d", n)
              .contains("Since the previous period");
        }
      }

      PDStructureTreeRoot root = doc.getDocumentCatalog().getStructureTreeRoot();
      assertThat(root.getKids())
          .as("one structure tree with one document")
          .singleElement()
          .satisfies(
              d -> assertThat(((PDStructureElement) d).getStructureType()).isEqualTo("Document"));
      List<PDStructureElement> charts = new ArrayList<>();
      figures(root.getKids(), charts);
      assertThat(charts)
          .hasSize(codes.size())
          .allSatisfy(
              f -> assertThat(f.getAlternateDescription()).contains("actual against target"));
      Set<Integer> parents = new HashSet<>();
      for (PDPage page : doc.getPages()) {
        assertThat(parents.add(page.getStructParents()))
            .as("each page its own entry in the one parent tree")
            .isTrue();
        for (COSName name : page.getResources().getFontNames()) {
          PDFont font = page.getResources().getFont(name);
          assertThat(font.isEmbedded()).as(font.getName()).isTrue();
        }
      }
      assertThat(root.getParentTree().getValue(parents.stream().max(Integer::compare).get()))
          .isNotNull();

      assertThat(doc.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
      assertThat(doc.getDocumentCatalog().getLanguage()).isEqualTo("en");
      assertThat(doc.getDocumentInformation().getTitle()).startsWith(definition.getTitle());
      assertThat(doc.getDocumentCatalog().getOutputIntents()).hasSize(1);
      String xmp;
      try (InputStream in = doc.getDocumentCatalog().getMetadata().exportXMPMetadata()) {
        xmp = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
      assertThat(xmp)
          .as("PDF/A-3u")
          .containsPattern("pdfaid:part(>|=\"|\\s*=\\s*\")3")
          .containsPattern("pdfaid:conformance(>|=\"|\\s*=\\s*\")U");
    }
  }

  private static void figures(List<Object> kids, List<PDStructureElement> found) {
    for (Object kid : kids) {
      if (kid instanceof PDStructureElement element) {
        if ("Figure".equals(element.getStructureType())) {
          found.add(element);
        }
        figures(element.getKids(), found);
      }
    }
  }
}
