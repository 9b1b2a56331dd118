package gov.clearance.classification;

import java.io.ByteArrayInputStream;
import java.util.Map;

/**
 * The shipped reference data as the migrations leave it: the Country Chart and Country Groups of version 1 and the
 * whole CCL of version 2 and the destination lists migration 35.1 gives every version, read from the shipped files
 * the way the migrations read them. No HTS list is shipped.
 */
final class ShippedReferenceData {

    private ShippedReferenceData() {
    }

    static ReferenceSnapshot snapshot() {
        Map<String, String> codes = ReferenceFile.readCountryCodes(new ByteArrayInputStream(
                ShippedReferenceDataMigration.bytes(ShippedReferenceDataMigration.COUNTRY_CODES)));
        ReferenceSnapshot snapshot = new ReferenceSnapshot(1, Map.of(), Map.of(), Map.of());
        for (ReferenceDataset dataset : java.util.List.of(ReferenceDataset.COUNTRY_CHART,
                ReferenceDataset.COUNTRY_GROUPS, ReferenceDataset.ECCNS, ReferenceDataset.DESTINATION_LISTS)) {
            ReferenceFile file = read(dataset, ShippedReferenceDataMigration.bytes(dataset.shippedFile()), codes);
            if (!file.isValid()) {
                throw new AssertionError(dataset + ": " + file.violations());
            }
            snapshot = snapshot.with(file, 1);
        }
        return snapshot;
    }

    static ReferenceFile read(ReferenceDataset dataset, byte[] content, Map<String, String> codes) {
        return ReferenceFile.read(dataset, new ByteArrayInputStream(content), codes,
                code -> code != null && code.matches("[A-Z]{2}"));
    }
}
