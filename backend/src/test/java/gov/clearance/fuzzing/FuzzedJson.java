package gov.clearance.fuzzing;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.RawValue;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Request bodies made from the fuzzer's data: a valid body for the endpoint (the template) changed field by
 * field into well-formed but wrong JSON (fields dropped, nulled, retyped, overlong, unknown ones added),
 * cut short, raw bytes, or grown past the size limit. With no data left every choice is the first one, so
 * an input of a single byte is the template itself, unchanged.
 */
final class FuzzedJson {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String[] CONTENT_TYPES = {"application/json", "application/json; charset=UTF-8",
        "application/json; charset=ISO-8859-1", "text/plain", "application/xml", "application/x-www-form-urlencoded",
        "application/problem+json", "text/csv", "multipart/form-data; boundary=x", "*/*", "application/json; charset=bogus"};
    private static final String[] TRICKY_TEXTS = {"", " ", "\u0000", "a\u0000b", "\uFEFF", "\t\n", "null",
        "2026-02-30", "0000-01-01", "+999999999-12-31", "9999-12-31", "1e999999", "-0", "NaN", "\uD800",
        "00000000-0000-0000-0000-000000000000", "'; drop table intake_application; --", "${jndi:x}", "<b>x</b>",
        "../../etc/passwd", "APPROVE", "DENY", "REFER", "EAR99", "3A001.a.1", "DE", "US", "KP", "XX", "\u202Eabc"};

    /** What to send: the body, its content type, whether in chunks, and the limit it was grown past (or 0). */
    record Body(byte[] bytes, String contentType, boolean chunked, long overLimit) {

        String describe() {
            String text = new String(bytes, 0, Math.min(bytes.length, 300), StandardCharsets.UTF_8);
            return (chunked ? "chunked " : "") + contentType + " body of " + bytes.length + " bytes: " + text;
        }
    }

    private FuzzedJson() {
    }

    static Body body(FuzzedDataProvider data, JsonNode template, long limit) {
        int mode = data.consumeInt(0, 7);
        boolean chunked = data.consumeBoolean();
        String contentType = data.consumeInt(0, 15) < CONTENT_TYPES.length ? CONTENT_TYPES[0]
                : CONTENT_TYPES[data.consumeInt(0, CONTENT_TYPES.length - 1)];
        if (mode == 7) {
            return new Body(grown(data, template, limit), CONTENT_TYPES[0], chunked, limit);
        }
        byte[] bytes = switch (mode) {
            case 0 -> text(template);
            case 5 -> data.consumeRemainingAsBytes();
            case 6 -> {
                byte[] whole = text(mutated(data, template.deepCopy(), 0));
                yield java.util.Arrays.copyOf(whole, data.consumeInt(0, whole.length));
            }
            default -> text(mutated(data, template.deepCopy(), 0));
        };
        return new Body(bytes, contentType, chunked, 0);
    }

    /** The template with one text grown until the body is larger than the limit. */
    private static byte[] grown(FuzzedDataProvider data, JsonNode template, long limit) {
        ObjectNode body = template.isObject() ? (ObjectNode) template.deepCopy() : NODES.objectNode();
        String filler = data.consumeString(16);
        String unit = filler.isEmpty() ? "x" : filler;
        StringBuilder text = new StringBuilder();
        while (text.length() <= limit) {
            text.append(unit);
        }
        List<String> fields = new ArrayList<>();
        body.fieldNames().forEachRemaining(fields::add);
        String field = fields.isEmpty() ? "text" : fields.get(data.consumeInt(0, fields.size() - 1));
        body.put(field, text.toString());
        return text(body);
    }

    /** The node changed where the data says: fields dropped, nulled, retyped or added, arrays emptied or grown. */
    static JsonNode mutated(FuzzedDataProvider data, JsonNode node, int depth) {
        if (node instanceof ObjectNode object) {
            List<String> fields = new ArrayList<>();
            object.fieldNames().forEachRemaining(fields::add);
            for (String field : fields) {
                switch (data.consumeInt(0, 7)) {
                    case 1 -> object.remove(field);
                    case 2 -> object.set(field, value(data, depth));
                    case 3 -> object.set(field, mutated(data, object.get(field), depth + 1));
                    case 4 -> object.putNull(field);
                    default -> { }
                }
            }
            if (data.consumeInt(0, 7) == 7) {
                object.set(data.consumeString(24), value(data, depth));
            }
            return object;
        }
        if (node instanceof ArrayNode array) {
            switch (data.consumeInt(0, 5)) {
                case 1 -> array.removeAll();
                case 2 -> array.add(value(data, depth));
                case 3 -> array.addNull();
                case 4 -> {
                    if (!array.isEmpty()) {
                        int times = data.consumeInt(1, 64);
                        JsonNode first = array.get(0);
                        for (int i = 0; i < times; i++) {
                            array.add(first.deepCopy());
                        }
                    }
                }
                case 5 -> {
                    for (int i = 0; i < array.size(); i++) {
                        array.set(i, mutated(data, array.get(i), depth + 1));
                    }
                }
                default -> { }
            }
            return array;
        }
        return data.consumeBoolean() ? value(data, depth) : node;
    }

    private static JsonNode value(FuzzedDataProvider data, int depth) {
        return switch (data.consumeInt(0, 12)) {
            case 0 -> NODES.nullNode();
            case 1 -> NODES.booleanNode(data.consumeBoolean());
            case 2 -> NODES.numberNode(data.consumeInt());
            case 3 -> NODES.numberNode(data.consumeLong());
            case 4 -> {
                double number = data.consumeRegularDouble();
                yield NODES.numberNode(number);
            }
            case 5 -> NODES.rawValueNode(new RawValue("1e" + data.consumeInt(-1_000_000_000, 1_000_000_000)));
            case 6 -> NODES.numberNode(new BigDecimal(data.consumeLong()).scaleByPowerOfTen(data.consumeInt(-400, 400)));
            case 7 -> NODES.textNode(TRICKY_TEXTS[data.consumeInt(0, TRICKY_TEXTS.length - 1)]);
            case 8 -> NODES.textNode(data.consumeString(64).repeat(data.consumeInt(1, 400)));
            case 9 -> {
                ArrayNode array = NODES.arrayNode();
                int size = depth > 3 ? 0 : data.consumeInt(0, 4);
                for (int i = 0; i < size; i++) {
                    array.add(value(data, depth + 1));
                }
                yield array;
            }
            case 10 -> {
                ObjectNode object = NODES.objectNode();
                int size = depth > 3 ? 0 : data.consumeInt(0, 3);
                for (int i = 0; i < size; i++) {
                    object.set(data.consumeString(16), value(data, depth + 1));
                }
                yield object;
            }
            default -> NODES.textNode(data.consumeString(200));
        };
    }

    private static byte[] text(JsonNode node) {
        try {
            return JSON.writeValueAsString(node).getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
