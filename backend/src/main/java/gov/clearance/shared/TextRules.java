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

    public static void limit(List<FieldViolation> violations, String field, String value) {
        if (value != null && value.length() > TEXT_LIMIT) {
            violations.add(new FieldViolation(field, "must be at most " + TEXT_LIMIT + " characters"));
        }
    }
}
