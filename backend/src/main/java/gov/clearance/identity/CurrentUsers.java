package gov.clearance.identity;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.security.oauth2.jwt.Jwt;

/** Reads a {@link CurrentUser} from the claims of a validated access token. */
final class CurrentUsers {

    private CurrentUsers() {
    }

    static CurrentUser fromToken(Jwt jwt) {
        String username = firstText(jwt.getClaimAsString("preferred_username"), jwt.getSubject());
        String displayName = firstText(jwt.getClaimAsString("name"), username);
        String[] agencyPath = splitAgency(claimText(jwt.getClaims().get("agency")));
        String organization = trimSlash(claimText(jwt.getClaims().get("organization")));
        return new CurrentUser(username, displayName, roles(jwt), agencyPath[0], agencyPath[1], organization);
    }

    static Set<Role> roles(Jwt jwt) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Object realmAccess = jwt.getClaims().get("realm_access");
        if (realmAccess instanceof Map<?, ?> access && access.get("roles") instanceof Collection<?> names) {
            for (Object name : names) {
                for (Role role : Role.values()) {
                    if (role.name().equals(String.valueOf(name))) {
                        roles.add(role);
                    }
                }
            }
        }
        return roles;
    }

    /** A claim may be a string or, as Keycloak's group mapper writes it, a list of strings. */
    private static String claimText(Object claim) {
        if (claim instanceof List<?> list) {
            return list.isEmpty() ? null : String.valueOf(list.get(0));
        }
        return claim == null ? null : String.valueOf(claim);
    }

    private static String[] splitAgency(String agency) {
        String path = trimSlash(agency);
        if (path == null) {
            return new String[] {null, null};
        }
        int slash = path.indexOf('/');
        if (slash < 0) {
            return new String[] {path, null};
        }
        return new String[] {path.substring(0, slash), path.substring(slash + 1)};
    }

    private static String trimSlash(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String trimmed = value.strip();
        return trimmed.startsWith("/") ? trimmed.substring(1) : trimmed;
    }

    private static String firstText(String first, String second) {
        return first != null && !first.isBlank() ? first : second;
    }
}
