package gov.clearance.identity;

/** The realm roles a Clearance user may hold (Keycloak realm roles, claim {@code realm_access.roles}). */
public enum Role {
    APPLICANT,
    ANALYST,
    REVIEWER,
    ARBITER,
    ASSESSOR,
    OC_CHAIR,
    BOARD_MEMBER,
    /** Gives tasks of their agency's (or component's) queue to its people; held with another staff role. */
    SUPERVISOR,
    ADMIN
}
