package gov.clearance.shared;

import java.util.Locale;

/**
 * A request whose body, or a file in it, is larger than its limit: it was not read past the limit and
 * nothing of it was stored. Answered with 413.
 */
public class PayloadTooLargeException extends RuntimeException {

    private final String field;
    private final long limit;

    /**
     * @param field what is too large: {@code body} for the whole request body, else the field's name
     * @param limit the most bytes allowed
     */
    public PayloadTooLargeException(String field, long limit) {
        super("The " + (field.equals("body") ? "request body" : field) + " is larger than the limit of "
                + size(limit) + "; nothing was stored");
        this.field = field;
        this.limit = limit;
    }

    public String field() {
        return field;
    }

    /** The most bytes allowed. */
    public long limit() {
        return limit;
    }

    /** The reason, as a field violation names it: "must be at most 1 MB (1048576 bytes)". */
    public String reason() {
        return "must be at most " + size(limit) + " (" + limit + " bytes)";
    }

    private static String size(long bytes) {
        if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0) {
            return bytes / (1024 * 1024) + " MB";
        }
        if (bytes >= 1024 && bytes % 1024 == 0) {
            return bytes / 1024 + " KB";
        }
        return String.format(Locale.ROOT, "%d bytes", bytes);
    }
}
