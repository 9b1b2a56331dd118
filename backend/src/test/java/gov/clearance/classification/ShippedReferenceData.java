package gov.clearance.classification;

import java.io.ByteArrayInputStream;
import java.util.Map;

/** Version 1 of the reference data, read from the shipped files the way the migration reads them. */
final class ShippedReferenceData {

    private ShippedReferenceData() {
    }

    static ReferenceSnapshot snapshot() {
        Map<String, String> codes = ReferenceFile.readCountryCodes(new ByteArrayInputStream(
                ShippedReferenceDataMigration.bytes(ShippedReferenceDataMigration.COUNTRY_CODES)));
        ReferenceSnapshot snapshot = new ReferenceSnapshot(1, Map.of(), Map.of(), Map.of());
        for (ReferenceDataset dataset : ReferenceDataset.values()) {
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
