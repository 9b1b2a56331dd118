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

    public static void limit(List<FieldViolation> violations, String field, String value) {
        if (value != null && value.length() > TEXT_LIMIT) {
            violations.add(new FieldViolation(field, "must be at most " + TEXT_LIMIT + " characters"));
        }
    }
}
