package gov.clearance.screening;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import gov.clearance.shared.FieldViolation;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A Consolidated Screening List file as trade.gov publishes it, read entry by entry: the CSV (one row an
 * entry, lists joined with {@code "; "}, an address's parts joined with {@code ", "} ending in the country
 * code) or the JSON ({@code {"results": [...]}} with addresses as objects). Every entry needs a source and
 * a name; a file with entries that break that is refused whole, each entry named.
 */
final class ScreeningListFile {

    /** Violations reported at most; a file with more is broken throughout and the first ones tell why. */
    static final int REPORTED_VIOLATIONS = 100;

    private static final String LIST_SEPARATOR = "; ";
    private static final Pattern COUNTRY_CODE = Pattern.compile("[A-Z]{2}");
    private static final ObjectMapper JSON = new ObjectMapper();


    record Read(List<ListEntry> entries, List<FieldViolation> violations, long violationCount) {
    }

    private final List<ListEntry> entries = new ArrayList<>();
    private final List<FieldViolation> violations = new ArrayList<>();
    private final Set<String> keys = new HashSet<>();
    private long violationCount;

    private ScreeningListFile() {
    }

    static Read read(ListFormat format, InputStream content) throws IOException {
        ScreeningListFile file = new ScreeningListFile();
        try (InputStream in = content) {
            if (format == ListFormat.CSV) {
                file.readCsv(in);
            } else {
                file.readJson(in);
            }
        } catch (IllegalStateException | IllegalArgumentException | com.fasterxml.jackson.core.JsonProcessingException
                | java.io.UncheckedIOException e) {
            file.fail("file", "is not a readable " + format + " screening list: " + e.getMessage());
        }
        if (file.entries.isEmpty() && file.violations.isEmpty()) {
            file.fail("file", "holds no entries");
        }
        return new Read(List.copyOf(file.entries), List.copyOf(file.violations), file.violationCount);
    }

    private void readCsv(InputStream in) throws IOException {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
                CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format).get()) {
            List<String> header = parser.getHeaderNames();
            if (!header.contains("source") || !header.contains("name")) {
                fail("header", "is not the Consolidated Screening List's: it lacks source or name (it has "
                        + header + ")");
                return;
            }
            for (CSVRecord record : parser) {
                String at = "line " + parser.getCurrentLineNumber();
                Function<String, String> field = column -> record.isMapped(column) && record.isSet(column)
                        ? blankToNull(record.get(column)) : null;
                List<String> addresses = split(field.apply("addresses"));
                Set<String> countries = new LinkedHashSet<>();
                addresses.forEach(address -> {
                    int comma = address.lastIndexOf(", ");
                    String last = comma < 0 ? address.strip() : address.substring(comma + 2).strip();
                    if (COUNTRY_CODE.matcher(last).matches()) {
                        countries.add(last);
                    }
                });
                codes(split(field.apply("citizenships")), countries);
                codes(split(field.apply("nationalities")), countries);
                add(at, field.apply("_id"), field.apply("source"), field.apply("entity_number"), field.apply("type"),
                        field.apply("name"), split(field.apply("alt_names")), addresses, countries,
                        split(field.apply("programs")), field.apply("license_requirement"),
                        field.apply("license_policy"), field.apply("federal_register_notice"),
                        field.apply("source_list_url"), field.apply("remarks"));
            }
        }
    }

    private void readJson(InputStream in) throws IOException {
        try (JsonParser parser = new JsonFactory(JSON).createParser(in)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                fail("file", "is not a JSON object with a results array");
                return;
            }
            boolean found = false;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                parser.nextToken();
                if (!"results".equals(name)) {
                    parser.skipChildren();
                    continue;
                }
                found = true;
                if (parser.currentToken() != JsonToken.START_ARRAY) {
                    fail("results", "must be an array of entries");
                    return;
                }
                int index = 0;
                while (parser.nextToken() == JsonToken.START_OBJECT) {
                    JsonNode entry = parser.readValueAsTree();
                    readJsonEntry("results[" + index++ + "]", entry);
                }
            }
            if (!found) {
                fail("results", "is missing: the file holds no results array");
            }
        }
    }

    private void readJsonEntry(String at, JsonNode entry) {
        List<String> addresses = new ArrayList<>();
        Set<String> countries = new LinkedHashSet<>();
        for (JsonNode address : entry.path("addresses")) {
            List<String> parts = new ArrayList<>();
            for (String part : List.of("address", "city", "state", "postal_code", "country")) {
                String value = text(address, part);
                if (value != null) {
                    parts.add(value);
                }
            }
            addresses.add(String.join(", ", parts));
            String country = text(address, "country");
            if (country != null && COUNTRY_CODE.matcher(country).matches()) {
                countries.add(country);
            }
        }
        codes(texts(entry.path("citizenships")), countries);
        codes(texts(entry.path("nationalities")), countries);
        add(at, text(entry, "id"), text(entry, "source"), text(entry, "entity_number"), text(entry, "type"),
                text(entry, "name"), texts(entry.path("alt_names")), addresses, countries,
                texts(entry.path("programs")), text(entry, "license_requirement"), text(entry, "license_policy"),
                text(entry, "federal_register_notice"), text(entry, "source_list_url"), text(entry, "remarks"));
    }

    private void add(String at, String id, String source, String entityNumber, String type, String name,
            List<String> altNames, List<String> addresses, Set<String> countries, List<String> programs,
            String licenseRequirement, String licensePolicy, String federalRegisterNotice, String sourceListUrl,
            String remarks) {
        boolean valid = true;
        if (source == null) {
            fail(at + ": source", "is required: the list the entry comes from");
            valid = false;
        }
        if (name == null) {
            fail(at + ": name", "is required: the listed party's name");
            valid = false;
        }
        if (!valid) {
            return;
        }
        String key = id != null ? id : entityNumber != null ? source + "#" + entityNumber : derivedKey(source, name,
                addresses);
        if (!keys.add(key)) {
            fail(at + ": " + (id != null ? "id" : "name"), "repeats the entry " + key + " of an earlier row");
            return;
        }
        entries.add(new ListEntry(key, source, entityNumber, type, name, altNames, addresses, countries, programs,
                licenseRequirement, licensePolicy, federalRegisterNotice, sourceListUrl, remarks));
    }

    private void fail(String field, String reason) {
        violationCount++;
        if (violations.size() < REPORTED_VIOLATIONS) {
            violations.add(new FieldViolation(field, reason));
        }
    }

    private static String derivedKey(String source, String name, List<String> addresses) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest((source + "\n" + name + "\n"
                    + String.join("\n", addresses)).getBytes(StandardCharsets.UTF_8));
            return "derived:" + java.util.HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void codes(List<String> values, Set<String> countries) {
        values.stream().map(String::strip).filter(value -> COUNTRY_CODE.matcher(value).matches())
                .forEach(countries::add);
    }

    /** A list field, which the CSV and some JSON files join with "; ". */
    private static List<String> split(String joined) {
        return joined == null ? List.of() : Arrays.stream(joined.split(LIST_SEPARATOR)).map(String::strip)
                .filter(part -> !part.isEmpty()).toList();
    }

    private static List<String> texts(JsonNode array) {
        List<String> values = new ArrayList<>();
        if (array.isTextual()) {
            values.addAll(split(blankToNull(array.asText())));
        }
        for (JsonNode value : array) {
            if (value.isTextual()) {
                values.addAll(split(blankToNull(value.asText())));
            }
        }
        return values;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isValueNode() && !value.isNull() ? blankToNull(value.asText()) : null;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
