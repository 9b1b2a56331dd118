package gov.clearance.fuzzing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.awaitility.Awaitility;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Everything the application has stored: for each of its own tables the number of rows and a fingerprint
 * of their content (so that a changed row shows as well as an added one), and the files of the document
 * store. Two states are equal when nothing was stored, changed or removed between them.
 */
record StoredState(Map<String, String> tables, List<String> documents) {

    /** What changed from the earlier state, in words; empty when nothing did. */
    String changesSince(StoredState earlier) {
        StringBuilder changes = new StringBuilder();
        for (String table : new TreeSet<>(tables.keySet())) {
            if (!Objects.equals(tables.get(table), earlier.tables.get(table))) {
                changes.append(table).append(": ").append(earlier.tables.get(table)).append(" -> ")
                        .append(tables.get(table)).append("; ");
            }
        }
        if (!documents.equals(earlier.documents)) {
            changes.append("document store: ").append(earlier.documents).append(" -> ").append(documents);
        }
        return changes.toString();
    }

    /** Reads the state of one application: its database and its document directory. */
    static final class Reader {

        private static final Duration QUIET_WITHIN = Duration.ofSeconds(30);

        private final JdbcTemplate jdbc;
        private final Path documents;
        private String query;

        Reader(JdbcTemplate jdbc, Path documents) {
            this.jdbc = jdbc;
            this.documents = documents;
        }

        StoredState now() {
            if (query == null) {
                // the application's own tables; Camunda's (act_*) hold the engine's bookkeeping, and Flyway's its own
                List<String> tables = jdbc.queryForList("select table_name from information_schema.tables "
                        + "where table_schema = 'public' and table_type = 'BASE TABLE' and table_name not like 'act\\_%' "
                        + "and table_name not like 'flyway%' order by table_name", String.class);
                query = tables.stream().map(table -> "select '" + table + "' as name, count(*) || ':' || "
                        + "coalesce(sum(hashtext(t::text)::bigint), 0) as fingerprint from " + table + " t")
                        .collect(Collectors.joining(" union all "));
            }
            Map<String, String> tables = new TreeMap<>();
            jdbc.query(query, row -> {
                tables.put(row.getString("name"), row.getString("fingerprint"));
            });
            try (Stream<Path> files = Files.list(documents)) {
                return new StoredState(tables, files.map(file -> file.getFileName().toString()).sorted().toList());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /**
         * The state once it holds still: nothing is busy and two readings a moment apart agree, so that
         * what earlier requests set off in the background (events, jobs, rescreening) is not taken for the
         * next request's doing.
         */
        StoredState quiet() {
            AtomicReference<StoredState> last = new AtomicReference<>(now());
            return Awaitility.await("the stored state to hold still").atMost(QUIET_WITHIN)
                    .pollDelay(Duration.ofMillis(100)).pollInterval(Duration.ofMillis(100))
                    .until(() -> {
                        // asked before the reading: background work ends with its busy mark cleared last, so a
                        // reading taken once nothing is busy cannot hold work that is about to finish
                        if (busy()) {
                            return null;
                        }
                        StoredState next = now();
                        return next.equals(last.getAndSet(next)) ? next : null;
                    }, Objects::nonNull);
        }

        /**
         * Whether an engine job is due, or a screening list import's rescreening runs: cases are still pending
         * for it, or its last batch is screened but the import not yet marked finished.
         */
        boolean busy() {
            Long due = jdbc.queryForObject("select (select count(*) from act_ru_job where retries_ > 0 "
                    + "and (duedate_ is null or duedate_ <= now())) + (select count(*) from screening_list_import "
                    + "where rescreen_finished_at is null) + (select count(*) from screening_rescreen_pending)",
                    Long.class);
            return due != null && due > 0;
        }

    }
}
