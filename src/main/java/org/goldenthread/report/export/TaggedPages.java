package org.goldenthread.report.export;

import com.openhtmltopdf.pdfboxout.PageSupplier;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * The pages of a tagged PDF, whose marked content is registered in linear time and written small.
 *
 * <p>A PDF/UA page marks every run of text, every cell's border and every figure with a property
 * list (its MCID, or the artifact's box), which PDFBox 2 keeps in the page's {@code /Properties}
 * resources. Adding one first searches all those already on the page for the same object, so a page
 * of a long table cost time in the square of its tagged items; and each list became an object of
 * its own in the file. These pages find a list among theirs by identity, in constant time, and keep
 * each inside the page's resources rather than as an object apart.
 */
final class TaggedPages implements PageSupplier {

  @Override
  public PDPage requestPage(
      PDDocument doc, float pageWidth, float pageHeight, int pageNumber, int shadowPageNumber) {
    PDPage page = new PDPage(new PDRectangle(pageWidth, pageHeight));
    PDResources resources = new PDResources();
    resources.getCOSObject().setItem(COSName.PROPERTIES, new PropertyLists());
    page.setResources(resources);
    doc.addPage(page);
    return page;
  }

  /**
   * Writes each page's property lists inside the page again once sections are joined: PDFBox's
   * merger copies them as objects apart.
   */
  static void keepPropertyListsInPages(PDDocument document) {
    for (PDPage page : document.getPages()) {
      COSDictionary lists =
          page.getResources() == null
              ? null
              : page.getResources().getCOSObject().getCOSDictionary(COSName.PROPERTIES);
      if (lists == null) {
        continue;
      }
      for (COSBase list : lists.getValues()) {
        if (list instanceof COSDictionary dictionary) {
          dictionary.setDirect(true);
        }
      }
    }
  }

  /**
   * A page's property lists, named and found in constant time, each written inside the dictionary.
   */
  private static final class PropertyLists extends COSDictionary {

    private final Map<Object, COSName> names = new IdentityHashMap<>();
    private COSDictionary background;

    PropertyLists() {
      // PDFBox 2 keeps a dictionary's items in a list searched from the start, and copies its keys
      // to name each new item: a hash map answers both at once.
      items = new LinkedHashMap<>();
    }

    @Override
    public void setItem(COSName key, COSBase value) {
      if (value instanceof COSDictionary list) {
        list.setDirect(true);
        if (background == null && isBackground(list)) {
          background = list;
        }
      }
      names.put(value, key);
      super.setItem(key, value);
    }

    /** A background artifact is the page's one background, grown to enclose this one too. */
    @Override
    public boolean containsValue(Object value) {
      if (background != null && value instanceof COSDictionary list && isBackground(list)) {
        enclose(list.getCOSArray(COSName.BBOX));
        return true;
      }
      return names.containsKey(value);
    }

    @Override
    public COSName getKeyForValue(Object value) {
      COSName name = names.get(value);
      return name == null && value instanceof COSDictionary list && isBackground(list)
          ? names.get(background)
          : name;
    }

    private static boolean isBackground(COSDictionary list) {
      return COSName.BACKGROUND.equals(list.getCOSName(COSName.TYPE))
          && list.getCOSArray(COSName.BBOX) != null;
    }

    /** Widens the background's box to enclose this one, writing it again only if it grows. */
    private void enclose(COSArray box) {
      COSArray now = background.getCOSArray(COSName.BBOX);
      boolean grows = false;
      float[] edges = new float[4];
      for (int i = 0; i < 4; i++) {
        float was = ((COSNumber) now.getObject(i)).floatValue();
        float is = ((COSNumber) box.getObject(i)).floatValue();
        edges[i] = i < 2 ? Math.min(was, is) : Math.max(was, is);
        grows |= edges[i] != was;
      }
      if (grows) {
        COSArray wider = new COSArray();
        for (float edge : edges) {
          wider.add(new COSFloat(edge));
        }
        background.setItem(COSName.BBOX, wider);
      }
    }
  }
}
