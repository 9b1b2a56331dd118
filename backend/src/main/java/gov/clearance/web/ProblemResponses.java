package gov.clearance.web;

import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import gov.clearance.shared.ConflictException;
import gov.clearance.shared.FieldViolation;
import gov.clearance.shared.ForbiddenException;
import gov.clearance.shared.InvalidRequestException;
import gov.clearance.shared.NotFoundException;
import gov.clearance.shared.PayloadTooLargeException;
import jakarta.persistence.OptimisticLockException;
import java.net.URI;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.tomcat.util.http.fileupload.InvalidFileNameException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.web.servlet.MultipartProperties;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * The one error handler: every error leaves the API as RFC 9457 problem+json, with the offending
 * fields listed under {@code errors} where there are any. Authentication and authorization failures
 * from the security filters are routed here as well.
 */
@RestControllerAdvice
class ProblemResponses extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemResponses.class);
    private static final int RETRY_AFTER_OUTAGE_SECONDS = 5;

    /** The most violations an answer lists; it counts the rest. */
    private static final int MOST_ERRORS = 100;
    /** The most characters of a field's path an answer repeats. */
    private static final int MOST_FIELD_CHARACTERS = 200;

    /** SQLSTATE class 22: the data given cannot be stored (string too long, NUL character, number out of range). */
    private static final String DATA_EXCEPTION = "22";

    private final MultipartProperties multipart;

    ProblemResponses(MultipartProperties multipart) {
        this.multipart = multipart;
    }

    @ExceptionHandler(InvalidRequestException.class)
    ProblemDetail invalid(InvalidRequestException e) {
        return problem(HttpStatus.BAD_REQUEST, "Invalid request", e.getMessage(), e.violations());
    }

    @ExceptionHandler(PayloadTooLargeException.class)
    ResponseEntity<ProblemDetail> tooLarge(PayloadTooLargeException e) {
        ProblemDetail body = problem(HttpStatus.PAYLOAD_TOO_LARGE, "Too large", e.getMessage(),
                List.of(new FieldViolation(e.field(), e.reason())));
        body.setProperty("limit", e.limit());
        return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body(body);
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "Not found", e.getMessage(), List.of());
    }

    @ExceptionHandler(ConflictException.class)
    ProblemDetail conflict(ConflictException e) {
        return problem(HttpStatus.CONFLICT, "Conflict", e.getMessage(), List.of());
    }

    @ExceptionHandler(ForbiddenException.class)
    ProblemDetail forbidden(ForbiddenException e) {
        return problem(HttpStatus.FORBIDDEN, "Forbidden", e.getMessage(), List.of());
    }

    /**
     * A change that lost a race: a unique index or constraint refused the second copy of an only-once fact, an
     * optimistic lock found the row changed, or the database broke a deadlock or a serialization failure by
     * failing this transaction. Each request is one transaction, so nothing of it was kept.
     */
    @ExceptionHandler({DataIntegrityViolationException.class, ConcurrencyFailureException.class,
        OptimisticLockException.class})
    ProblemDetail concurrentChange(RuntimeException e) {
        SQLException data = causeOf(e, SQLException.class);
        if (data != null && data.getSQLState() != null && data.getSQLState().startsWith(DATA_EXCEPTION)) {
            // the request's own data, not a concurrent change: a value the checks before the write let through
            log.warn("Refused a value the database cannot store: {}", data.getMessage());
            return problem(HttpStatus.BAD_REQUEST, "Invalid request",
                    "A value of the request cannot be stored (too long, out of range, or with a character such as "
                            + "NUL); nothing was changed", List.of());
        }
        log.info("Refused a conflicting change: {}", e.getMessage());
        return problem(HttpStatus.CONFLICT, "Conflict",
                "Someone else changed this case at the same time; reload it and try again", List.of());
    }

    @ExceptionHandler(AuthenticationException.class)
    ResponseEntity<ProblemDetail> unauthenticated(AuthenticationException e) {
        ProblemDetail body = problem(HttpStatus.UNAUTHORIZED, "Unauthorized",
                "A valid bearer token is required: " + e.getMessage(), List.of());
        return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .body(body);
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail accessDenied(AccessDeniedException e) {
        return problem(HttpStatus.FORBIDDEN, "Forbidden", "Your role does not allow this action", List.of());
    }

    @ExceptionHandler(MultipartException.class)
    ProblemDetail unreadableUpload(MultipartException e) {
        String reason = causeOf(e, InvalidFileNameException.class) != null
                ? "needs a file name without control characters"
                : "could not be read as multipart/form-data";
        return problem(HttpStatus.BAD_REQUEST, "Invalid request", "The upload could not be read; nothing was stored",
                List.of(new FieldViolation("file", reason)));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
        return problem(HttpStatus.BAD_REQUEST, "Invalid request", "A parameter has the wrong format",
                List.of(new FieldViolation(e.getName(), "is not a valid " + simpleType(e.getRequiredType()))));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        PayloadTooLargeException tooLarge = causeOf(e, PayloadTooLargeException.class);
        if (tooLarge != null) {
            return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body(tooLarge(tooLarge).getBody());
        }
        List<FieldViolation> violations = List.of();
        String detail = "The request body is not valid JSON";
        if (causeOf(e, StreamConstraintsException.class) != null) {
            detail = "The request body holds more than any request needs: a number of more than "
                    + JsonNumbers.MOST_NUMBER_CHARACTERS + " characters, a field name of more than "
                    + JsonNumbers.MOST_NAME_CHARACTERS + ", or values nested more than " + JsonNumbers.MOST_NESTING
                    + " deep";
        } else if (e.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = path(mapping);
            String reason;
            if (mapping instanceof JsonNumbers.OutOfRange) {
                reason = "is out of range: a number has at most " + JsonNumbers.MOST_DIGITS
                        + " digits before its decimal point and " + JsonNumbers.MOST_DIGITS + " after it";
            } else if (mapping instanceof InvalidFormatException format && format.getTargetType() != null
                    && format.getTargetType().isEnum()) {
                reason = "must be one of " + Arrays.toString(format.getTargetType().getEnumConstants());
            } else if (mapping instanceof UnrecognizedPropertyException) {
                reason = "is not a known field";
            } else if (mapping instanceof InvalidFormatException format && format.getTargetType() == String.class) {
                reason = format.getOriginalMessage(); // TextRules.unprintable's reason
            } else if (mapping instanceof InvalidFormatException format) {
                reason = "is not a valid " + simpleType(format.getTargetType());
            } else {
                reason = "has the wrong type";
            }
            violations = List.of(new FieldViolation(field, reason));
            detail = "A field of the request body has the wrong format";
        }
        return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, "Invalid request", detail, violations));
    }

    @Override
    protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ResponseEntity<ProblemDetail> refused = tooLarge(new PayloadTooLargeException("file",
                multipart.getMaxRequestSize().toBytes()));
        return ResponseEntity.status(refused.getStatusCode()).body(refused.getBody());
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldViolation> violations = e.getBindingResult().getFieldErrors().stream()
                .map(error -> new FieldViolation(error.getField(), error.getDefaultMessage()))
                .toList();
        return ResponseEntity.badRequest()
                .body(problem(HttpStatus.BAD_REQUEST, "Invalid request", "The request is invalid", violations));
    }

    @ExceptionHandler(IdempotencyKeyReusedException.class)
    ProblemDetail idempotencyKeyReused(IdempotencyKeyReusedException e) {
        return problem(HttpStatus.UNPROCESSABLE_ENTITY, "Idempotency key reused", e.getMessage(),
                List.of(new FieldViolation(IdempotentRetries.KEY_HEADER, "was already used for a different request")));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        // a body read past its limit inside a library that wraps what its input stream throws
        PayloadTooLargeException tooLarge = causeOf(e, PayloadTooLargeException.class);
        if (tooLarge != null) {
            return tooLarge(tooLarge);
        }
        if (DatabaseOutage.explains(e)) {
            log.warn("Refused a request while the database is unreachable: {}", e.toString());
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                    .header(HttpHeaders.RETRY_AFTER, String.valueOf(RETRY_AFTER_OUTAGE_SECONDS))
                    .body(problem(HttpStatus.SERVICE_UNAVAILABLE, "Service unavailable",
                            "The case database cannot be reached just now; nothing was changed. Send the request "
                                    + "again in a few seconds", List.of()));
        }
        log.error("Unexpected error", e);
        return ResponseEntity.internalServerError().body(problem(HttpStatus.INTERNAL_SERVER_ERROR, "Internal error",
                "Something went wrong on our side; nothing was changed", List.of()));
    }

    static ProblemDetail problem(HttpStatus status, String title, String detail,
            List<FieldViolation> violations) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        problem.setType(URI.create("https://clearance.example/problems/" + title.toLowerCase().replace(' ', '-')));
        if (violations.size() > MOST_ERRORS) {
            // the answer stays small whatever the request: the first violations, and how many more there were
            problem.setProperty("errors", violations.subList(0, MOST_ERRORS));
            problem.setProperty("moreErrors", violations.size() - MOST_ERRORS);
        } else if (!violations.isEmpty()) {
            problem.setProperty("errors", violations);
        }
        return problem;
    }

    private static <T extends Throwable> T causeOf(Throwable e, Class<T> type) {
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
        }
        return null;
    }

    private static String path(JsonMappingException mapping) {
        String path = mapping.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? "." + ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining())
                .replaceFirst("^\\.", "");
        // the path holds names as the request wrote them: an unknown one may be long, and is not repeated whole
        return path.length() <= MOST_FIELD_CHARACTERS ? path : path.substring(0, MOST_FIELD_CHARACTERS) + "…";
    }

    private static String simpleType(Class<?> type) {
        if (type == null) {
            return "value";
        }
        return switch (type.getSimpleName()) {
            case "UUID" -> "identifier";
            case "BigDecimal", "Integer", "Long", "int", "long" -> "number";
            case "LocalDate" -> "date (YYYY-MM-DD)";
            default -> type.getSimpleName();
        };
    }
}
