package gov.clearance.shared;

import java.nio.charset.StandardCharsets;

/**
 * The name a download is saved under, as a {@code Content-Disposition: attachment} header (RFC 6266): the last
 * segment of the name as given, without control or format characters, in {@code filename*} as UTF-8 (RFC 5987) so that
 * any script survives, and in {@code filename} as plain ASCII for clients that know only that.
 *
 * @param value the name: never empty, no path, no control characters
 */
public record AttachmentName(String value) {

    private static final String FALLBACK = "download";

    public AttachmentName {
        if (value == null || value.isBlank() || value.chars().anyMatch(Character::isISOControl)
                || value.contains("/") || value.contains("\\")) {
            throw new IllegalArgumentException("Not a plain file name");
        }
    }

    /** The last path segment of any name (an upload's name may carry a client's path), controls removed. */
    public static AttachmentName of(String name) {
        if (name == null) {
            return new AttachmentName(FALLBACK);
        }
        StringBuilder plain = new StringBuilder();
        // format characters too: a right-to-left override would show "fdp.exe" as "exe.pdf"
        name.codePoints().filter(c -> !Character.isISOControl(c) && Character.getType(c) != Character.FORMAT)
                .forEach(plain::appendCodePoint);
        String segment = plain.toString();
        segment = segment.substring(Math.max(segment.lastIndexOf('/'), segment.lastIndexOf('\\')) + 1).strip();
        return new AttachmentName(segment.isEmpty() || segment.equals(".") || segment.equals("..") ? FALLBACK : segment);
    }

    /** {@code attachment; filename="..."; filename*=UTF-8''...}. */
    public String contentDisposition() {
        return "attachment; filename=\"" + asciiFallback() + "\"; filename*=UTF-8''" + percentEncoded();
    }

    private String asciiFallback() {
        StringBuilder ascii = new StringBuilder();
        value.codePoints().forEach(c -> {
            if (c == '"' || c == '\\') {
                ascii.append('\\').append((char) c);
            } else {
                ascii.append(c >= 0x20 && c < 0x7F ? (char) c : '_');
            }
        });
        return ascii.toString();
    }

    /** RFC 5987's attr-char kept, every other byte of the UTF-8 encoding as %XX. */
    private String percentEncoded() {
        StringBuilder encoded = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (c < 0x80 && (Character.isLetterOrDigit(c) || "!#$&+-.^_`|~".indexOf(c) >= 0)) {
                encoded.append((char) c);
            } else {
                encoded.append('%').append(String.format("%02X", c));
            }
        }
        return encoded.toString();
    }
}
