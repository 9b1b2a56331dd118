package gov.clearance.classification;

import gov.clearance.shared.FieldViolation;
import gov.clearance.shared.InvalidRequestException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.List;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The license-required hint for an applicant drafting: items and destination in, the answer and its reasons
 * out, from the current reference data. A hint, not a gate: it weighs no screening results.
 */
@RestController
@Tag(name = "Reference data")
class LicenseRequirementController {

    private static final int MOST_ITEMS = 200;

    private final ReferenceData referenceData;
    private final CountryCatalog countries;

    LicenseRequirementController(ReferenceData referenceData, CountryCatalog countries) {
        this.referenceData = referenceData;
        this.countries = countries;
    }

    /** An entry of the CCL as the ECCN lookup lists it. */
    record EccnChoice(String eccn, String heading, java.util.Set<String> reasonsForControl) {
    }

    @org.springframework.web.bind.annotation.GetMapping({"/api/applicant/eccns", "/api/staff/eccns"})
    @Operation(summary = "Look up CCL entries by ECCN or by words of their heading (at most 20)")
    List<EccnChoice> lookUp(@org.springframework.web.bind.annotation.RequestParam(required = false) String query) {
        String asked = query == null ? "" : query.strip().toLowerCase(java.util.Locale.ROOT);
        if (asked.isEmpty()) {
            throw InvalidRequestException.of("query", "is required: an ECCN such as 3A0, or words of a heading");
        }
        // "3A0" looks up numbers; anything else the words of the headings
        boolean byNumber = asked.matches("[0-9][a-e]?[0-9]*");
        return referenceData.current().eccns().values().stream()
                .filter(entry -> byNumber ? entry.eccn().toLowerCase(java.util.Locale.ROOT).startsWith(asked)
                        : entry.heading().toLowerCase(java.util.Locale.ROOT).contains(asked))
                .sorted(java.util.Comparator.comparing(EccnEntry::eccn))
                .limit(20)
                .map(entry -> new EccnChoice(entry.eccn(), entry.heading(), entry.reasonsForControl()))
                .toList();
    }

    @PostMapping("/api/applicant/license-requirement")
    @Operation(summary = "Whether the items need a license to the destination, and why (a hint while drafting)")
    LicenseRequirement hint(@RequestBody(required = false) LicenseRequirementHintRequest request) {
        List<FieldViolation> violations = new ArrayList<>();
        LicenseRequirementHintRequest asked = request == null ? new LicenseRequirementHintRequest(null, null)
                : request;
        if (asked.destination() == null || !countries.isKnown(asked.destination())) {
            violations.add(new FieldViolation("destination", "must be an ISO 3166-1 alpha-2 country code such as DE"));
        }
        if (asked.eccns().isEmpty() || asked.eccns().size() > MOST_ITEMS) {
            violations.add(new FieldViolation("eccns", "list the items' ECCNs (1 to " + MOST_ITEMS + ")"));
        }
        for (int i = 0; i < asked.eccns().size() && i < MOST_ITEMS; i++) {
            String eccn = asked.eccns().get(i);
            if (eccn == null || !LicenseRequirements.ECCN_FORMAT.matcher(eccn).matches()) {
                violations.add(new FieldViolation("eccns[" + i + "]", "must be an ECCN such as 3A001.a.1, or EAR99"));
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidRequestException("The items or the destination are not valid", violations);
        }
        return LicenseRequirements.explain(referenceData.current(), asked.destination(), asked.eccns(), List.of());
    }
}
