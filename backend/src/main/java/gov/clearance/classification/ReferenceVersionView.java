package gov.clearance.classification;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;

/**
 * One version of the reference data: how it came to be, from which files, and what it changed.
 *
 * @param files each file loaded: its dataset, name, SHA-256 and its source lines
 * @param changes per dataset, the keys added and removed and the fields changed
 */
public record ReferenceVersionView(int version, String summary, JsonNode files, JsonNode changes, Instant loadedAt,
        String loadedBy) {

    private static final ObjectMapper JSON = new ObjectMapper();

    static JsonNode files(String json) {
        return parse(json);
    }

    static JsonNode changes(String json) {
        return parse(json);
    }

    private static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
