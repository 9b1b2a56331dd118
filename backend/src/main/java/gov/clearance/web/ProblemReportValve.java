package gov.clearance.web;

import java.io.IOException;
import java.io.Writer;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;

/**
 * Tomcat's error report for what reaches no part of the application, as problem+json: the status, its title
 * and a plain sentence, nothing of the request and nothing of the server.
 */
final class ProblemReportValve extends ErrorReportValve {

    private final SecurityHeaders.Values headers;

    ProblemReportValve(SecurityHeaders.Values headers) {
        this.headers = headers;
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        // as Tomcat's own: only an error, only when nothing was written, only once
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        AtomicBoolean ioAllowed = new AtomicBoolean(false);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get()) {
            return;
        }
        String title = ErrorPage.titleOf(status);
        String detail = ErrorPage.detailOf(status);
        try {
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            headers.applyTo(response);
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write("{\"type\":\"https://clearance.example/problems/" + title.toLowerCase().replace(' ', '-')
                        + "\",\"title\":\"" + title + "\",\"status\":" + status + ",\"detail\":\"" + detail + "\"}");
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // the connection is gone or the answer was already sent: nothing more to tell
        }
    }
}
