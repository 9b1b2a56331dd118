package gov.clearance.intake;

import static org.assertj.core.api.Assertions.assertThat;

import gov.clearance.intake.ApplicationForm.Applicant;
import gov.clearance.intake.ApplicationForm.Item;
import gov.clearance.intake.ApplicationForm.Party;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class TransactionFingerprintsTest {

    private final TransactionFingerprints fingerprints = new TransactionFingerprints();

    @Test
    void identifiesTheSameTransactionWhateverTheOrderCaseAndSpacing() {
        ApplicationForm typed = form("Fraunhofer  Institut", List.of(item("3A001.a.1", "10"), item("EAR99", "4")));
        ApplicationForm retyped = form("fraunhofer institut ", List.of(item("EAR99", "4.0"), item("3A001.a.1", "10")));
        assertThat(fingerprints.of("Acme", typed)).isEqualTo(fingerprints.of("Acme", retyped));
    }

    @Test
    void tellsApartOtherPartiesOtherItemsAndOtherApplicants() {
        ApplicationForm base = form("Fraunhofer Institut", List.of(item("3A001.a.1", "10")));
        assertThat(fingerprints.of("Acme", base))
                .isNotEqualTo(fingerprints.of("Acme", form("Max Planck", List.of(item("3A001.a.1", "10")))))
                .isNotEqualTo(fingerprints.of("Acme", form("Fraunhofer Institut", List.of(item("3A001.a.1", "11")))))
                .isNotEqualTo(fingerprints.of("Borealis", base));
    }

    private static ApplicationForm form(String consignee, List<Item> items) {
        Party party = new Party(consignee, "Munich", "DE");
        return new ApplicationForm(ApplicationForm.ApplicationType.EXPORT, null,
                new Applicant("Acme Exports", "Arlington", "US"), party, List.of(), party, List.of(), "research",
                null, items, null, null, null, null, null);
    }

    private static Item item(String eccn, String quantity) {
        return new Item(eccn, "M1", null, new BigDecimal(quantity), "EA", new BigDecimal("10.00"), null, null, "d", null);
    }
}
