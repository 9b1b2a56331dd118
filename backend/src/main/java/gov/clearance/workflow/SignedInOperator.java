package gov.clearance.workflow;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationProvider;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * Tells the Camunda webapps who is signed in: the Keycloak user Spring Security authenticated, as a
 * member of Camunda's administrators group (only administrators get this far).
 */
public class SignedInOperator implements AuthenticationProvider {

    @Override
    public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()
                || !(authentication.getPrincipal() instanceof OidcUser operator)
                || authentication.getAuthorities().stream().noneMatch(a -> "ROLE_ADMIN".equals(a.getAuthority()))) {
            return AuthenticationResult.unsuccessful();
        }
        String username = operator.getPreferredUsername();
        knownToCamunda(engine.getIdentityService(), username, operator);
        AuthenticationResult result = AuthenticationResult.successful(username);
        result.setGroups(List.of(Groups.CAMUNDA_ADMIN));
        result.setTenants(List.of());
        return result;
    }

    /**
     * The webapps look the operator up in Camunda's user store and its administrators group, so the first
     * sign-in records them there: name and e-mail only, never a password, so Camunda's own login form
     * cannot be used for them.
     */
    private static void knownToCamunda(IdentityService identities, String username, OidcUser operator) {
        if (identities.createUserQuery().userId(username).count() == 0) {
            User user = identities.newUser(username);
            user.setFirstName(operator.getGivenName());
            user.setLastName(operator.getFamilyName());
            user.setEmail(operator.getEmail());
            identities.saveUser(user);
        }
        if (identities.createGroupQuery().groupId(Groups.CAMUNDA_ADMIN).count() == 0) {
            Group administrators = identities.newGroup(Groups.CAMUNDA_ADMIN);
            administrators.setName("Camunda administrators");
            administrators.setType(Groups.GROUP_TYPE_SYSTEM);
            identities.saveGroup(administrators);
        }
        if (identities.createUserQuery().userId(username).memberOfGroup(Groups.CAMUNDA_ADMIN).count() == 0) {
            identities.createMembership(username, Groups.CAMUNDA_ADMIN);
        }
    }

    @Override
    public void augmentResponseByAuthenticationChallenge(HttpServletResponse response, ProcessEngine engine) {
        // Spring Security has already sent anyone not signed in to Keycloak
    }
}
