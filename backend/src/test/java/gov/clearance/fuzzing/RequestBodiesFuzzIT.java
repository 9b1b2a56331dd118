package gov.clearance.fuzzing;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import gov.clearance.fuzzing.FuzzedJson.Body;
import gov.clearance.fuzzing.JsonEndpoints.JsonEndpoint;

/**
 * Every JSON request body of the API, fuzzed: whatever arrives, the answer is never a server error, every
 * error is problem+json, a refused request stores nothing, a refusal is small in proportion to the request, and
 * a body over the limit is refused with 413.
 * {@code ./mvnw verify} replays the committed inputs in {@code RequestBodiesFuzzITInputs/}; the README tells
 * how to fuzz for real.
 */
class RequestBodiesFuzzIT {

    @FuzzTest(maxDuration = "5m")
    void everyJsonBodyIsAnsweredWithoutServerErrorAndARefusedOneStoresNothing(FuzzedDataProvider data) {
        FuzzedApplication application = FuzzedApplication.get();
        JsonEndpoint endpoint = data.pickValue(JsonEndpoints.ALL);
        String path = endpoint.path().apply(application.cases());
        Body body = FuzzedJson.body(data, endpoint.templateFor(application.cases()), FuzzedApplication.JSON_LIMIT);

        StoredState before = application.stateBefore();
        Answer answer = application.send(endpoint.user(), endpoint.method(), path, body.contentType(), body.bytes(),
                body.chunked());
        StoredState after = application.stateAfter(answer);

        Expectations.answeredWell(endpoint + " with a " + body.describe(), answer, before, after, body.overLimit());
        Expectations.refusalProportional(endpoint + " with a " + body.describe(), answer, body.bytes().length);
        if (answer.succeeded()) {
            endpoint.afterSuccess().accept(application.cases());
        }
    }
}
