package gov.clearance.web;

import gov.clearance.shared.InvalidRequestException;
import gov.clearance.web.RememberedResponses.RememberedResponse;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Makes a changing API request safe to retry: when it carries an {@code Idempotency-Key} header, the first
 * request with that key (per signed-in person) is carried out in one transaction together with remembering
 * its answer, and any later request with the same key gets that same answer back, marked with
 * {@code Idempotent-Replayed: true}, without changing anything. A retry that arrives while the first is still
 * running waits for it. A key reused for a different request (another path or body) is refused with 422.
 *
 * <p>Only successful answers are remembered: a refused request changed nothing, so a retry is judged afresh.
 * File uploads do not take a key, because their bodies are read by the servlet container itself.
 */
@Component
class IdempotentRetries extends OncePerRequestFilter {

    static final String KEY_HEADER = "Idempotency-Key";
    static final String REPLAYED_HEADER = "Idempotent-Replayed";
    private static final int LONGEST_KEY = 255;

    private final RememberedResponses remembered;
    private final TransactionTemplate transactions;
    private final HandlerExceptionResolver errors;

    IdempotentRetries(RememberedResponses remembered, PlatformTransactionManager transactionManager,
            @Qualifier("handlerExceptionResolver") HandlerExceptionResolver errors) {
        this.remembered = remembered;
        this.transactions = new TransactionTemplate(transactionManager);
        this.errors = errors;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String method = request.getMethod();
        return request.getHeader(KEY_HEADER) == null || !request.getRequestURI().startsWith("/api/")
                || method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        if (caller == null || caller instanceof AnonymousAuthenticationToken || !caller.isAuthenticated()) {
            chain.doFilter(request, response); // refused by the security rules further on
            return;
        }
        String key = request.getHeader(KEY_HEADER);
        String refusal = refusalOf(key, request);
        if (refusal != null) {
            errors.resolveException(request, response, null, InvalidRequestException.of(KEY_HEADER, refusal));
            return;
        }
        byte[] body = request.getInputStream().readAllBytes();
        String owner = caller.getName();
        String fingerprint = fingerprint(request, body);
        ContentCachingResponseWrapper answer = new ContentCachingResponseWrapper(response);
        RememberedResponse earlier;
        try {
            earlier = transactions.execute(transaction -> {
                remembered.forgetExpired();
                if (!remembered.claim(owner, key, fingerprint)) {
                    return remembered.find(owner, key).orElseThrow();
                }
                try {
                    chain.doFilter(new RequestWithBody(request, body), answer);
                } catch (IOException | ServletException e) {
                    throw new ChainFailure(e);
                }
                if (answer.getStatus() >= 200 && answer.getStatus() < 300) {
                    remembered.remember(owner, key, answer.getStatus(), answer.getContentType(),
                            answer.getHeader(HttpHeaders.LOCATION), answer.getContentAsByteArray());
                } else {
                    transaction.setRollbackOnly();
                }
                return null;
            });
        } catch (ChainFailure e) {
            response.reset();
            errors.resolveException(request, response, null, e.getCause() instanceof Exception cause ? cause : e);
            return;
        } catch (RuntimeException e) {
            // the change could not be committed (for example, the database went away): nothing was kept
            response.reset();
            errors.resolveException(request, response, null, e);
            return;
        }
        if (earlier == null) {
            answer.copyBodyToResponse();
        } else if (!earlier.fingerprint().equals(fingerprint)) {
            errors.resolveException(request, response, null, new IdempotencyKeyReusedException());
        } else {
            replay(earlier, response);
        }
    }

    private static String refusalOf(String key, HttpServletRequest request) {
        if (key.isEmpty() || key.length() > LONGEST_KEY || !key.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
            return "must be 1 to " + LONGEST_KEY + " visible ASCII characters, such as a UUID";
        }
        String contentType = request.getContentType();
        if (contentType != null && contentType.toLowerCase().startsWith("multipart/")) {
            return "is not taken on file uploads";
        }
        return null;
    }

    private static void replay(RememberedResponse earlier, HttpServletResponse response) throws IOException {
        response.setStatus(earlier.status());
        response.setHeader(REPLAYED_HEADER, "true");
        if (earlier.contentType() != null) {
            response.setContentType(earlier.contentType());
        }
        if (earlier.location() != null) {
            response.setHeader(HttpHeaders.LOCATION, earlier.location());
        }
        response.setContentLength(earlier.body().length);
        response.getOutputStream().write(earlier.body());
    }

    private static String fingerprint(HttpServletRequest request, byte[] body) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((request.getMethod() + " " + request.getRequestURI() + "?"
                    + Objects.toString(request.getQueryString(), "") + "\n").getBytes(StandardCharsets.UTF_8));
            digest.update(body);
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A checked failure of the filter chain, carried out of the transaction callback. */
    private static final class ChainFailure extends RuntimeException {
        ChainFailure(Exception cause) {
            super(cause);
        }
    }

    /** The request with its body already read, for the fingerprint, served again to the rest of the chain. */
    private static final class RequestWithBody extends HttpServletRequestWrapper {

        private final byte[] body;

        RequestWithBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream bytes = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return bytes.read();
                }

                @Override
                public int read(byte[] buffer, int offset, int length) {
                    return bytes.read(buffer, offset, length);
                }

                @Override
                public boolean isFinished() {
                    return bytes.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("The body has already been read");
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            String encoding = getCharacterEncoding() == null ? StandardCharsets.UTF_8.name() : getCharacterEncoding();
            return new BufferedReader(new InputStreamReader(getInputStream(), java.nio.charset.Charset.forName(encoding)));
        }
    }
}
