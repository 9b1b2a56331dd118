package gov.clearance.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ControlNumbersTest {

    @Test
    void writesALetterAndSixDigits() {
        assertThat(ControlNumbers.format(1)).isEqualTo("A000001");
        assertThat(ControlNumbers.format(999_999)).isEqualTo("A999999");
    }

    @Test
    void movesToTheNextLetterInsteadOfReusingANumber() {
        assertThat(ControlNumbers.format(1_000_000)).isEqualTo("B000001");
        assertThat(ControlNumbers.format(26L * 999_999)).isEqualTo("Z999999");
    }

    @Test
    void refusesToRunPastZ() {
        assertThatThrownBy(() -> ControlNumbers.format(26L * 999_999 + 1)).hasMessageContaining("exhausted");
    }
}
