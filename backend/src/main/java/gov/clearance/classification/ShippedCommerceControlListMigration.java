package gov.clearance.classification;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
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
 * Migration 20: the whole Commerce Control List ({@code db/reference/ear/ccl.csv}, 637 entries of the eCFR
 * edition of 2026-08-07) as a new version of the reference data, in place of the 68 entries version 1 shipped.
 * The Country Chart and Country Groups are carried over from the newest version. Checked row by row as an ADMIN
 * import is; its checksum is the file's, so the shipped file cannot be edited afterwards.
 */
@Component
class ShippedCommerceControlListMigration implements JavaMigration {

    static final String FILE = "ccl.csv";

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("20");
    }

    @Override
    public String getDescription() {
        return "load the whole Commerce Control List from db/reference/ear/ccl.csv";
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
        ReferenceVersions versions = new ReferenceVersions(jdbc);
        ReferenceSnapshot before = versions.load(versions.latestVersion());
        Set<String> knownCodes = new HashSet<>(jdbc.queryForList("select code from classification_country",
                String.class));
        Map<String, String> codes = ReferenceFile.readCountryCodes(new ByteArrayInputStream(
                ShippedReferenceDataMigration.bytes(ShippedReferenceDataMigration.COUNTRY_CODES)));
        byte[] content = ShippedReferenceDataMigration.bytes(FILE);
        ReferenceFile file = ReferenceFile.read(ReferenceDataset.ECCNS, new ByteArrayInputStream(content), codes,
                knownCodes::contains);
        if (!file.isValid()) {
            throw new IllegalStateException("The shipped reference file " + FILE + " breaks its rules: "
                    + file.violations());
        }
        ReferenceSnapshot after = before.with(file, before.version() + 1);
        versions.insert(after, "Shipped with Clearance: the whole Commerce Control List, " + file.eccns().size()
                + " ECCNs (eCFR 2026-08-07)", List.of(new ReferenceVersions.LoadedFile(ReferenceDataset.ECCNS, FILE,
                        ShippedReferenceDataMigration.sha256(content), file.source())),
                List.of(ReferenceChanges.between(ReferenceDataset.ECCNS, before, after)), Instant.now(), "migration");
    }
}
