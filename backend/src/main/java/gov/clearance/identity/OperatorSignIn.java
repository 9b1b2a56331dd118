package gov.clearance.identity;

import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Operators reach the Camunda webapps (Cockpit, Tasklist, Admin) by signing in through the same
 * Keycloak, with the UI's public client and PKCE, in a browser session. Only administrators get in;
 * their roles are read from the access token, exactly as the API reads them.
 */
@Configuration
class OperatorSignIn {

    static final String REGISTRATION = "keycloak";

    @Bean
    @Order(1)
    SecurityFilterChain operatorSecurity(HttpSecurity http, OAuth2UserService<OidcUserRequest, OidcUser> operators)
            throws Exception {
        // path patterns on the whole path: the webapps' APIs are servlets of their own, outside Spring MVC
        PathPatternRequestMatcher.Builder path = PathPatternRequestMatcher.withDefaults();
        RequestMatcher webapps = path.matcher("/camunda/**");
        http.securityMatcher(new OrRequestMatcher(webapps, path.matcher("/oauth2/**"), path.matcher("/login/**"),
                        path.matcher("/logout")))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(webapps).hasRole(Role.ADMIN.name())
                        .anyRequest().permitAll())
                .oauth2Login(login -> login.userInfoEndpoint(userInfo -> userInfo.oidcUserService(operators)))
                // the Camunda webapps protect themselves against CSRF with their own filter
                .csrf(csrf -> csrf.ignoringRequestMatchers(webapps));
        return http.build();
    }

    @Bean
    ClientRegistrationRepository operatorClients(@Value("${clearance.identity.issuer}") String issuer,
            @Value("${clearance.identity.issuer-backchannel}") String backchannel,
            @Value("${clearance.identity.web-client-id}") String clientId) {
        String endpoints = backchannel + "/protocol/openid-connect";
        // endpoints are named rather than discovered, so the application starts before its issuer answers
        return new InMemoryClientRegistrationRepository(ClientRegistration.withRegistrationId(REGISTRATION)
                .clientName("Clearance sign-in")
                .clientId(clientId)
                .clientAuthenticationMethod(ClientAuthenticationMethod.NONE)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                .scope("openid", "profile", "email")
                .issuerUri(issuer)
                .authorizationUri(issuer + "/protocol/openid-connect/auth")
                .tokenUri(endpoints + "/token")
                .jwkSetUri(endpoints + "/certs")
                .userInfoUri(endpoints + "/userinfo")
                .userNameAttributeName("preferred_username")
                .build());
    }

    /** The signed-in operator, with the realm roles of their access token (checked like any API token). */
    @Bean
    OAuth2UserService<OidcUserRequest, OidcUser> operators(JwtDecoder tokens) {
        OidcUserService standard = new OidcUserService();
        return request -> {
            OidcUser signedIn = standard.loadUser(request);
            Jwt access = tokens.decode(request.getAccessToken().getTokenValue());
            List<SimpleGrantedAuthority> roles = CurrentUsers.roles(access).stream()
                    .map(role -> new SimpleGrantedAuthority("ROLE_" + role.name())).toList();
            return new DefaultOidcUser(roles, signedIn.getIdToken(), signedIn.getUserInfo(), "preferred_username");
        };
    }
}
