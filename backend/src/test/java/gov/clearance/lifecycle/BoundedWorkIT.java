package gov.clearance.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.RawValue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The work a request causes and the answer it gets grow with the request's size, never with what its numbers,
 * strings or arrays say. Each request below is compared with a plain one of the same size (a draft whose only
 * flaw is one overlong text, which costs no more than reading it): the answer may take a few times as long,
 * and be at most twice the request's size plus a few kilobytes. A number is refused for its magnitude before
 * any arithmetic is done with it, and no error repeats a refused value whole.
 */
class BoundedWorkIT extends AgainstTestIssuer {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String DRAFTS = "/api/applicant/applications";
    /** The answer's allowance on top of twice the request's size. */
    private static final int ANSWER_ALLOWANCE = 8 * 1024;
    /** The largest body sent: under the 1 MB limit for JSON. */
    private static final int LARGE = 900 * 1024;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeEach
    void warmUp() {
        // the first requests of a fresh application pay for class loading and compilation
        for (int i = 0; i < 3; i++) {
            send(draft(form -> ((ObjectNode) form).put("specificEndUse", "x".repeat(30_000))));
        }
    }

    @Test
    void numbersWithHugeExponentsAreRefusedAsQuicklyAsSmallOnes() {
        for (String field : List.of("quantity", "unitPrice", "totalPrice")) {
            for (String number : List.of("1E+2000000", "1E-2000000", "-1E+2000000", "123456789012345678901")) {
                byte[] request = draft(form -> item(form).set(field, raw(number)));
                Timed answer = timedAgainstPlainRequestOfTheSameSize(request);

                assertThat(answer.status()).as("items[0].%s = %s: %s", field, number, answer.body()).isEqualTo(400);
                assertThat(fields(answer)).as("items[0].%s = %s: %s", field, number, answer.body())
                        .contains("items[0]." + field);
                assertThat(answer.body()).as("the answer repeats no refused number").doesNotContain("0000000000");
                assertProportional("items[0]." + field + " = " + number, request, answer);
            }
        }
        byte[] total = draft(form -> ((ObjectNode) form).set("totalValue", raw("1E+2000000")));
        Timed answer = timedAgainstPlainRequestOfTheSameSize(total);
        assertThat(fields(answer)).as(answer.body()).contains("totalValue");
        assertProportional("totalValue = 1E+2000000", total, answer);
    }

    @Test
    void numbersAsTextWithHugeExponentsAreRefusedAsQuicklyAsSmallOnes() {
        byte[] request = draft(form -> item(form).put("quantity", "1E+2000000"));
        Timed answer = timedAgainstPlainRequestOfTheSameSize(request);

        assertThat(answer.status()).as(answer.body()).isEqualTo(400);
        assertThat(fields(answer)).contains("items[0].quantity");
        assertProportional("items[0].quantity = \"1E+2000000\"", request, answer);
    }

    @Test
    void numbersWithVeryManyDigitsAreRefusedWithoutRepeatingThem() {
        byte[] request = draft(form -> item(form).set("unitPrice", raw("1" + "0".repeat(LARGE) + ".00")));
        Timed answer = timedAgainstPlainRequestOfTheSameSize(request);

        assertThat(answer.status()).as(answer.body()).isEqualTo(400);
        assertThat(answer.body()).doesNotContain("0000000000");
        assertProportional("a unit price of 900,000 digits", request, answer);
    }

    @Test
    void longStringsCostNoMoreThanReadingThem() {
        String text = "y".repeat(LARGE);
        for (String field : List.of("type", "units", "eccn", "nameOfAFieldThat" + text)) {
            byte[] request = field.startsWith("nameOf")
                    ? draft(form -> ((ObjectNode) form).put(field, "value"))
                    : field.equals("type") ? draft(form -> ((ObjectNode) form).put("type", text))
                    : draft(form -> item(form).put(field, text));
            Timed answer = timedAgainstPlainRequestOfTheSameSize(request);

            assertThat(answer.status()).as(answer.body()).isEqualTo(400);
            assertThat(answer.body()).as("the answer repeats no refused text whole").doesNotContain(text);
            assertProportional("a string of " + LARGE + " characters in " + field.substring(0, Math.min(30,
                    field.length())), request, answer);
        }
    }

    @Test
    void longArraysCostNoMoreThanReadingThem() {
        for (String array : List.of("items", "endUsers", "intermediateConsignees")) {
            for (String element : List.of("null", "{}", "{\"name\":\"\",\"country\":\"ZZ\"}")) {
                int copies = LARGE / 3 / (element.length() + 1);
                byte[] request = draft(form -> ((ObjectNode) form).set(array, raw("[" + String.join(",",
                        java.util.Collections.nCopies(copies, element)) + "]")));
                Timed answer = timedAgainstPlainRequestOfTheSameSize(request);

                assertThat(answer.status()).as("%s of %d x %s: %s", array, copies, element, answer.body())
                        .isEqualTo(400);
                assertThat(fields(answer)).as(answer.body()).anyMatch(field -> field.startsWith(array));
                assertProportional(array + " of " + copies + " x " + element, request, answer);
            }
        }
        byte[] nested = draft(form -> ((ObjectNode) form).set("additionalInformation",
                raw("[".repeat(LARGE / 2) + "]".repeat(LARGE / 2))));
        Timed answer = timedAgainstPlainRequestOfTheSameSize(nested);
        assertThat(answer.status()).as(answer.body()).isEqualTo(400);
        assertProportional("arrays nested " + LARGE / 2 + " deep", nested, answer);
    }

    // what is asserted

    private static void assertProportional(String what, byte[] request, Timed answer) {
        assertThat(answer.bytes()).as("%s (%d bytes) was answered with %d bytes", what, request.length, answer.bytes())
                .isLessThanOrEqualTo(2L * request.length + ANSWER_ALLOWANCE);
        assertThat(answer.millis()).as("%s took %d ms; a plain request of its size %d ms", what, answer.millis(),
                answer.plainMillis()).isLessThanOrEqualTo(4 * answer.plainMillis() + 300);
    }

    private static List<String> fields(Timed answer) {
        try {
            JsonNode problem = JSON.readTree(answer.body());
            return problem.path("errors").findValuesAsText("field");
        } catch (IOException e) {
            throw new UncheckedIOException("Not JSON: " + answer.body(), e);
        }
    }

    // what is sent

    private record Timed(int status, String body, long bytes, long millis, long plainMillis) {
    }

    private record Sent(int status, String body, long bytes, long millis) {
    }

    /**
     * The request and a plain draft of the same size, each sent three times, alternating; each timed by its
     * median.
     */
    private Timed timedAgainstPlainRequestOfTheSameSize(byte[] request) {
        byte[] plain = plainOfSize(request.length);
        long[] times = new long[3];
        long[] plainTimes = new long[3];
        Sent last = null;
        for (int i = 0; i < 3; i++) {
            plainTimes[i] = send(plain).millis();
            last = send(request);
            times[i] = last.millis();
        }
        return new Timed(last.status(), last.body(), last.bytes(), median(times), median(plainTimes));
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    /** A draft whose only flaw is an overlong specific end use, padded to the given size. */
    private static byte[] plainOfSize(int size) {
        int base = draft(form -> ((ObjectNode) form).put("specificEndUse", "")).length;
        return draft(form -> ((ObjectNode) form).put("specificEndUse", "p".repeat(Math.max(30_000, size - base))));
    }

    private static byte[] draft(Consumer<JsonNode> change) {
        JsonNode form = JSON.valueToTree(ApplicationForms.valid());
        change.accept(form);
        try {
            return JSON.writeValueAsBytes(form);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ObjectNode item(JsonNode form) {
        return (ObjectNode) ((ArrayNode) form.get("items")).get(0);
    }

    private static JsonNode raw(String json) {
        return JSON.getNodeFactory().rawValueNode(new RawValue(json));
    }

    private Sent send(byte[] body) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + DRAFTS))
                .timeout(Duration.ofMinutes(2))
                .header("Authorization", "Bearer " + TestIssuer.get().token(DemoUser.ALICE))
                .header("Accept", "application/json, application/problem+json")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        try {
            long start = System.nanoTime();
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            long millis = Duration.ofNanos(System.nanoTime() - start).toMillis();
            return new Sent(response.statusCode(), new String(response.body(), StandardCharsets.UTF_8),
                    response.body().length, millis);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
