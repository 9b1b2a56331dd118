package gov.clearance.classification;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
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
 * Migration 15: loads version 1 of the reference data from the files shipped in {@code db/reference/ear/},
 * checked row by row exactly as an ADMIN import is. A file that breaks a rule stops the migration. The
 * files' checksum is the migration's, so Flyway refuses to start if a shipped file is edited afterwards:
 * newer data comes as an import, or as a new migration loading new files.
 */
@Component
class ShippedReferenceDataMigration implements JavaMigration {

    static final String DIRECTORY = "db/migration/reference/ear/";
    static final String COUNTRY_CODES = "country-codes.csv";

    /** The files version 1 was loaded from, in the order they were loaded; fixed, as the checksum depends on them. */
    static final List<Map.Entry<ReferenceDataset, String>> VERSION_1 = List.of(
            Map.entry(ReferenceDataset.COUNTRY_CHART, "country-chart.csv"),
            Map.entry(ReferenceDataset.COUNTRY_GROUPS, "country-groups.csv"),
            Map.entry(ReferenceDataset.ECCNS, "eccn-sample.csv"));

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("15");
    }

    @Override
    public String getDescription() {
        return "load EAR reference data from db/reference/ear";
    }

    @Override
    public Integer getChecksum() {
        CRC32 checksum = new CRC32();
        checksum.update(bytes(COUNTRY_CODES));
        VERSION_1.forEach(file -> checksum.update(bytes(file.getValue())));
        return (int) checksum.getValue();
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) {
        JdbcTemplate jdbc = new JdbcTemplate(new SingleConnectionDataSource(context.getConnection(), true));
        Set<String> knownCodes = new HashSet<>(jdbc.queryForList("select code from classification_country",
                String.class));
        Map<String, String> codes = ReferenceFile.readCountryCodes(new ByteArrayInputStream(bytes(COUNTRY_CODES)));
        ReferenceSnapshot empty = new ReferenceSnapshot(0, Map.of(), Map.of(), Map.of());
        ReferenceSnapshot snapshot = empty;
        List<ReferenceVersions.LoadedFile> files = new ArrayList<>();
        List<ReferenceChanges> changes = new ArrayList<>();
        for (Map.Entry<ReferenceDataset, String> shipped : VERSION_1) {
            ReferenceDataset dataset = shipped.getKey();
            byte[] content = bytes(shipped.getValue());
            ReferenceFile file = ReferenceFile.read(dataset, new ByteArrayInputStream(content), codes,
                    knownCodes::contains);
            if (!file.isValid()) {
                throw new IllegalStateException("The shipped reference file " + shipped.getValue()
                        + " breaks its rules: " + file.violations());
            }
            ReferenceSnapshot next = snapshot.with(file, 1);
            changes.add(ReferenceChanges.between(dataset, snapshot, next));
            files.add(new ReferenceVersions.LoadedFile(dataset, shipped.getValue(), sha256(content), file.source()));
            snapshot = next;
        }
        new ReferenceVersions(jdbc).insert(snapshot, "Shipped with Clearance: Country Chart and Country Groups "
                + "(eCFR 2026-09-01), CCL entries (eCFR 2026-08-07)", files, changes, Instant.now(), "migration");
    }

    static byte[] bytes(String file) {
        try (InputStream in = ShippedReferenceDataMigration.class.getClassLoader()
                .getResourceAsStream(DIRECTORY + file)) {
            if (in == null) {
                throw new IllegalStateException("The reference file " + DIRECTORY + file + " is not on the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
