package gov.clearance.intake;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
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
        if (search.eccn() != null && !search.eccn().isBlank()) {
            // the ECCN itself, or one of its paragraphs ("3A001" finds "3A001.a.1"): one key of the case's ECCN
            // keys (V49), whose frequency the planner knows
            where.append(" and eccn_keys @> array[:eccn]::text[]");
            parameters.addValue("eccn", eccnKey(search.eccn()));
        }
        if (search.country() != null && !search.country().isBlank()) {
            where.append(" and countries @> array[:country]::text[]");
            parameters.addValue("country", search.country().strip().toUpperCase(Locale.ROOT));
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
        parameters.addValue("limit", search.size());
        parameters.addValue("offset", offset);
        List<ApplicationSummary> rows = jdbc.query("""
                select id, control_number, status, outcome, organization, form -> 'applicant' ->> 'name' as applicant,
                       destination_country, eccns, (form ->> 'totalValue')::numeric as total_value, registered_at
                from intake_application""" + where + " order by registered_at desc, id limit :limit offset :offset",
                parameters, (rs, row) -> new ApplicationSummary(rs.getObject("id", UUID.class),
                        rs.getString("control_number"), ApplicationStatus.valueOf(rs.getString("status")),
                        rs.getString("outcome") == null ? null : Outcome.valueOf(rs.getString("outcome")),
                        rs.getString("organization"), rs.getString("applicant"),
                        trim(rs.getString("destination_country")), strings(rs.getArray("eccns")),
                        rs.getObject("total_value", BigDecimal.class),
                        toInstant(rs.getTimestamp("registered_at"))));
        // a page that is not full tells the total by itself; only a full one needs the matches counted, and
        // only up to one past the most that are counted
        long total;
        if (!rows.isEmpty() && rows.size() < search.size()) {
            total = offset + rows.size();
        } else {
            parameters.addValue("countedPastMost", countedAtMost + 1);
            Long counted = jdbc.queryForObject("select count(*) from (select 1 from intake_application" + where
                    + " limit :countedPastMost) matches", parameters, Long.class);
            total = counted == null ? 0 : counted;
        }
        boolean atLeast = total > countedAtMost;
        long shown = Math.min(total, countedAtMost);
        return new ApplicationSearchResults(rows, new ApplicationSearchResults.PageInfo(search.size(), search.page(),
                shown, (shown + search.size() - 1) / search.size(), atLeast));
    }

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
