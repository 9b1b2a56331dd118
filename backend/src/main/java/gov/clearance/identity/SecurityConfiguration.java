package gov.clearance.identity;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The API is an OAuth 2 resource server: every {@code /api} call carries a bearer JWT whose issuer,
 * signature, expiry and audience are checked by Spring Security's standard JWT support. Roles come
 * from {@code realm_access.roles}. Authentication and authorization failures are handed to the one
 * error handler so that they are problem+json like every other error.
 */
@Configuration
class SecurityConfiguration implements WebMvcConfigurer {

    private static final String[] STAFF_ROLES = {"ANALYST", "REVIEWER", "ARBITER", "ASSESSOR", "OC_CHAIR",
        "BOARD_MEMBER", "ADMIN"};

    @Bean
    @Order(2)
    SecurityFilterChain apiSecurity(HttpSecurity http,
            @Qualifier("handlerExceptionResolver") HandlerExceptionResolver errors) throws Exception {
        http.csrf(csrf -> csrf.ignoringRequestMatchers("/api/**", "/engine-rest/**"))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.GET, "/api/identity/configuration").permitAll()
                        .requestMatchers("/api/applicant/**").hasRole("APPLICANT")
                        .requestMatchers("/api/staff/**").hasAnyRole(STAFF_ROLES)
                        .requestMatchers("/api/admin/**").hasRole("ADMIN")
                        .requestMatchers("/api/**").authenticated()
                        // the engine's REST API is a servlet of its own: match the whole path
                        .requestMatchers(PathPatternRequestMatcher.withDefaults().matcher("/engine-rest/**"))
                        .hasRole("ADMIN")
                        .anyRequest().permitAll())
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(SecurityConfiguration::authentication))
                        .authenticationEntryPoint((request, response, failure) ->
                                errors.resolveException(request, response, null, failure))
                        .accessDeniedHandler((request, response, denied) ->
                                errors.resolveException(request, response, null, denied)))
                .exceptionHandling(handling -> handling
                        .authenticationEntryPoint((request, response, failure) ->
                                errors.resolveException(request, response, null, failure))
                        .accessDeniedHandler((request, response, denied) ->
                                errors.resolveException(request, response, null, denied)));
        return http.build();
    }

    /**
     * Token lifetimes are checked against real time, never the application's business clock (which
     * tests and demos may move forward), with a small tolerance for clocks that drift apart
     * ({@code clearance.identity.token-clock-skew}, 30 seconds unless told otherwise), on top of Spring
     * Security's standard checks of issuer, signature, expiry and audience.
     */
    @Bean
    OAuth2TokenValidator<Jwt> tokenLifetime(@Value("${clearance.identity.token-clock-skew:PT30S}") Duration clockSkew) {
        JwtTimestampValidator lifetime = new JwtTimestampValidator(clockSkew);
        lifetime.setClock(Clock.systemUTC());
        return lifetime;
    }

    private static AbstractAuthenticationToken authentication(Jwt jwt) {
        List<SimpleGrantedAuthority> authorities = CurrentUsers.roles(jwt).stream()
                .map(role -> new SimpleGrantedAuthority("ROLE_" + role.name()))
                .collect(Collectors.toList());
        CurrentUser user = CurrentUsers.fromToken(jwt);
        return new JwtAuthenticationToken(jwt, authorities, user.username());
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new CurrentUserArgumentResolver());
    }

    /** Lets controllers declare a {@link CurrentUser} parameter. */
    static final class CurrentUserArgumentResolver implements HandlerMethodArgumentResolver {

        @Override
        public boolean supportsParameter(MethodParameter parameter) {
            return CurrentUser.class.equals(parameter.getParameterType());
        }

        @Override
        public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer container,
                NativeWebRequest request, WebDataBinderFactory binderFactory) {
            Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
            if (authentication instanceof JwtAuthenticationToken token) {
                return CurrentUsers.fromToken(token.getToken());
            }
            throw new org.springframework.security.authentication.AuthenticationCredentialsNotFoundException(
                    "A bearer token is required");
        }
    }
}
