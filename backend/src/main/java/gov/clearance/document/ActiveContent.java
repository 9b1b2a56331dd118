package gov.clearance.document;

import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * What in a PDF would act rather than show: JavaScript, an action run on opening (OpenAction) or on other
 * events (AA), a Launch action, embedded files, an XFA form. Every object of the document is looked at, reached
 * from its trailer, so that none hides in a page, an annotation, a form field or a name tree.
 */
final class ActiveContent {

    private static final COSName LAUNCH = COSName.getPDFName("Launch");
    private static final COSName GO_TO = COSName.getPDFName("GoTo");

    private ActiveContent() {
    }

    /** What was found, each named once, in the order met; empty for a document that only shows. */
    static Set<String> in(PDDocument document) {
        Set<String> found = new LinkedHashSet<>();
        Set<COSBase> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<COSBase> pending = new ArrayDeque<>();
        pending.push(document.getDocument().getTrailer());
        while (!pending.isEmpty()) {
            COSBase next = pending.pop();
            if (next instanceof COSObject reference) {
                next = reference.getObject();
            }
            if (next == null || !seen.add(next)) {
                continue;
            }
            if (next instanceof COSDictionary dictionary) {
                inspect(dictionary, found);
                dictionary.getValues().forEach(pending::push);
            } else if (next instanceof COSArray array) {
                array.forEach(pending::push);
            }
        }
        return found;
    }

    private static void inspect(COSDictionary dictionary, Set<String> found) {
        COSName action = dictionary.getCOSName(COSName.S);
        if (COSName.JAVA_SCRIPT.equals(action) || dictionary.containsKey(COSName.JS)
                || dictionary.containsKey(COSName.JAVA_SCRIPT)) {
            found.add("JavaScript");
        }
        if (LAUNCH.equals(action)) {
            found.add("a Launch action");
        }
        if (dictionary.getDictionaryObject(COSName.OPEN_ACTION) instanceof COSDictionary openAction
                && !GO_TO.equals(openAction.getCOSName(COSName.S))) {
            // opening at a page (a destination, or a GoTo action) only shows; any other action acts
            found.add("an OpenAction");
        }
        if (dictionary.getDictionaryObject(COSName.AA) instanceof COSDictionary actions && actions.size() > 0) {
            found.add("AA (additional actions)");
        }
        if (dictionary.containsKey(COSName.EMBEDDED_FILES) || dictionary.containsKey(COSName.EF)
                || COSName.EMBEDDED_FILE.equals(dictionary.getCOSName(COSName.TYPE))) {
            found.add("embedded files");
        }
        if (dictionary.containsKey(COSName.XFA)) {
            found.add("an XFA form");
        }
    }
}
