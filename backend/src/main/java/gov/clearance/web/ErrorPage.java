package gov.clearance.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The error page, in place of Spring Boot's: whatever the servlet container sends here (a refusal by Spring
 * Security's firewall or its sign-in for the Camunda webapps, an error of a servlet outside Spring MVC, a
 * request to {@code /error} itself) is answered with problem+json like the API's own errors, whatever the
 * client accepts, and repeats nothing of the request or of the exception.
 */
@RestController
class ErrorPage implements ErrorController {

    @RequestMapping("${server.error.path:/error}")
    ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer number ? HttpStatus.resolve(number) : null;
        if (status == null || !status.isError()) {
            // asked for directly: there is nothing at this address
            status = HttpStatus.NOT_FOUND;
        }
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(ProblemResponses.problem(status, titleOf(status.value()), detailOf(status.value()), List.of()));
    }

    /** The title the API gives a status. */
    static String titleOf(int status) {
        return switch (status) {
            case 400 -> "Invalid request";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not found";
            case 500 -> "Internal error";
            default -> {
                HttpStatus known = HttpStatus.resolve(status);
                yield known == null ? "Error" : known.getReasonPhrase();
            }
        };
    }

    /** A plain sentence for a status, naming nothing of the request. */
    static String detailOf(int status) {
        return switch (status) {
            case 400 -> "The request could not be read: its address or headers are not valid";
            case 401 -> "Signing in is required";
            case 403 -> "Your role does not allow this";
            case 404 -> "There is nothing at this address";
            case 500 -> "Something went wrong on our side; nothing was changed";
            default -> "The request was refused: " + titleOf(status);
        };
    }
}
