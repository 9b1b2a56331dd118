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
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
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
    Page<ApplicationSummary> search(ApplicationSearch search) {
        StringBuilder where = new StringBuilder(" where status <> 'DRAFT'");
        MapSqlParameterSource parameters = new MapSqlParameterSource();
        if (search.status() != null) {
            where.append(" and status = :status");
            parameters.addValue("status", search.status().name());
        }
        if (search.eccn() != null && !search.eccn().isBlank()) {
            where.append(" and (eccns @> array[:eccn]::text[] or exists "
                    + "(select 1 from unnest(eccns) e where e like :eccnPrefix))");
            parameters.addValue("eccn", search.eccn().strip());
            parameters.addValue("eccnPrefix", likeEscape(search.eccn().strip()) + ".%");
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
            if (search.within().isEmpty()) {
                return Page.empty(PageRequest.of(search.page(), search.size()));
            }
            // one array parameter, however many cases an agency may see (a list would need one parameter each)
            where.append(" and id = any(cast(:within as uuid[]))");
            parameters.addValue("within", search.within().stream().map(UUID::toString).toArray(String[]::new));
        }
        long offset = (long) search.page() * search.size();
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
        // a page that is not full tells the total by itself; only a full one needs the matches counted
        Long total = !rows.isEmpty() && rows.size() < search.size() ? Long.valueOf(offset + rows.size())
                : jdbc.queryForObject("select count(*) from intake_application" + where, parameters, Long.class);
        return new PageImpl<>(rows, PageRequest.of(search.page(), search.size()), total == null ? 0 : total);
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
