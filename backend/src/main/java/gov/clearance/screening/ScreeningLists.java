package gov.clearance.screening;

import gov.clearance.identity.CurrentUser;
import gov.clearance.screening.matching.ListedParty;
import gov.clearance.screening.matching.ScreeningIndex;
import gov.clearance.shared.FieldViolation;
import gov.clearance.shared.InvalidRequestException;
import gov.clearance.shared.TextRules;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Consolidated Screening List as imported: each import replaces the list as a whole, and the current
 * one is held in memory as a {@link ScreeningIndex} for the matcher.
 */
@Service
public class ScreeningLists {

    private static final com.fasterxml.jackson.databind.ObjectMapper JSON =
            new com.fasterxml.jackson.databind.ObjectMapper();

    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final AtomicReference<CurrentList> current = new AtomicReference<>();

    /** The list in force: its import, its entries by key, and their index. */
    record CurrentList(UUID importId, Map<String, ListEntry> entries, ScreeningIndex index) {
    }

    ScreeningLists(JdbcTemplate jdbc, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Imports a whole list (CSV or JSON as trade.gov publishes it), streamed. Every entry is checked; a file
     * with a broken entry is refused whole, with the entries named. The new list replaces the old, and every
     * open case is screened against it again once the import is committed.
     */
    @Transactional
    public ScreeningListImportView importList(CurrentUser admin, ListFormat format, String fileName,
            InputStream content) {
        if (format == null) {
            throw InvalidRequestException.of("Content-Type", "must be text/csv or application/json: the list's "
                    + "published formats");
        }
        if (content == null) {
            throw InvalidRequestException.of("file", "is required: the list as CSV or JSON");
        }
        List<FieldViolation> names = new ArrayList<>();
        TextRules.requireFileName(names, "fileName", fileName, 300);
        if (!names.isEmpty()) {
            throw new InvalidRequestException("The screening list was refused; nothing was imported", names);
        }
        MessageDigest sha256 = sha256();
        ScreeningListFile.Read read;
        try {
            read = ScreeningListFile.read(format, new DigestInputStream(content, sha256));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!read.violations().isEmpty()) {
            throw new InvalidRequestException("The screening list was refused; nothing was imported ("
                    + read.violationCount() + " problems" + (read.violationCount() > read.violations().size()
                            ? ", the first " + read.violations().size() + " listed" : "") + ")",
                    read.violations());
        }
        UUID id = UUID.randomUUID();
        Map<String, Long> bySource = new TreeMap<>(read.entries().stream()
                .collect(Collectors.groupingBy(ListEntry::source, Collectors.counting())));
        String name = fileName == null || fileName.isBlank() ? "screening-list." + format.name().toLowerCase()
                : fileName.strip();
        jdbc.execute("lock table screening_list_import in exclusive mode");
        jdbc.update("insert into screening_list_import (id, file_name, format, sha256, entry_count, entries_by_source, "
                + "imported_at, imported_by) values (?, ?, ?, ?, ?, ?::jsonb, ?, ?)", id, name, format.name(),
                HexFormat.of().formatHex(sha256.digest()), read.entries().size(), json(bySource),
                Timestamp.from(Instant.now(clock)), admin.username());
        jdbc.batchUpdate("insert into screening_list_entry (import_id, entry_key, source, entity_number, type, name, "
                + "alt_names, addresses, countries, programs, license_requirement, license_policy, "
                + "federal_register_notice, source_list_url, remarks) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                read.entries(), 1000, (statement, entry) -> {
                    statement.setObject(1, id);
                    statement.setString(2, entry.key());
                    statement.setString(3, entry.source());
                    statement.setString(4, entry.entityNumber());
                    statement.setString(5, entry.type());
                    statement.setString(6, entry.name());
                    statement.setArray(7, statement.getConnection().createArrayOf("text", entry.altNames().toArray()));
                    statement.setArray(8, statement.getConnection().createArrayOf("text", entry.addresses().toArray()));
                    statement.setArray(9, statement.getConnection().createArrayOf("text", entry.countries().toArray()));
                    statement.setArray(10, statement.getConnection().createArrayOf("text", entry.programs().toArray()));
                    statement.setString(11, entry.licenseRequirement());
                    statement.setString(12, entry.licensePolicy());
                    statement.setString(13, entry.federalRegisterNotice());
                    statement.setString(14, entry.sourceListUrl());
                    statement.setString(15, entry.remarks());
                });
        jdbc.update("delete from screening_list_entry where import_id <> ?", id);
        current.set(new CurrentList(id, byKey(read.entries()), index(read.entries())));
        events.publishEvent(new ScreeningListImported(id));
        return importOf(id).orElseThrow();
    }

    @Transactional(readOnly = true)
    public List<ScreeningListImportView> imports() {
        return jdbc.query(IMPORT_VIEW + " order by imported_at desc", ScreeningListImportView::of);
    }

    @Transactional(readOnly = true)
    public Optional<ScreeningListImportView> importOf(UUID id) {
        return jdbc.query(IMPORT_VIEW + " where id = ?", ScreeningListImportView::of, id).stream().findFirst();
    }

    /** Whether any list has been imported. */
    @Transactional(readOnly = true)
    public boolean any() {
        return Boolean.TRUE.equals(jdbc.queryForObject("select exists (select 1 from screening_list_import)",
                Boolean.class));
    }

    /** The list in force, loaded and indexed on first use; empty before the first import. */
    Optional<CurrentList> current() {
        List<UUID> latest = jdbc.queryForList("select id from screening_list_import order by imported_at desc limit 1",
                UUID.class);
        if (latest.isEmpty()) {
            return Optional.empty();
        }
        CurrentList loaded = current.get();
        if (loaded != null && loaded.importId().equals(latest.get(0))) {
            return Optional.of(loaded);
        }
        synchronized (current) {
            loaded = current.get();
            if (loaded == null || !loaded.importId().equals(latest.get(0))) {
                List<ListEntry> entries = load(latest.get(0));
                loaded = new CurrentList(latest.get(0), byKey(entries), index(entries));
                current.set(loaded);
            }
            return Optional.of(loaded);
        }
    }

    private List<ListEntry> load(UUID importId) {
        return jdbc.query("select * from screening_list_entry where import_id = ?", (row, number) -> new ListEntry(
                row.getString("entry_key"), row.getString("source"), row.getString("entity_number"),
                row.getString("type"), row.getString("name"), texts(row.getArray("alt_names")),
                texts(row.getArray("addresses")), new LinkedHashSet<>(texts(row.getArray("countries"))),
                texts(row.getArray("programs")), row.getString("license_requirement"),
                row.getString("license_policy"), row.getString("federal_register_notice"),
                row.getString("source_list_url"), row.getString("remarks")), importId);
    }

    static ScreeningIndex index(List<ListEntry> entries) {
        List<ListedParty> parties = new ArrayList<>(entries.size());
        for (ListEntry entry : entries) {
            parties.add(new ListedParty(entry.key(), entry.source(), matchableName(entry.name()), entry.altNames(),
                    entry.countries()));
        }
        return ScreeningIndex.of(parties);
    }

    /**
     * The name without the boilerplate some lists append after a semicolon ("...; and any successor,
     * sub-unit, or subsidiary thereof").
     */
    static String matchableName(String name) {
        int semicolon = name.indexOf(';');
        return semicolon > 0 ? name.substring(0, semicolon).strip() : name;
    }

    private static Map<String, ListEntry> byKey(List<ListEntry> entries) {
        return entries.stream().collect(Collectors.toUnmodifiableMap(ListEntry::key, entry -> entry));
    }

    private static List<String> texts(java.sql.Array array) throws java.sql.SQLException {
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }

    private static String json(Map<String, Long> counts) {
        try {
            return JSON.writeValueAsString(counts);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final String IMPORT_VIEW = "select id, file_name, format, sha256, entry_count, "
            + "entries_by_source::text as entries_by_source, imported_at, imported_by, cases_to_rescreen, "
            + "cases_rescreened, rescreen_finished_at from screening_list_import";
}
