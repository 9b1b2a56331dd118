package gov.clearance.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gov.clearance.shared.FieldViolation;
import gov.clearance.shared.InvalidRequestException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.PDJavascriptNameTreeNode;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionLaunch;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageFitDestination;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A support document is a PDF that only shows: one that would run something when opened or clicked (JavaScript,
 * actions on opening or on other events, launching a program), carries other files, or is an XFA form is
 * refused, the reason naming what was found. Each PDF here is built with PDFBox.
 */
class DocumentStoreTest {

    @TempDir
    Path directory;

    @Test
    void storesAPdfThatOnlyShows() throws IOException {
        DocumentStore.Stored stored = store(pdf(document -> { }));

        assertThat(Files.exists(directory.resolve(stored.sha256()))).isTrue();
    }

    @Test
    void storesAPdfThatOpensAtAPageOrLinksToAnAddress() {
        store(pdf(document -> {
            PDPageFitDestination firstPage = new PDPageFitDestination();
            firstPage.setPage(document.getPage(0));
            document.getDocumentCatalog().setOpenAction(firstPage);
            PDAnnotationLink link = new PDAnnotationLink();
            PDActionURI address = new PDActionURI();
            address.setURI("https://www.bis.gov/");
            link.setAction(address);
            annotate(document, link);
        }));
    }

    @Test
    void refusesDocumentLevelJavaScript() {
        assertRefusedNaming(pdf(document -> {
            PDJavascriptNameTreeNode scripts = new PDJavascriptNameTreeNode();
            scripts.setNames(Map.of("greeting", new PDActionJavaScript("app.alert('hello')")));
            PDDocumentNameDictionary names = new PDDocumentNameDictionary(document.getDocumentCatalog());
            names.setJavascript(scripts);
            document.getDocumentCatalog().setNames(names);
        }), "JavaScript");
    }

    @Test
    void refusesAnOpenActionAndNamesItsJavaScript() {
        assertRefusedNaming(pdf(document -> document.getDocumentCatalog()
                .setOpenAction(new PDActionJavaScript("this.print()"))), "OpenAction", "JavaScript");
    }

    @Test
    void refusesAdditionalActionsOfAPage() {
        assertRefusedNaming(pdf(document -> {
            PDActionURI address = new PDActionURI();
            address.setURI("https://tracker.example/opened");
            COSDictionary actions = new COSDictionary();
            actions.setItem(COSName.O, address);
            document.getPage(0).getCOSObject().setItem(COSName.AA, actions);
        }), "AA");
    }

    @Test
    void refusesALinkThatLaunchesAProgram() {
        assertRefusedNaming(pdf(document -> {
            PDAnnotationLink link = new PDAnnotationLink();
            PDActionLaunch launch = new PDActionLaunch();
            launch.getCOSObject().setString(COSName.F, "cmd.exe");
            link.setAction(launch);
            annotate(document, link);
        }), "Launch");
    }

    @Test
    void refusesEmbeddedFiles() {
        assertRefusedNaming(pdf(document -> {
            PDEmbeddedFile content = new PDEmbeddedFile(document,
                    new ByteArrayInputStream("MZ".getBytes(StandardCharsets.US_ASCII)));
            PDComplexFileSpecification file = new PDComplexFileSpecification();
            file.setFile("invoice.exe");
            file.setEmbeddedFile(content);
            PDEmbeddedFilesNameTreeNode files = new PDEmbeddedFilesNameTreeNode();
            files.setNames(Map.of("invoice.exe", file));
            PDDocumentNameDictionary names = new PDDocumentNameDictionary(document.getDocumentCatalog());
            names.setEmbeddedFiles(files);
            document.getDocumentCatalog().setNames(names);
        }), "embedded files");
    }

    @Test
    void refusesAnXfaForm() {
        assertRefusedNaming(pdf(document -> {
            PDAcroForm form = new PDAcroForm(document);
            form.getCOSObject().setItem(COSName.XFA, new COSArray());
            document.getDocumentCatalog().setAcroForm(form);
        }), "XFA");
    }

    // ------------------------------------------------------------------ helpers

    private DocumentStore.Stored store(byte[] pdf) {
        try {
            return new DocumentStore(directory).store(new ByteArrayInputStream(pdf));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void assertRefusedNaming(byte[] pdf, String... found) {
        assertThatThrownBy(() -> store(pdf))
                .isInstanceOfSatisfying(InvalidRequestException.class, refused -> {
                    assertThat(refused.violations()).extracting(FieldViolation::field).containsExactly("file");
                    assertThat(refused.violations().get(0).reason()).contains(found);
                });
        try (var files = Files.list(directory)) {
            assertThat(files).as("nothing stored").isEmpty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void annotate(PDDocument document, PDAnnotationLink link) throws IOException {
        document.getPage(0).getAnnotations().add(link);
    }

    /** What a test adds to a one-page document. */
    private interface Content {
        void addTo(PDDocument document) throws IOException;
    }

    private static byte[] pdf(Content content) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.addPage(new PDPage());
            content.addTo(document);
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
