package org.goldenthread.report.export;

import com.openhtmltopdf.pdfboxout.PagePosition;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.render.Box;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDObjectReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDBorderStyleDictionary;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageFitWidthDestination;

/**
 * The contents' links to headings laid out in another section. openhtmltopdf links an anchor to a
 * heading of its own layout only, so each section notes where it drew a line of the contents
 * ({@code <li id="to-summary"><a href="#summary">}) linking to a heading elsewhere, and once the
 * sections are joined this adds the link there, to the heading's page, tagged as the link's own:
 * referenced from the link's element in the structure tree, with its entry in the parent tree.
 */
final class ContentsLinks {

  private static final Pattern ID = Pattern.compile("to-[A-Za-z][A-Za-z0-9_-]*");

  /** A link drawn on a page, counted from 0, to the heading with the id {@code target}. */
  private record Link(int page, PDRectangle area, String target) {}

  private final List<Link> links = new ArrayList<>();

  /**
   * Notes the links the section laid out from {@code firstPage} drew to headings in other sections
   * ({@code sectionOf} gives each heading's section).
   */
  void note(PdfBoxRenderer renderer, int firstPage, int section, Map<String, Integer> sectionOf) {
    for (PagePosition<Box> at : renderer.findPagePositionsByID(ID)) {
      String target = at.getId().substring(3);
      Integer theirs = sectionOf.get(target);
      if (theirs != null && theirs != section) {
        links.add(
            new Link(
                firstPage - 1 + at.getPageNo(),
                new PDRectangle(at.getX(), at.getY(), at.getWidth(), at.getHeight()),
                target));
      }
    }
  }

  /** Adds the links noted to the joined PDF, {@code pages} giving each heading's page from 1. */
  void addTo(PDDocument pdf, Map<String, Integer> pages) {
    PDStructureTreeRoot root = pdf.getDocumentCatalog().getStructureTreeRoot();
    if (links.isEmpty() || root == null || root.getParentTree() == null) {
      return;
    }
    COSArray numbers = root.getParentTree().getCOSObject().getCOSArray(COSName.NUMS);
    links.sort(
        Comparator.comparingInt(Link::page)
            .thenComparing(l -> -l.area().getUpperRightY())
            .thenComparing(l -> l.area().getLowerLeftX()));
    List<PDStructureElement> unlinked = new ArrayList<>();
    unlinked(root.getKids(), unlinked);
    if (numbers == null || unlinked.size() != links.size()) {
      return;
    }
    int next = Math.max(root.getParentTreeNextKey(), largestKey(numbers) + 1);
    for (int i = 0; i < links.size(); i++) {
      Link link = links.get(i);
      PDPage page = pdf.getPage(link.page());
      PDAnnotationLink annotation = new PDAnnotationLink();
      annotation.setRectangle(link.area());
      annotation.setPrinted(true);
      PDBorderStyleDictionary noBorder = new PDBorderStyleDictionary();
      noBorder.setWidth(0);
      annotation.setBorderStyle(noBorder);
      PDPageFitWidthDestination destination = new PDPageFitWidthDestination();
      int to = pages.get(link.target()) - 1;
      destination.setPage(pdf.getPage(to));
      destination.setTop((int) pdf.getPage(to).getMediaBox().getUpperRightY());
      annotation.setDestination(destination);
      annotation.setContents("Go to page " + (to + 1));
      annotation.setStructParent(next);
      try {
        List<PDAnnotation> annotations = page.getAnnotations();
        annotations.add(annotation);
        page.setAnnotations(annotations);
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
      page.getCOSObject().setName(COSName.getPDFName("Tabs"), "S");
      PDObjectReference reference = new PDObjectReference();
      reference.setReferencedObject(annotation);
      reference.getCOSObject().setItem(COSName.PG, page);
      PDStructureElement element = unlinked.get(i);
      element.appendKid(reference);
      numbers.add(COSInteger.get(next));
      numbers.add(element);
      next++;
    }
    root.setParentTreeNextKey(next);
  }

  /**
   * The link elements of the structure tree, in order, that hold no link annotation; the first of a
   * line's only, as a link's generated page number is tagged as a second link beside its text.
   */
  private static void unlinked(List<Object> kids, List<PDStructureElement> found) {
    for (Object kid : kids) {
      if (kid instanceof PDStructureElement element) {
        if (!"Link".equals(element.getStructureType())) {
          unlinked(element.getKids(), found);
        } else if (element.getKids().stream().noneMatch(PDObjectReference.class::isInstance)
            && (found.isEmpty()
                || found.get(found.size() - 1).getParent().getCOSObject()
                    != element.getParent().getCOSObject())) {
          found.add(element);
        }
      }
    }
  }

  private static int largestKey(COSArray numbers) {
    int largest = -1;
    for (int i = 0; i < numbers.size(); i += 2) {
      if (numbers.getObject(i) instanceof COSInteger key) {
        largest = Math.max(largest, key.intValue());
      }
    }
    return largest;
  }
}
