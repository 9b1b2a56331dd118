package gov.clearance.lifecycle;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieHandler;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What a browser does in a sign-in, without the rendering: keeps cookies, follows redirects one at a
 * time (remembering each address), and submits forms such as Keycloak's login form.
 */
final class BrowserSession {

    private static final Pattern LOGIN_FORM = Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"");

    /** What a browser asks for when it follows a link. */
    private static final String BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new LoopbackCookies())
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
    private final List<URI> visited = new ArrayList<>();

    record Page(URI address, int status, String body, java.net.http.HttpHeaders headers) {

        String header(String name) {
            return headers.firstValue(name).orElse("");
        }

        /** The address Keycloak's login form posts to. */
        String loginFormAction() {
            Matcher form = LOGIN_FORM.matcher(body);
            if (!form.find()) {
                throw new AssertionError("No Keycloak login form at " + address + ": " + body);
            }
            return form.group(1).replace("&amp;", "&");
        }
    }

    /**
     * Cookies as a browser keeps them for 127.0.0.1: browsers treat the loopback address as secure, so
     * they send cookies marked Secure over plain HTTP there (Keycloak marks its sign-in cookies so);
     * Java's own cookie manager would not.
     */
    private static final class LoopbackCookies extends CookieHandler {

        private final Map<String, String> cookies = new LinkedHashMap<>();

        @Override
        public synchronized Map<String, List<String>> get(URI uri, Map<String, List<String>> requestHeaders) {
            if (cookies.isEmpty()) {
                return Map.of();
            }
            return Map.of("Cookie", List.of(cookies.entrySet().stream()
                    .map(cookie -> cookie.getKey() + "=" + cookie.getValue()).collect(Collectors.joining("; "))));
        }

        @Override
        public synchronized void put(URI uri, Map<String, List<String>> responseHeaders) {
            responseHeaders.entrySet().stream().filter(header -> "set-cookie".equalsIgnoreCase(header.getKey()))
                    .flatMap(header -> header.getValue().stream())
                    .forEach(this::remember);
        }

        private void remember(String setCookie) {
            String pair = setCookie.split(";", 2)[0];
            int equals = pair.indexOf('=');
            String name = pair.substring(0, equals).strip();
            String value = pair.substring(equals + 1).strip();
            String attributes = setCookie.toLowerCase(java.util.Locale.ROOT);
            if (value.isEmpty() || attributes.contains("max-age=0") || attributes.contains("expires=thu, 01 jan 1970")) {
                cookies.remove(name);
            } else {
                cookies.put(name, value);
            }
        }
    }

    Page open(String address) {
        return follow(HttpRequest.newBuilder(URI.create(address)).GET());
    }

    Page submit(String address, Map<String, String> fields) {
        String form = fields.entrySet().stream()
                .map(field -> field.getKey() + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return follow(HttpRequest.newBuilder(URI.create(address))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    /** Every address the session has been sent to, in order. */
    List<URI> visited() {
        return List.copyOf(visited);
    }

    private Page follow(HttpRequest.Builder request) {
        try {
            HttpRequest next = request.header("Accept", BROWSER_ACCEPT).build();
            for (int hops = 0; hops < 20; hops++) {
                visited.add(next.uri());
                HttpResponse<String> response = http.send(next, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() / 100 != 3) {
                    return new Page(next.uri(), response.statusCode(), response.body(), response.headers());
                }
                URI location = next.uri().resolve(response.headers().firstValue("Location").orElseThrow());
                next = HttpRequest.newBuilder(location).header("Accept", BROWSER_ACCEPT).GET().build();
            }
            throw new AssertionError("Too many redirects: " + visited);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
