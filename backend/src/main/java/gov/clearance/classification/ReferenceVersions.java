package gov.clearance.classification;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Reads and writes versions of the reference data. Shared by the migration that loads the shipped files
 * and by the ADMIN import, so both store a version the same way.
 */
final class ReferenceVersions {

    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();
    private static final TypeReference<List<EccnEntry.Control>> CONTROLS = new TypeReference<>() {
    };

    /** A file a version was loaded from. */
    record LoadedFile(ReferenceDataset dataset, String fileName, String sha256, String source) {
    }

    private final JdbcTemplate jdbc;

    ReferenceVersions(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Integer latestVersion() {
        return jdbc.queryForObject("select max(version) from classification_reference_version", Integer.class);
    }

    void insert(ReferenceSnapshot snapshot, String summary, List<LoadedFile> files, List<ReferenceChanges> changes,
            Instant loadedAt, String loadedBy) {
        int version = snapshot.version();
        jdbc.update("insert into classification_reference_version (version, summary, files, changes, loaded_at, "
                + "loaded_by) values (?, ?, ?::jsonb, ?::jsonb, ?, ?)", version, summary, json(files), json(changes),
                Timestamp.from(loadedAt), loadedBy);
        List<ChartRow> chart = new ArrayList<>(snapshot.chart().values());
        jdbc.batchUpdate("insert into classification_chart_row (version, country_name, country_code, marks, notes, "
                + "row_type, referral_text) values (?, ?, ?, ?, ?, ?, ?)", chart, 500, (statement, row) -> {
                    statement.setInt(1, version);
                    statement.setString(2, row.countryName());
                    statement.setString(3, row.countryCode());
                    statement.setArray(4, texts(statement, row.marks()));
                    statement.setArray(5, texts(statement, row.notes()));
                    statement.setString(6, row.isReferral() ? "referral" : "chart");
                    statement.setString(7, row.referral());
                });
        List<GroupRow> groups = new ArrayList<>(snapshot.groups().values());
        jdbc.batchUpdate("insert into classification_group_row (version, country_name, country_code, groups, notes) "
                + "values (?, ?, ?, ?, ?)", groups, 500, (statement, row) -> {
                    statement.setInt(1, version);
                    statement.setString(2, row.countryName());
                    statement.setString(3, row.countryCode());
                    statement.setArray(4, texts(statement, row.groups()));
                    statement.setString(5, row.notes());
                });
        List<EccnEntry> eccns = new ArrayList<>(snapshot.eccns().values());
        jdbc.batchUpdate("insert into classification_eccn (version, eccn, heading, reasons_for_control, chart_columns, "
                + "controls, source, as_of) values (?, ?, ?, ?, ?, ?::jsonb, ?, ?)", eccns, 500, (statement, entry) -> {
                    statement.setInt(1, version);
                    statement.setString(2, entry.eccn());
                    statement.setString(3, entry.heading());
                    statement.setArray(4, texts(statement, entry.reasonsForControl()));
                    statement.setArray(5, texts(statement, entry.chartColumns()));
                    statement.setString(6, json(entry.controls()));
                    statement.setString(7, entry.source());
                    statement.setObject(8, entry.asOf());
                });
        insertDestinationLists(version, snapshot.destinationLists().values());
        List<HtsListEntry> hts = new ArrayList<>(snapshot.htsLists().values());
        if (hts.isEmpty()) {
            // version 1 was loaded (migration 15) before the table of HTS lists existed (migration 19)
            return;
        }
        jdbc.batchUpdate("insert into classification_hts_entry (version, supplement, hts_code, description, "
                + "destinations, section, review_policy, source) values (?, ?, ?, ?, ?, ?, ?, ?)", hts, 500,
                (statement, entry) -> {
                    statement.setInt(1, version);
                    statement.setString(2, entry.supplement());
                    statement.setString(3, entry.htsCode());
                    statement.setString(4, entry.description());
                    statement.setArray(5, texts(statement, entry.destinations()));
                    statement.setString(6, entry.section());
                    statement.setString(7, entry.reviewPolicy());
                    statement.setString(8, entry.source());
                });
    }

    /** Stores the destination lists of a version (also used by migration 35 for the versions made before it). */
    void insertDestinationLists(int version, java.util.Collection<DestinationListEntry> entries) {
        if (entries.isEmpty()) {
            // versions loaded before the table of destination lists existed (migration 35) get theirs from it
            return;
        }
        jdbc.batchUpdate("insert into classification_destination_list_entry (version, list, destination, listed_as, "
                + "citation, text_as_of) values (?, ?, ?, ?, ?, ?)", new ArrayList<>(entries), 500,
                (statement, entry) -> {
                    statement.setInt(1, version);
                    statement.setString(2, entry.list().name());
                    statement.setString(3, entry.destination());
                    statement.setString(4, entry.listedAs());
                    statement.setString(5, entry.citation());
                    statement.setString(6, entry.textAsOf());
                });
    }

    ReferenceSnapshot load(int version) {
        List<ChartRow> chart = jdbc.query("select * from classification_chart_row where version = ?",
                (row, number) -> new ChartRow(row.getString("country_name"), row.getString("country_code"),
                        new LinkedHashSet<>(texts(row, "marks")), texts(row, "notes"), row.getString("referral_text")),
                version);
        List<GroupRow> groups = jdbc.query("select * from classification_group_row where version = ?",
                (row, number) -> new GroupRow(row.getString("country_name"), row.getString("country_code"),
                        new LinkedHashSet<>(texts(row, "groups")), row.getString("notes")), version);
        List<EccnEntry> eccns = jdbc.query("select * from classification_eccn where version = ?",
                (row, number) -> new EccnEntry(row.getString("eccn"), row.getString("heading"),
                        new LinkedHashSet<>(texts(row, "reasons_for_control")),
                        new LinkedHashSet<>(texts(row, "chart_columns")), controls(row.getString("controls")),
                        row.getString("source"), row.getObject("as_of", java.time.LocalDate.class)), version);
        List<HtsListEntry> hts = jdbc.query("select * from classification_hts_entry where version = ?",
                (row, number) -> new HtsListEntry(row.getString("supplement"), row.getString("hts_code"),
                        row.getString("description"), new LinkedHashSet<>(texts(row, "destinations")),
                        row.getString("section"), row.getString("review_policy"), row.getString("source")), version);
        // migration 20 reads version 1 before the table of destination lists exists (migration 35)
        boolean listsExist = jdbc.queryForObject("select to_regclass('classification_destination_list_entry') "
                + "is not null", Boolean.class);
        List<DestinationListEntry> lists = !listsExist ? List.of() : jdbc.query("select * from "
                + "classification_destination_list_entry "
                + "where version = ?", (row, number) -> new DestinationListEntry(
                        DestinationList.valueOf(row.getString("list")), row.getString("destination"),
                        row.getString("listed_as"), row.getString("citation"), row.getString("text_as_of")), version);
        return new ReferenceSnapshot(version, ReferenceSnapshot.byKey(chart, ChartRow::countryCode),
                ReferenceSnapshot.byKey(groups, GroupRow::countryCode), ReferenceSnapshot.byKey(eccns, EccnEntry::eccn),
                ReferenceSnapshot.byKey(hts, HtsListEntry::key),
                ReferenceSnapshot.byKey(lists, DestinationListEntry::key));
    }

    private static Array texts(PreparedStatement statement, java.util.Collection<String> values) throws SQLException {
        return statement.getConnection().createArrayOf("text", values.toArray());
    }

    private static List<String> texts(ResultSet row, String column) throws SQLException {
        Array array = row.getArray(column);
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<EccnEntry.Control> controls(String json) {
        try {
            return JSON.readValue(json, CONTROLS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable controls in the reference data: " + json, e);
        }
    }

}
