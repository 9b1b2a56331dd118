package gov.clearance.fuzzing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * What every fuzz test asserts of every answer: never a server error; every error a problem+json body; a
 * refused request stores nothing; a body over its limit refused with 413 naming the limit; a refused JSON body
 * answered in proportion to its size.
 */
final class Expectations {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** What a refusal may hold on top of twice the request: its title, detail and up to 100 named fields. */
    private static final long REFUSAL_ALLOWANCE = 32 * 1024;

    private Expectations() {
    }

    /**
     * @param request what was sent, for the failure message
     * @param overLimit the limit the body was made larger than, or 0 when it was not
     */
    static void answeredWell(String request, Answer answer, StoredState before, StoredState after, long overLimit) {
        assertThat(answer.status()).as("%s answered %s", request, answer.body()).isLessThan(500);
        if (answer.status() >= 400) {
            assertThat(answer.contentType()).as("%s: the content type of %s", request, answer.body())
                    .startsWith("application/problem+json");
            JsonNode problem = parse(answer.body());
            assertThat(problem.path("status").asInt()).as("%s: the problem's status", request)
                    .isEqualTo(answer.status());
            assertThat(problem.path("detail").asText()).as("%s: the problem's detail", request).isNotBlank()
                    // requests are sent one at a time: a concurrent change can only be a bad input misnamed
                    .doesNotContain("Someone else changed");
            assertThat(after.changesSince(before)).as("%s was refused with %s but stored", request, answer.body())
                    .isEmpty();
        }
        if (overLimit > 0) {
            assertThat(answer.status()).as("%s is over the limit of %d bytes: %s", request, overLimit, answer.body())
                    .isEqualTo(413);
            JsonNode problem = parse(answer.body());
            assertThat(problem.path("limit").asLong()).as("%s: the limit the problem names", request)
                    .isEqualTo(overLimit);
            assertThat(problem.path("errors").path(0).path("reason").asText()).as("%s: the reason", request)
                    .contains(Long.toString(overLimit));
        }
    }

    /**
     * A refusal is small whatever the request says: at most twice the request's size and a few kilobytes (a
     * number's exponent, a string's length or an array's entries never make it grow faster than the request).
     */
    static void refusalProportional(String request, Answer answer, long requestBytes) {
        if (answer.status() >= 400) {
            assertThat((long) answer.body().getBytes(java.nio.charset.StandardCharsets.UTF_8).length)
                    .as("%s (%d bytes) was refused with %s", request, requestBytes, answer.body().substring(0,
                            Math.min(300, answer.body().length())))
                    .isLessThanOrEqualTo(2 * requestBytes + REFUSAL_ALLOWANCE);
        }
    }

    private static JsonNode parse(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException("Not JSON: " + body, e);
        }
    }
}
