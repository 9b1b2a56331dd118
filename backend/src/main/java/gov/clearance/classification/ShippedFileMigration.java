package gov.clearance.classification;

import java.io.ByteArrayInputStream;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.zip.CRC32;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A migration that loads one shipped file of {@code db/reference/ear/}: its checksum is the file's, so the shipped
 * file cannot be edited after the migration ran, and it runs in the migration's transaction.
 */
abstract class ShippedFileMigration implements JavaMigration {

    private final String version;
    private final String description;
    private final String file;

    ShippedFileMigration(String version, String description, String file) {
        this.version = version;
        this.description = description;
        this.file = file;
    }

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion(version);
    }

    @Override
    public String getDescription() {
        return description;
    }

    @Override
    public Integer getChecksum() {
        CRC32 checksum = new CRC32();
        checksum.update(ShippedReferenceDataMigration.bytes(file));
        return (int) checksum.getValue();
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    /** The shipped file, read and checked row by row as an ADMIN import is; a broken row stops the migration. */
    ReferenceFile readShipped(JdbcTemplate jdbc, ReferenceDataset dataset) {
        Set<String> knownCodes = new HashSet<>(jdbc.queryForList("select code from classification_country",
                String.class));
        Map<String, String> codes = ReferenceFile.readCountryCodes(new ByteArrayInputStream(
                ShippedReferenceDataMigration.bytes(ShippedReferenceDataMigration.COUNTRY_CODES)));
        ReferenceFile read = ReferenceFile.read(dataset, new ByteArrayInputStream(
                ShippedReferenceDataMigration.bytes(file)), codes, knownCodes::contains);
        if (!read.isValid()) {
            throw new IllegalStateException("The shipped reference file " + file + " breaks its rules: "
                    + read.violations());
        }
        return read;
    }
}
