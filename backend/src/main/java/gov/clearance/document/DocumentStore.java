package gov.clearance.document;

import gov.clearance.shared.InvalidRequestException;
import gov.clearance.shared.PayloadTooLargeException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The bytes of support documents, in a directory beside the database, each file named by its SHA-256
 * (the same bytes are stored once). Uploads are streamed to a temporary file while hashed, checked as
 * PDF from the file (never whole in memory), and only then moved into place.
 */
@Component
class DocumentStore {

    /** The largest document accepted: 25 MB. */
    static final long MOST_BYTES = 25L * 1024 * 1024;

    private final Path directory;

    DocumentStore(@Value("${clearance.documents.directory}") Path directory) throws IOException {
        this.directory = directory.toAbsolutePath();
        Files.createDirectories(this.directory);
    }

    record Stored(String sha256, long size) {
    }

    /**
     * Stores a well-formed, unencrypted PDF of at most 25 MB without active content; anything else is refused
     * with the reason.
     */
    Stored store(InputStream content) {
        Path incoming = null;
        try {
            incoming = Files.createTempFile(directory, "upload-", ".part");
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            long size;
            try (OutputStream out = new DigestOutputStream(Files.newOutputStream(incoming), sha256)) {
                size = copyAtMost(content, out);
            }
            requireWellFormedPdf(incoming);
            String hash = HexFormat.of().formatHex(sha256.digest());
            Path target = directory.resolve(hash);
            if (Files.exists(target)) {
                Files.delete(incoming);
            } else {
                Files.move(incoming, target, StandardCopyOption.ATOMIC_MOVE);
            }
            incoming = null;
            return new Stored(hash, size);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not store the document", e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } finally {
            if (incoming != null) {
                try {
                    Files.deleteIfExists(incoming);
                } catch (IOException ignored) {
                    // a leftover temporary file is harmless
                }
            }
        }
    }

    InputStream open(String sha256) {
        try {
            return Files.newInputStream(directory.resolve(sha256));
        } catch (IOException e) {
            throw new UncheckedIOException("The document's content is missing from " + directory, e);
        }
    }

    private static long copyAtMost(InputStream in, OutputStream out) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
            total += read;
            if (total > MOST_BYTES) {
                throw new PayloadTooLargeException("file", MOST_BYTES);
            }
            out.write(buffer, 0, read);
        }
        if (total == 0) {
            throw InvalidRequestException.of("file", "is empty");
        }
        return total;
    }

    private static void requireWellFormedPdf(Path file) throws IOException {
        byte[] header = new byte[5];
        try (InputStream in = Files.newInputStream(file)) {
            if (in.readNBytes(header, 0, 5) < 5 || !"%PDF-".equals(new String(header, java.nio.charset.StandardCharsets.US_ASCII))) {
                throw InvalidRequestException.of("file", "is not a PDF document (its content does not start with %PDF-)");
            }
        }
        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            if (document.isEncrypted()) {
                throw InvalidRequestException.of("file", "is encrypted; upload it without a password or restrictions");
            }
            if (document.getNumberOfPages() == 0) {
                throw InvalidRequestException.of("file", "has no pages");
            }
            Set<String> active = ActiveContent.in(document);
            if (!active.isEmpty()) {
                throw InvalidRequestException.of("file", "has active content, which a support document may not carry: "
                        + String.join(", ", active) + "; save it again without it, for example by printing it to PDF");
            }
        } catch (InvalidPasswordException e) {
            throw InvalidRequestException.of("file", "is encrypted; upload it without a password or restrictions");
        } catch (IOException e) {
            throw InvalidRequestException.of("file", "is not a well-formed PDF document: " + e.getMessage());
        }
    }
}
