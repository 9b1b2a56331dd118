package gov.clearance.classification;

/**
 * The result of an import of reference data.
 *
 * @param version the version now current
 * @param created whether the import made a new version (a file with no changes makes none)
 * @param dataset what the file held
 * @param fileName the file's name
 * @param sha256 the SHA-256 of the file's bytes
 * @param rows the rows the file holds
 * @param changes what changed against the version before
 */
public record ReferenceImportReport(int version, boolean created, ReferenceDataset dataset, String fileName,
        String sha256, int rows, ReferenceChanges changes) {
}
