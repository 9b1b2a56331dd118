package gov.clearance.access;

import gov.clearance.access.GuardedEndpoints.Guard;
import gov.clearance.access.GuardedEndpoints.Kind;
import gov.clearance.identity.CurrentUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationListener;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Asks the policy first: before an endpoint that takes the id of a case, or of something in one, reads or
 * checks anything, the person must see the case (else 404) and be one who may take the endpoint's action
 * (else 403). The application refuses to start while it serves an endpoint with a path variable that is
 * neither guarded here nor named as being about no case, so no new endpoint can go around the policy.
 */
@Configuration
class CaseGuard implements WebMvcConfigurer, HandlerInterceptor, ApplicationListener<ApplicationStartedEvent> {

    private final CasePolicy policy;

    CaseGuard(CasePolicy policy) {
        this.policy = policy;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns("/api/**");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod)) {
            return true;
        }
        Object pattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
        Optional<Guard> guard = pattern == null ? Optional.empty()
                : GuardedEndpoints.of(request.getMethod(), pattern.toString());
        if (guard.isEmpty()) {
            return true;
        }
        @SuppressWarnings("unchecked")
        Map<String, String> variables = (Map<String, String>) request
                .getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        String id = variables == null ? null : variables.get("id");
        if (id == null || guard.get().kind() != Kind.TASK && !isUuid(id)) {
            return true; // names nothing: the endpoint refuses the malformed id itself (400)
        }
        Optional<CurrentUser> user = CurrentUser.signedIn();
        if (user.isEmpty()) {
            return true; // the security filters have answered 401 already
        }
        policy.require(user.get(), guard.get().kind(), id, guard.get().action());
        return true;
    }

    /** Every served endpoint with a path variable is guarded, or named as being about no case. */
    @Override
    public void onApplicationEvent(ApplicationStartedEvent event) {
        if (!event.getApplicationContext().containsBean("requestMappingHandlerMapping")) {
            return; // no web endpoints in this context
        }
        List<String> unguarded = unguardedEndpoints(event.getApplicationContext()
                .getBean("requestMappingHandlerMapping", RequestMappingHandlerMapping.class));
        if (!unguarded.isEmpty()) {
            throw new IllegalStateException("Endpoints with a path variable that the access policy does not guard "
                    + "(add them to GuardedEndpoints): " + unguarded);
        }
    }

    static List<String> unguardedEndpoints(RequestMappingHandlerMapping mappings) {
        return mappings.getHandlerMethods().keySet().stream()
                .flatMap(info -> info.getPatternValues().stream()
                        .flatMap(pattern -> info.getMethodsCondition().getMethods().stream()
                                .map(method -> method.name() + " " + pattern)))
                .filter(endpoint -> endpoint.contains(" /api/") && endpoint.contains("{"))
                .filter(endpoint -> !GuardedEndpoints.ABOUT_NO_CASE.contains(endpoint))
                .filter(endpoint -> GuardedEndpoints.of(endpoint.substring(0, endpoint.indexOf(' ')),
                        endpoint.substring(endpoint.indexOf(' ') + 1)).isEmpty())
                .sorted().toList();
    }

    private static boolean isUuid(String id) {
        try {
            UUID.fromString(id);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
