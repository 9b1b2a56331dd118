package gov.clearance.workflow;

import jakarta.servlet.DispatcherType;
import java.util.Map;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Hands the operator signed in through Keycloak to the Camunda webapps, which then skip their own
 * login form. Runs after Spring Security's filter chain, which lets only administrators through.
 */
@Configuration
class CockpitSignIn {

    /** Spring Security's filter chain runs at order -100; this filter must see its result. */
    private static final int AFTER_SPRING_SECURITY = 101;

    @Bean
    FilterRegistrationBean<ContainerBasedAuthenticationFilter> cockpitSignInFilter(
            @Value("${camunda.bpm.webapp.application-path:/camunda}") String webapps) {
        FilterRegistrationBean<ContainerBasedAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new ContainerBasedAuthenticationFilter());
        registration.setName("Clearance operator sign-in");
        registration.setInitParameters(Map.of(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
                SignedInOperator.class.getName()));
        registration.addUrlPatterns(webapps + "/app/*", webapps + "/api/*");
        registration.setDispatcherTypes(DispatcherType.REQUEST);
        registration.setOrder(AFTER_SPRING_SECURITY);
        return registration;
    }
}
