package gov.clearance.classification;

import gov.clearance.identity.CurrentUser;
import gov.clearance.shared.InvalidRequestException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** The EAR reference data's versions, and the ADMIN import of a newer file. */
@RestController
@Tag(name = "Reference data")
class ReferenceDataController {

    private final ReferenceData referenceData;

    ReferenceDataController(ReferenceData referenceData) {
        this.referenceData = referenceData;
    }

    @GetMapping("/api/admin/reference-data")
    @Operation(summary = "Every version of the reference data, newest first, with its files and changes")
    List<ReferenceVersionView> history() {
        return referenceData.history();
    }

    @PostMapping("/api/admin/reference-data/{dataset}")
    @Operation(summary = "Import a newer CSV file of one dataset (country-chart, country-groups, eccns, part-746-hts-lists "
            + "or destination-lists); "
            + "every row is checked, and the report lists what changed")
    ResponseEntity<ReferenceImportReport> importFile(CurrentUser admin, @PathVariable String dataset,
            @RequestParam(required = false) MultipartFile file) {
        ReferenceImportReport report;
        try {
            report = referenceData.importFile(admin, dataset(dataset), file == null ? null
                    : file.getOriginalFilename(), file == null ? null : file.getInputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ResponseEntity.status(report.created() ? HttpStatus.CREATED : HttpStatus.OK).body(report);
    }

    private static ReferenceDataset dataset(String path) {
        return switch (path.toLowerCase(Locale.ROOT)) {
            case "country-chart" -> ReferenceDataset.COUNTRY_CHART;
            case "country-groups" -> ReferenceDataset.COUNTRY_GROUPS;
            case "eccns" -> ReferenceDataset.ECCNS;
            case "part-746-hts-lists" -> ReferenceDataset.HTS_LISTS;
            case "destination-lists" -> ReferenceDataset.DESTINATION_LISTS;
            default -> throw InvalidRequestException.of("dataset", "must be country-chart, country-groups, eccns, "
                    + "part-746-hts-lists or destination-lists");
        };
    }
}
