package gov.clearance.intake;

import gov.clearance.classification.EndUseFacts;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The content of a license application, field for field as on form BIS-748P and its appendices.
 * The destination is the ultimate consignee's country.
 */
public record ApplicationForm(
        ApplicationType type,
        Contact contact,
        Applicant applicant,
        Party purchaser,
        List<Party> intermediateConsignees,
        Party ultimateConsignee,
        List<Party> endUsers,
        String specificEndUse,
        EndUseFacts endUse,
        List<Item> items,
        BigDecimal totalValue,
        String additionalInformation,
        String resubmissionOf,
        String replacesLicense,
        Signature signature) {

    public ApplicationForm {
        // an empty entry is kept, for the rules to name it ("items[2] must not be empty")
        intermediateConsignees = unmodifiable(intermediateConsignees);
        endUsers = unmodifiable(endUsers);
        items = unmodifiable(items);
    }

    private static <T> List<T> unmodifiable(List<T> entries) {
        return entries == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(entries));
    }

    /** Export, reexport or in-country transfer. */
    public enum ApplicationType { EXPORT, REEXPORT, IN_COUNTRY_TRANSFER }

    /** The person BIS contacts about the application. */
    public record Contact(String name, String phone, String email) {
    }

    /** The applicant: a US person, or an agent holding a power of attorney. */
    public record Applicant(String name, String address, String country) {
    }

    /** A party to the transaction; {@code country} is an ISO 3166-1 alpha-2 code. */
    public record Party(String name, String address, String country) {
    }

    /**
     * One line item: what is exported, how many, and at what price; {@code htsCode} is its Harmonized Tariff
     * Schedule code, which part 746's lists of EAR99 items are keyed by.
     */
    public record Item(String eccn, String model, String ccatsNumber, BigDecimal quantity, String units,
            BigDecimal unitPrice, BigDecimal totalPrice, String manufacturer, String description, String htsCode) {
    }

    /** The applicant's signature block. */
    public record Signature(String name, String title, LocalDate date) {
    }

    /** The ultimate consignee's country, or {@code null} while the draft has none. */
    public String destinationCountry() {
        return ultimateConsignee == null ? null : ultimateConsignee.country();
    }
}
