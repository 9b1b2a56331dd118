package gov.clearance.classification;

import java.io.ByteArrayInputStream;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.zip.CRC32;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.stereotype.Component;

/**
 * Migration 35.1: the destination lists of the EAR ({@code db/reference/ear/destination-lists.csv}) for every
 * version of the reference data made before them. Until migration 35 these lists were written in the code that
 * read them, with the same destinations; so each earlier version is given the lists it was applied with, and a
 * case classified against it is determined exactly as before. Later versions carry the lists of their own, and
 * an ADMIN imports newer ones as the {@code destination-lists} dataset. Checked row by row as an import is; its
 * checksum is the file's, so the shipped file cannot be edited afterwards.
 */
@Component
class ShippedDestinationListsMigration implements JavaMigration {

    static final String FILE = "destination-lists.csv";

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("35.1");
    }

    @Override
    public String getDescription() {
        return "give every reference data version the destination lists of db/reference/ear/destination-lists.csv";
    }

    @Override
    public Integer getChecksum() {
        CRC32 checksum = new CRC32();
        checksum.update(ShippedReferenceDataMigration.bytes(FILE));
        return (int) checksum.getValue();
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) {
        JdbcTemplate jdbc = new JdbcTemplate(new SingleConnectionDataSource(context.getConnection(), true));
        ReferenceFile file = shipped(jdbc);
        ReferenceVersions versions = new ReferenceVersions(jdbc);
        for (Integer version : jdbc.queryForList("select version from classification_reference_version "
                + "order by version", Integer.class)) {
            versions.insertDestinationLists(version, file.destinationLists());
        }
    }

    /** The shipped file, read and checked. */
    static ReferenceFile shipped(JdbcTemplate jdbc) {
        Set<String> knownCodes = new HashSet<>(jdbc.queryForList("select code from classification_country",
                String.class));
        Map<String, String> codes = ReferenceFile.readCountryCodes(new ByteArrayInputStream(
                ShippedReferenceDataMigration.bytes(ShippedReferenceDataMigration.COUNTRY_CODES)));
        ReferenceFile file = ReferenceFile.read(ReferenceDataset.DESTINATION_LISTS, new ByteArrayInputStream(
                ShippedReferenceDataMigration.bytes(FILE)), codes, knownCodes::contains);
        if (!file.isValid()) {
            throw new IllegalStateException("The shipped reference file " + FILE + " breaks its rules: "
                    + file.violations());
        }
        return file;
    }
}
