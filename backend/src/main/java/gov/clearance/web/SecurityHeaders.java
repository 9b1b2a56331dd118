package gov.clearance.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.util.EnumSet;
import org.apache.catalina.Host;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * The headers every answer carries, whoever writes it: the API, the UI's files, Swagger UI, Spring Security's
 * redirects and refusals, the error page, and Tomcat's own refusals of requests it cannot even route.
 *
 * <p>The Content-Security-Policy allows scripts only from the application's own files (the built UI has no
 * inline script), connections and frames only to the application and its OpenID Connect issuer, and no
 * framing of the application by anyone. Inline styles stay allowed: bpmn-js styles the diagram's elements
 * inline, and a style cannot run code. The Camunda webapps replace this policy on their own pages with theirs
 * (their inline scripts carry a nonce that only their filter knows), which is why the filter here runs first.
 */
@Configuration
class SecurityHeaders {

    /** Nothing of an address goes to another site; the application's own checks of same-origin requests keep it. */
    static final String REFERRER_POLICY = "same-origin";
    static final String PERMISSIONS_POLICY = "accelerometer=(), camera=(), geolocation=(), gyroscope=(), "
            + "magnetometer=(), microphone=(), payment=(), usb=()";

    /** The three headers, as set on every answer. */
    record Values(String contentSecurityPolicy) {

        static Values forIssuer(String issuer) {
            URI uri = URI.create(issuer);
            String origin = uri.getScheme() + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
            return new Values(String.join("; ",
                    "default-src 'self'",
                    "script-src 'self'",
                    "style-src 'self' 'unsafe-inline'",
                    "img-src 'self' data:",
                    "font-src 'self' data:",
                    "connect-src 'self' " + origin,
                    "frame-src 'self' " + origin,
                    "form-action 'self' " + origin,
                    "frame-ancestors 'none'",
                    "base-uri 'self'",
                    "object-src 'none'"));
        }

        void applyTo(HttpServletResponse response) {
            response.setHeader("Content-Security-Policy", contentSecurityPolicy);
            response.setHeader("Referrer-Policy", REFERRER_POLICY);
            response.setHeader("Permissions-Policy", PERMISSIONS_POLICY);
        }
    }

    @Bean
    Values securityHeaderValues(@Value("${clearance.identity.issuer}") String issuer) {
        return Values.forIssuer(issuer);
    }

    /** First of all filters, for every kind of dispatch: error pages and forwards to the UI included. */
    @Bean
    FilterRegistrationBean<Filter> securityHeadersFilter(Values values) {
        Filter filter = (request, response, chain) -> {
            values.applyTo((HttpServletResponse) response);
            chain.doFilter(request, response);
        };
        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(filter);
        registration.setName("Clearance security headers");
        registration.addUrlPatterns("/*");
        registration.setDispatcherTypes(EnumSet.allOf(DispatcherType.class));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    /**
     * Tomcat answers some requests itself, before any filter (an encoded slash, a character no address may
     * hold): its error report valve writes those answers, and here writes problem+json with the same headers.
     * Runs after Spring Boot's customizer, whose plain valve it replaces.
     */
    @Bean
    @Order(Ordered.LOWEST_PRECEDENCE)
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemReports(Values values) {
        return factory -> factory.addContextCustomizers(context -> {
            Host host = (Host) context.getParent();
            for (Valve valve : host.getPipeline().getValves()) {
                if (valve instanceof ErrorReportValve) {
                    host.getPipeline().removeValve(valve);
                }
            }
            host.getPipeline().addValve(new ProblemReportValve(values));
            if (host instanceof StandardHost standard) {
                // the host adds a valve of this class at start unless it has one
                standard.setErrorReportValveClass(ProblemReportValve.class.getName());
            }
        });
    }
}
