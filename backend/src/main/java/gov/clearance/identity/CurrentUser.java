package gov.clearance.identity;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The person (or the system itself) on whose behalf an action is taken.
 *
 * @param username the unique user name ({@code preferred_username})
 * @param displayName the name shown in the audit trail
 * @param roles the realm roles
 * @param agency the agency the user works for (BIS, DOD, STATE, ...), or {@code null} for applicants
 * @param component the agency component (for DoD: ARMY, NAVY, ...), or {@code null}
 * @param organization the applicant organization, or {@code null} for government staff
 */
public record CurrentUser(String username, String displayName, Set<Role> roles, String agency, String component,
        String organization) {

    /** The group the Operating Committee's tasks are offered to. */
    public static final String OPERATING_COMMITTEE = "OPERATING_COMMITTEE";

    /** The agency recorded for actions the system takes by itself (deemed positions, licenses). */
    public static final String SYSTEM_AGENCY = "SYSTEM";

    public CurrentUser {
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    /** The person the current request's bearer token names, if it carries one. */
    public static java.util.Optional<CurrentUser> signedIn() {
        if (org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication()
                instanceof org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken
                token) {
            return java.util.Optional.of(CurrentUsers.fromToken(token.getToken()));
        }
        return java.util.Optional.empty();
    }

    public static CurrentUser system() {
        return new CurrentUser("clearance-system", "Clearance (automatic)", Set.of(), SYSTEM_AGENCY, null, null);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean hasAny(Role... candidates) {
        return Arrays.stream(candidates).anyMatch(roles::contains);
    }

    public boolean hasAny(Collection<Role> candidates) {
        return candidates.stream().anyMatch(roles::contains);
    }

    public boolean belongsTo(String agencyCode) {
        return agencyCode != null && agencyCode.equals(agency) && component == null;
    }

    public boolean isComponent(String componentCode) {
        return componentCode != null && componentCode.equals(component);
    }

    /** Agency and component as written in the audit trail, for example {@code DOD/ARMY}. */
    public String agencyPath() {
        if (agency == null) {
            return organization == null ? null : "ORG:" + organization;
        }
        return component == null ? agency : agency + "/" + component;
    }

    /**
     * The workflow groups whose tasks this user may see and work, by role: a licensing analyst works
     * their agency's (BIS's) review and decision tasks, reviewers and arbiters their agency's referral
     * tasks, assessors their component's assessments, the Operating Committee chair the committee's,
     * board members their agency's votes on appeals.
     */
    public Set<String> taskGroups() {
        Set<String> groups = new LinkedHashSet<>();
        boolean ofAnAgency = agency != null && !SYSTEM_AGENCY.equals(agency) && component == null;
        if (ofAnAgency && hasAny(Role.ANALYST, Role.REVIEWER, Role.ARBITER)) {
            groups.add(agency);
        }
        if (component != null && has(Role.ASSESSOR)) {
            groups.add(component);
        }
        if (has(Role.OC_CHAIR)) {
            groups.add(OPERATING_COMMITTEE);
        }
        if (ofAnAgency && has(Role.BOARD_MEMBER)) {
            groups.add("BOARD/" + agency);
        }
        return groups;
    }
}
