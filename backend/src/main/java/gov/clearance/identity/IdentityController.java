package gov.clearance.identity;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** What the UI needs to sign people in, and who the signed-in person is. */
@RestController
@Tag(name = "Identity")
class IdentityController {

    private final SignInConfiguration signIn;

    IdentityController(@Value("${clearance.identity.issuer}") String issuer,
            @Value("${clearance.identity.web-client-id}") String clientId) {
        this.signIn = new SignInConfiguration(issuer, clientId, "openid profile email");
    }

    /**
     * Where and how the UI signs people in: the OpenID Connect issuer and the UI's public client.
     *
     * @param issuer the issuer; its discovery document is at {@code issuer/.well-known/openid-configuration}
     * @param clientId the public client the UI signs in with (authorization code with PKCE)
     * @param scope the scopes the UI asks for
     */
    record SignInConfiguration(String issuer, String clientId, String scope) {
    }

    /** The signed-in person as the API sees them. */
    record SignedInPerson(String username, String displayName, Set<Role> roles, String agency, String component,
            String organization) {
    }

    @GetMapping("/api/identity/configuration")
    @Operation(summary = "The OpenID Connect issuer and client the UI signs in with (no sign-in needed)")
    SignInConfiguration configuration() {
        return signIn;
    }

    @GetMapping("/api/me")
    @Operation(summary = "The signed-in person: name, roles, agency and component, or organization")
    SignedInPerson me(CurrentUser user) {
        return new SignedInPerson(user.username(), user.displayName(), user.roles(), user.agency(), user.component(),
                user.organization());
    }
}
