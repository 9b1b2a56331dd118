package gov.clearance.web;

import gov.clearance.shared.PayloadTooLargeException;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.PathContainer;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.util.ContentCachingResponseWrapper;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Refuses API request bodies over their limit before anything reads them: a declared length over the limit
 * is answered at once, and a body sent in chunks is counted as it is read and refused when the count
 * passes the limit. Imports have a larger limit than JSON bodies. Multipart bodies are parsed by the
 * servlet container, which counts them against the multipart limits itself.
 */
class BodyLimitFilter extends OncePerRequestFilter {

    /** The endpoints that take a file (POST): screening lists, reference data, support documents. */
    private static final List<PathPattern> IMPORTS = List.of(
            PathPatternParser.defaultInstance.parse("/api/admin/screening-lists"),
            PathPatternParser.defaultInstance.parse("/api/admin/reference-data/{dataset}"),
            PathPatternParser.defaultInstance.parse("/api/{audience}/applications/{id}/documents"));

    private final BodyLimits limits;
    private final HandlerExceptionResolver errors;

    BodyLimitFilter(BodyLimits limits, HandlerExceptionResolver errors) {
        this.limits = limits;
        this.errors = errors;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long limit = limitOf(request);
        if (request.getContentLengthLong() > limit) {
            refuse(request, response, new PayloadTooLargeException("body", limit));
            return;
        }
        try {
            chain.doFilter(new CountedRequest(request, limit), response);
        } catch (PayloadTooLargeException e) {
            // a filter further on read the body (the controllers' own reads are answered by the one handler)
            if (!response.isCommitted()) {
                response.reset();
                refuse(request, response, e);
            }
        }
    }

    private long limitOf(HttpServletRequest request) {
        boolean isImport = "POST".equals(request.getMethod()) && IMPORTS.stream().anyMatch(pattern ->
                pattern.matches(PathContainer.parsePath(request.getRequestURI().substring(request.getContextPath().length()))));
        return (isImport ? limits.maxImportBody() : limits.maxJsonBody()).toBytes();
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, PayloadTooLargeException e)
            throws IOException {
        // the rest of the body is not wanted: the connection ends with the answer, not after reading it all
        response.setHeader(HttpHeaders.CONNECTION, "close");
        // the answer goes out at once and with its length, so the client reads it while still sending
        ContentCachingResponseWrapper answer = new ContentCachingResponseWrapper(response);
        errors.resolveException(request, answer, null, e);
        answer.copyBodyToResponse();
        response.flushBuffer();
    }

    /** The request, its body counted as it is read. */
    private static final class CountedRequest extends HttpServletRequestWrapper {

        private final long limit;
        private ServletInputStream counted;

        CountedRequest(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (counted == null) {
                counted = new CountedInputStream(super.getInputStream(), limit);
            }
            return counted;
        }

        @Override
        public BufferedReader getReader() throws IOException {
            String encoding = getCharacterEncoding();
            // as the container does: an unknown encoding is the caller's error, an IOException
            return new BufferedReader(encoding == null ? new InputStreamReader(getInputStream(), StandardCharsets.UTF_8)
                    : new InputStreamReader(getInputStream(), encoding));
        }
    }

    private static final class CountedInputStream extends ServletInputStream {

        private final ServletInputStream body;
        private final long limit;
        private long count;

        CountedInputStream(ServletInputStream body, long limit) {
            this.body = body;
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int read = body.read();
            if (read >= 0) {
                counted(1);
            }
            return read;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int read = body.read(buffer, offset, length);
            if (read > 0) {
                counted(read);
            }
            return read;
        }

        private void counted(int bytes) {
            count += bytes;
            if (count > limit) {
                throw new PayloadTooLargeException("body", limit);
            }
        }

        @Override
        public boolean isFinished() {
            return body.isFinished();
        }

        @Override
        public boolean isReady() {
            return body.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            body.setReadListener(listener);
        }

        @Override
        public void close() throws IOException {
            body.close();
        }
    }
}
