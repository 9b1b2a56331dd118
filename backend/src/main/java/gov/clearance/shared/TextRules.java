package gov.clearance.shared;

import java.util.List;

/** The rules every free-text field of a request follows: present where required, and not too long. */
public final class TextRules {

    /** The most characters a free-text field (a rationale, an analysis, a condition) may hold. */
    public static final int TEXT_LIMIT = 20_000;

    private TextRules() {
    }

    public static void requireText(List<FieldViolation> violations, String field, String value) {
        requireText(violations, field, value, "is required");
    }

    public static void requireText(List<FieldViolation> violations, String field, String value, String reason) {
        if (value == null || value.isBlank()) {
            violations.add(new FieldViolation(field, reason));
        }
    }

    /**
     * A file name as the request gives it: at most {@code most} characters, none of them a control character
     * (a NUL cannot be stored, and line breaks have no place in a name).
     */
    public static void requireFileName(List<FieldViolation> violations, String field, String name, int most) {
        if (name == null) {
            return;
        }
        if (name.strip().length() > most) {
            violations.add(new FieldViolation(field, "needs a file name of at most " + most + " characters"));
        }
        if (name.chars().anyMatch(Character::isISOControl)) {
            violations.add(new FieldViolation(field, "needs a file name without control characters"));
        }
    }

    /**
     * Why a text may not be stored as it is, or null when it may: texts end up in licenses, notices and PDFs, where
     * a control character (ESC, BEL, ...: C0 and C1, except tab and line breaks) has no meaning and a bidirectional
     * embedding, override or isolate (U+202A to U+202E, U+2066 to U+2069) makes the text print in another order
     * than it was typed ("RED\u202eLRO" prints as "REDORL").
     */
    public static String unprintable(String value) {
        if (value == null) {
            return null;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\t' || c == '\n' || c == '\r') {
                continue;
            }
            if (c == 0) {
                return "must not contain the NUL character (U+0000)";
            }
            if (Character.isISOControl(c)) {
                return "must not contain control characters (" + codePoint(c) + " found)";
            }
            if ((c >= '\u202a' && c <= '\u202e') || (c >= '\u2066' && c <= '\u2069')) {
                return "must not contain bidirectional embedding, override or isolate characters (" + codePoint(c)
                        + " found)";
            }
        }
        return null;
    }

    private static String codePoint(char c) {
        return String.format("U+%04X", (int) c);
    }

    public static void limit(List<FieldViolation> violations, String field, String value) {
        if (value != null && value.length() > TEXT_LIMIT) {
            violations.add(new FieldViolation(field, "must be at most " + TEXT_LIMIT + " characters"));
        }
    }
}
