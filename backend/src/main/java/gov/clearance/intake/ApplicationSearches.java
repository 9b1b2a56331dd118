package gov.clearance.intake;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import gov.clearance.shared.InvalidRequestException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Staff searches over registered applications, answered by the database's indexes. */
@Component
class ApplicationSearches {

    private final NamedParameterJdbcTemplate jdbc;

    ApplicationSearches(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    ApplicationSearchResults search(ApplicationSearch search) {
        return search(search, NEWEST_WINDOW, BUDGET_MS);
    }

    /**
     * The search, reading the given number of newest cases first, then giving PostgreSQL's plan the budget (none
     * when 0: the indexes' way at once). Tests choose small ones to take each way.
     */
    @Transactional(readOnly = true)
    ApplicationSearchResults search(ApplicationSearch search, int newestWindow, int budgetMs) {
        int countedAtMost = ApplicationSearchResults.PageInfo.COUNTED_AT_MOST;
        long offset = (long) search.page() * search.size();
        if (offset + search.size() > countedAtMost) {
            throw InvalidRequestException.of("page", "goes past the first " + countedAtMost
                    + " matches, which are as many as are paged; narrow the search to find the others");
        }
        StringBuilder where = new StringBuilder(" where status <> 'DRAFT'");
        MapSqlParameterSource parameters = new MapSqlParameterSource();
        if (search.status() != null) {
            where.append(" and status = :status");
            parameters.addValue("status", search.status().name());
        }
        // an ECCN (itself or one of its paragraphs: "3A001" finds "3A001.a.1") and a party's country are keys of
        // the case's search keys (V49), looked up together in one index however rare the combination
        List<String> keys = new ArrayList<>();
        if (search.eccn() != null && !search.eccn().isBlank()) {
            keys.add(eccnKey(search.eccn()));
        }
        if (search.country() != null && !search.country().isBlank()) {
            keys.add("country:" + search.country().strip().toLowerCase(Locale.ROOT));
        }
        if (!keys.isEmpty()) {
            where.append(" and search_keys @> cast(:keys as text[])");
            parameters.addValue("keys", keys.toArray(String[]::new));
        }
        if (search.text() != null && !search.text().isBlank()) {
            where.append(" and search_text like :text");
            parameters.addValue("text", "%" + likeEscape(search.text().strip().toLowerCase(Locale.ROOT)) + "%");
        }
        if (search.within() != null) {
            // a semi-join on what the owning modules record: no list of ids, however many cases an agency sees
            where.append(" and ").append(search.within().on("intake_application.id"));
            search.within().parameters().forEach(parameters::addValue);
        }
        long needed = offset + search.size();
        // one more than the page needs: whether more matches follow is then known without counting them
        parameters.addValue("needed", needed + 1);
        parameters.addValue("window", newestWindow);
        // First the newest cases only, read in date order from the index: where matches are common among them,
        // the page is there. Otherwise PostgreSQL's own plan in date order, within a time budget: it is quick
        // when matches are common overall (a status, a common word), but it would read every case when a
        // combination is rare or matches nothing (PostgreSQL estimates each criterion alone and cannot know
        // that, say, an ECCN never goes to a country). Past the budget, the last query finds every match by
        // the criteria's own indexes, counts them and sorts only those.
        Window window = jdbc.query("""
                with newest as (
                    select id, control_number, status, outcome, organization, form, destination_country, eccns,
                           registered_at, search_keys, search_text
                    from intake_application where status <> 'DRAFT'
                    order by registered_at desc, id limit :window)
                select *, count(*) over () as matched, (select count(*) from newest) as scanned_all
                from newest intake_application"""
                + where + " order by registered_at desc, id limit :needed", parameters, rs -> {
                    List<ApplicationSummary> found = new ArrayList<>();
                    long matched = 0;
                    long scanned = 0;
                    while (rs.next()) {
                        found.add(summary(rs));
                        matched = rs.getLong("matched");
                        scanned = rs.getLong("scanned_all");
                    }
                    return new Window(found, matched, scanned);
                });
        if (window.found().isEmpty()) {
            // nothing matched among the newest: were they every registered case, or only the newest of more?
            Long registered = jdbc.queryForObject("select count(*) from (select 1 from intake_application"
                    + " where status <> 'DRAFT' order by registered_at desc, id limit :window) newest", parameters,
                    Long.class);
            window = new Window(List.of(), 0, registered == null ? 0 : registered);
        }
        String columns = "select id, control_number, status, outcome, organization, form, destination_country, eccns,"
                + " registered_at";
        List<ApplicationSummary> found;
        long total;
        boolean atLeast = false;
        if (window.scanned() < newestWindow) {
            found = window.found(); // every registered case was in the window
            total = window.matched();
        } else {
            found = window.found().size() >= needed ? window.found()
                    : budgetMs <= 0 ? null : withinBudget(budgetMs, () -> jdbc.query(columns + " from intake_application" + where
                            + " order by registered_at desc, id limit :needed", parameters,
                            (rs, row) -> summary(rs))).orElse(null);
            if (found == null) {
                List<Long> matched = new ArrayList<>();
                found = jdbc.query(columns + ", count(*) over () as matched from intake_application" + where
                        + " order by registered_at desc, id limit :needed", parameters, (rs, row) -> {
                            matched.add(rs.getLong("matched"));
                            return summary(rs);
                        });
                total = matched.isEmpty() ? 0 : matched.get(0);
            } else if (found.size() < needed || found != window.found() && found.size() == needed) {
                total = found.size(); // PostgreSQL's walk in date order reached the last match
            } else {
                // common matches: counted in date order up to one past the most that are counted, within the
                // budget; past it, what is known: more than the page, or at least as many as it
                parameters.addValue("countedPastMost", countedAtMost + 1);
                Optional<Long> counted = withinBudget(Math.max(budgetMs, BUDGET_MS), () -> jdbc.queryForObject("select count(*) from (select 1 from"
                        + " intake_application" + where + " order by registered_at desc, id limit :countedPastMost)"
                        + " matches", parameters, Long.class));
                if (counted.isPresent()) {
                    total = counted.get();
                } else {
                    total = found.size() > needed ? needed : needed - 1;
                    atLeast = true;
                }
            }
        }
        List<ApplicationSummary> rows = page(found.subList(0, (int) Math.min(found.size(), needed)), offset);
        if (total > countedAtMost) {
            total = countedAtMost + 1L;
        }
        atLeast = atLeast || total > countedAtMost;
        long shown = Math.min(total, countedAtMost);
        return new ApplicationSearchResults(rows, new ApplicationSearchResults.PageInfo(search.size(), search.page(),
                shown, (shown + search.size() - 1) / search.size(), atLeast));
    }

    /** How long PostgreSQL's own plan may take before the search takes the indexes' way instead. */
    static final int BUDGET_MS = 100;

    /**
     * The query's answer, or nothing when it took longer than the budget: run in a savepoint with a
     * statement timeout, so that a cancelled query leaves the transaction usable and the timeout as it was.
     */
    <T> Optional<T> withinBudget(int budgetMs, java.util.function.Supplier<T> query) {
        org.springframework.jdbc.core.JdbcOperations sql = jdbc.getJdbcOperations();
        String before = sql.queryForObject("select current_setting('statement_timeout')", String.class);
        sql.execute("savepoint search_budget");
        sql.queryForObject("select set_config('statement_timeout', '" + budgetMs + "ms', true)", String.class);
        try {
            T answer = query.get();
            sql.queryForObject("select set_config('statement_timeout', ?, true)", String.class, before);
            sql.execute("release savepoint search_budget");
            return Optional.ofNullable(answer);
        } catch (org.springframework.dao.DataAccessException e) {
            if (!(e.getMostSpecificCause() instanceof SQLException cause) || !"57014".equals(cause.getSQLState())) {
                throw e;
            }
            // the rollback to the savepoint also restores the statement timeout
            sql.execute("rollback to savepoint search_budget");
            sql.execute("release savepoint search_budget");
            return Optional.empty();
        }
    }

    /** How many of the newest registered cases the first query reads before it leaves a search to the indexes. */
    static final int NEWEST_WINDOW = 1000;

    /** What the newest cases held: the matches (as many as the page needs), all matches among them, and how many were read. */
    private record Window(List<ApplicationSummary> found, long matched, long scanned) {
    }

    private static List<ApplicationSummary> page(List<ApplicationSummary> matches, long offset) {
        return offset >= matches.size() ? List.of() : matches.subList((int) offset, matches.size());
    }

    private static ApplicationSummary summary(java.sql.ResultSet rs) throws SQLException {
        com.fasterxml.jackson.databind.JsonNode form = null;
        BigDecimal totalValue = null;
        String applicant = null;
        try {
            form = FORM_READER.readTree(rs.getString("form"));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new SQLException("an application's form is not JSON", e);
        }
        if (form != null) {
            applicant = form.path("applicant").path("name").isTextual() ? form.path("applicant").path("name").asText()
                    : null;
            String value = form.path("totalValue").asText(null);
            try {
                totalValue = value == null || value.isBlank() ? null : new BigDecimal(value.strip());
            } catch (NumberFormatException e) {
                totalValue = null;
            }
        }
        return new ApplicationSummary(rs.getObject("id", UUID.class), rs.getString("control_number"),
                ApplicationStatus.valueOf(rs.getString("status")),
                rs.getString("outcome") == null ? null : Outcome.valueOf(rs.getString("outcome")),
                rs.getString("organization"), applicant, trim(rs.getString("destination_country")),
                strings(rs.getArray("eccns")), totalValue, toInstant(rs.getTimestamp("registered_at")));
    }

    private static final com.fasterxml.jackson.databind.ObjectMapper FORM_READER =
            new com.fasterxml.jackson.databind.ObjectMapper();

    /** An ECCN or paragraph as the case's keys hold it: lower-case, with no dot at either end. */
    private static String eccnKey(String eccn) {
        String key = eccn.strip().toLowerCase(Locale.ROOT);
        while (key.endsWith(".")) {
            key = key.substring(0, key.length() - 1);
        }
        return key;
    }

    private static String likeEscape(String value) {
        return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : new ArrayList<>(Arrays.asList((String[]) array.getArray()));
    }

    private static String trim(String value) {
        return value == null ? null : value.trim();
    }

    private static java.time.Instant toInstant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
