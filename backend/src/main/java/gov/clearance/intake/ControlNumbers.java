package gov.clearance.intake;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Application Control Numbers: a letter and six digits. They come from a database sequence, so a
 * number is unique and never reused, not even when the transaction that drew it rolls back.
 */
@Component
class ControlNumbers {

    private static final long PER_LETTER = 999_999L;

    private final JdbcTemplate jdbc;

    ControlNumbers(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    String next() {
        Long drawn = jdbc.queryForObject("select nextval('intake_control_number_seq')", Long.class);
        return format(drawn);
    }

    static String format(long sequenceValue) {
        long index = sequenceValue - 1;
        long letter = index / PER_LETTER;
        if (sequenceValue < 1 || letter >= 26) {
            throw new IllegalStateException("Application Control Numbers are exhausted");
        }
        return String.format("%c%06d", (char) ('A' + letter), index % PER_LETTER + 1);
    }
}
