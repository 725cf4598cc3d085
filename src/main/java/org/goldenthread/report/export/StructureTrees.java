package org.goldenthread.report.export;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;

/**
 * The structure trees of a PDF joined from sections made into one: PDFBox's merger puts each
 * section's {@code Document} element side by side under the root, and this moves the elements of
 * every section into the first's, so a reader's assistive technology finds one document.
 */
final class StructureTrees {

  private static final COSName DOCUMENT = COSName.getPDFName("Document");

  private StructureTrees() {}

  static void join(PDDocument pdf) {
    PDStructureTreeRoot root = pdf.getDocumentCatalog().getStructureTreeRoot();
    if (root == null || !(root.getCOSObject().getDictionaryObject(COSName.K) instanceof COSArray)) {
      return;
    }
    COSArray documents = (COSArray) root.getCOSObject().getDictionaryObject(COSName.K);
    for (int i = 0; i < documents.size(); i++) {
      if (!(documents.getObject(i) instanceof COSDictionary element)
          || !DOCUMENT.equals(element.getCOSName(COSName.S))
          || !onlyElements(element.getDictionaryObject(COSName.K))) {
        return;
      }
    }
    COSBase firstReference = documents.get(0);
    COSDictionary first = (COSDictionary) documents.getObject(0);
    COSArray kids = kids(first);
    for (int i = 1; i < documents.size(); i++) {
      COSArray theirs = kids((COSDictionary) documents.getObject(i));
      for (int k = 0; k < theirs.size(); k++) {
        ((COSDictionary) theirs.getObject(k)).setItem(COSName.P, firstReference);
        kids.add(theirs.get(k));
      }
    }
    first.setItem(COSName.K, kids);
    COSArray one = new COSArray();
    one.add(firstReference);
    root.getCOSObject().setItem(COSName.K, one);
  }

  /** Whether an element's kids are all elements, which can move to another parent as they are. */
  private static boolean onlyElements(COSBase kids) {
    if (kids instanceof COSDictionary kid) {
      return kid.containsKey(COSName.S);
    }
    if (kids instanceof COSArray array) {
      for (int i = 0; i < array.size(); i++) {
        if (!(array.getObject(i) instanceof COSDictionary kid) || !kid.containsKey(COSName.S)) {
          return false;
        }
      }
      return true;
    }
    return kids == null;
  }

  private static COSArray kids(COSDictionary element) {
    COSBase kids = element.getItem(COSName.K);
    COSBase resolved = kids instanceof COSObject o ? o.getObject() : kids;
    if (resolved instanceof COSArray array) {
      return array;
    }
    COSArray array = new COSArray();
    if (kids != null) {
      array.add(kids);
    }
    return array;
  }
}
