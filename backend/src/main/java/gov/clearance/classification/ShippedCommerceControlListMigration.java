package gov.clearance.classification;

import java.time.Instant;
import java.util.List;
import org.flywaydb.core.api.migration.Context;
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
class ShippedCommerceControlListMigration extends ShippedFileMigration {

    static final String FILE = "ccl.csv";

    ShippedCommerceControlListMigration() {
        super("20", "load the whole Commerce Control List from db/reference/ear/ccl.csv", FILE);
    }

    @Override
    public void migrate(Context context) {
        JdbcTemplate jdbc = new JdbcTemplate(new SingleConnectionDataSource(context.getConnection(), true));
        ReferenceVersions versions = new ReferenceVersions(jdbc);
        ReferenceSnapshot before = versions.load(versions.latestVersion());
        byte[] content = ShippedReferenceDataMigration.bytes(FILE);
        ReferenceFile file = readShipped(jdbc, ReferenceDataset.ECCNS);
        ReferenceSnapshot after = before.with(file, before.version() + 1);
        versions.insert(after, "Shipped with Clearance: the whole Commerce Control List, " + file.eccns().size()
                + " ECCNs (eCFR 2026-08-07)", List.of(new ReferenceVersions.LoadedFile(ReferenceDataset.ECCNS, FILE,
                        ShippedReferenceDataMigration.sha256(content), file.source())),
                List.of(ReferenceChanges.between(ReferenceDataset.ECCNS, before, after)), Instant.now(), "migration");
    }
}
