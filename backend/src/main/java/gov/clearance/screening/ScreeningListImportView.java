package gov.clearance.screening;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * One import of the screening list, and how far the screening of the open cases against it has come.
 *
 * @param entriesBySource how many entries each source list contributed
 * @param casesToRescreen the open cases to screen again, once the rescreening started
 * @param rescreenFinishedAt when every open case had been screened against it
 */
public record ScreeningListImportView(UUID id, String fileName, String format, String sha256, int entryCount,
        Map<String, Long> entriesBySource, Instant importedAt, String importedBy, Integer casesToRescreen,
        int casesRescreened, Instant rescreenFinishedAt) {

    private static final ObjectMapper JSON = new ObjectMapper();

    static ScreeningListImportView of(ResultSet row, int number) throws SQLException {
        Timestamp finished = row.getTimestamp("rescreen_finished_at");
        return new ScreeningListImportView(row.getObject("id", UUID.class), row.getString("file_name"),
                row.getString("format"), row.getString("sha256"), row.getInt("entry_count"),
                counts(row.getString("entries_by_source")), row.getTimestamp("imported_at").toInstant(),
                row.getString("imported_by"), (Integer) row.getObject("cases_to_rescreen"),
                row.getInt("cases_rescreened"), finished == null ? null : finished.toInstant());
    }

    private static Map<String, Long> counts(String json) {
        try {
            return JSON.readValue(json, new TypeReference<Map<String, Long>>() {
            });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
