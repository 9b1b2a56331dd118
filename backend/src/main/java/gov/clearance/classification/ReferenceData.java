package gov.clearance.classification;

import gov.clearance.identity.CurrentUser;
import gov.clearance.shared.FieldViolation;
import gov.clearance.shared.InvalidRequestException;
import gov.clearance.shared.PayloadTooLargeException;
import gov.clearance.shared.TextRules;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The versions of the EAR reference data: the current one, the one each case was classified against, and
 * the ADMIN import of a newer file, checked row by row and reported as a list of changes.
 */
@Service
public class ReferenceData {

    /** Reference files are small (the whole CCL is a few MB); anything larger is not one. */
    static final int LARGEST_FILE = 10 * 1024 * 1024;

    private final JdbcTemplate jdbc;
    private final ReferenceVersions versions;
    private final CountryCatalog countries;
    private final Clock clock;
    private final Map<Integer, ReferenceSnapshot> snapshots = new ConcurrentHashMap<>();

    ReferenceData(JdbcTemplate jdbc, CountryCatalog countries, Clock clock) {
        this.jdbc = jdbc;
        this.versions = new ReferenceVersions(jdbc);
        this.countries = countries;
        this.clock = clock;
    }

    /** The newest version, the one new drafts and newly registered cases are classified against. */
    @Transactional(readOnly = true)
    public ReferenceSnapshot current() {
        return snapshot(versions.latestVersion());
    }

    /** The version the case was registered against; the current one for a draft. */
    @Transactional(readOnly = true)
    public ReferenceSnapshot ofCase(UUID applicationId) {
        List<Integer> recorded = jdbc.queryForList(
                "select version from classification_case_version where application_id = ?", Integer.class,
                applicationId);
        return recorded.isEmpty() ? current() : snapshot(recorded.get(0));
    }

    /** Fixes the current version as the one the newly registered case is classified against. */
    @Transactional
    public int recordCaseVersion(UUID applicationId) {
        int version = versions.latestVersion();
        jdbc.update("insert into classification_case_version (application_id, version, recorded_at) values (?, ?, ?) "
                + "on conflict (application_id) do nothing", applicationId, version, Timestamp.from(Instant.now(clock)));
        return version;
    }

    @Transactional(readOnly = true)
    public List<ReferenceVersionView> history() {
        return jdbc.query("select version, summary, files::text, changes::text, loaded_at, loaded_by "
                + "from classification_reference_version order by version desc", (row, number) ->
                new ReferenceVersionView(row.getInt("version"), row.getString("summary"),
                        ReferenceVersionView.files(row.getString("files")),
                        ReferenceVersionView.changes(row.getString("changes")),
                        row.getTimestamp("loaded_at").toInstant(), row.getString("loaded_by")));
    }

    /**
     * Imports a newer file of one dataset as a new version. Every row is checked first; if any breaks a
     * rule, nothing is stored and every violation is reported with its line and column. A file identical
     * in content to the current data makes no new version. The version row, with who imported it, when,
     * from which file and what changed, is the import's record; versions are append-only.
     */
    @Transactional
    public ReferenceImportReport importFile(CurrentUser admin, ReferenceDataset dataset, String fileName,
            InputStream content) {
        if (dataset == null) {
            throw InvalidRequestException.of("dataset", "is required: one of " + List.of(ReferenceDataset.values()));
        }
        List<FieldViolation> names = new ArrayList<>();
        TextRules.requireFileName(names, "file", fileName, 300);
        if (!names.isEmpty()) {
            throw new InvalidRequestException("The " + dataset + " file was refused; nothing was imported", names);
        }
        byte[] bytes = read(content);
        jdbc.execute("lock table classification_reference_version in exclusive mode");
        ReferenceSnapshot before = current();
        ReferenceFile file = ReferenceFile.read(dataset, new ByteArrayInputStream(bytes), codesByName(before),
                countries::isKnown);
        if (!file.isValid()) {
            throw new InvalidRequestException("The " + dataset + " file was refused; nothing was imported",
                    file.violations());
        }
        if (rowCount(file) == 0) {
            throw InvalidRequestException.of("file", "has no rows");
        }
        ReferenceSnapshot after = before.with(file, before.version() + 1);
        ReferenceChanges changes = ReferenceChanges.between(dataset, before, after);
        String sha256 = ShippedReferenceDataMigration.sha256(bytes);
        if (changes.isEmpty()) {
            return new ReferenceImportReport(before.version(), false, dataset, fileName, sha256, rowCount(file),
                    changes);
        }
        String name = fileName == null || fileName.isBlank() ? dataset.shippedFile() : fileName.strip();
        versions.insert(after, "Import of " + dataset + " from " + name + " by " + admin.username(),
                List.of(new ReferenceVersions.LoadedFile(dataset, name, sha256, file.source())), List.of(changes),
                Instant.now(clock), admin.username());
        ReferenceImportReport report = new ReferenceImportReport(after.version(), true, dataset, name, sha256,
                rowCount(file), changes);
        return report;
    }

    private ReferenceSnapshot snapshot(int version) {
        return snapshots.computeIfAbsent(version, versions::load);
    }

    /** The chart's printed names of the current data, and the shipped name list, each with its ISO code. */
    private static Map<String, String> codesByName(ReferenceSnapshot current) {
        Map<String, String> codes = new ConcurrentHashMap<>(ReferenceFile.readCountryCodes(
                new ByteArrayInputStream(ShippedReferenceDataMigration.bytes(ShippedReferenceDataMigration.COUNTRY_CODES))));
        current.chart().values().forEach(row -> codes.put(row.countryName(), row.countryCode()));
        current.groups().values().forEach(row -> codes.put(row.countryName(), row.countryCode()));
        return codes;
    }

    private static int rowCount(ReferenceFile file) {
        return file.chart().size() + file.groups().size() + file.eccns().size() + file.htsLists().size()
                + file.destinationLists().size();
    }

    private static byte[] read(InputStream content) {
        if (content == null) {
            throw InvalidRequestException.of("file", "is required: a CSV file of the dataset");
        }
        try (InputStream in = content) {
            byte[] bytes = in.readNBytes(LARGEST_FILE + 1);
            if (bytes.length > LARGEST_FILE) {
                // a reference data file is much smaller
                throw new PayloadTooLargeException("file", LARGEST_FILE);
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
