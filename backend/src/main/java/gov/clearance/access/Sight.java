package gov.clearance.access;

import gov.clearance.identity.CurrentUser;
import gov.clearance.identity.Role;
import java.util.function.Predicate;

/** Who sees which case: each way of seeing one, by role. A person sees a case when any of theirs does. */
public enum Sight {
    EVERY_CASE("licensing analysts, administrators", "every registered case",
            user -> user.hasAny(Role.ANALYST, Role.ADMIN)),
    REFERRED_TO_THEIR_AGENCY("agency reviewers and arbiters", "the cases referred to their agency; of each, "
            + "their agency's referral, position and assessments",
            user -> user.hasAny(Role.REVIEWER, Role.ARBITER) && user.agency() != null && user.component() == null),
    ASSESSED_BY_THEIR_COMPONENT("component assessors", "the cases their component was asked to assess",
            user -> user.has(Role.ASSESSOR) && user.component() != null),
    DISPUTED("the Operating Committee chair", "the disputed cases, whole", user -> user.has(Role.OC_CHAIR)),
    APPEALED_TO_BOARDS_SEATING_THEIR_AGENCY("board members", "the cases appealed past the Operating Committee "
            + "whose boards seat their agency, whole", user -> user.has(Role.BOARD_MEMBER) && user.agency() != null),
    OWN_ORGANIZATION("applicants", "their organization's applications, drafts included",
            user -> user.has(Role.APPLICANT));

    private final String who;
    private final String cases;
    private final Predicate<CurrentUser> role;

    Sight(String who, String cases, Predicate<CurrentUser> role) {
        this.who = who;
        this.cases = cases;
        this.role = role;
    }

    public String who() {
        return who;
    }

    public String cases() {
        return cases;
    }

    /** Whether the person holds the role that gives this way of seeing cases. */
    boolean holds(CurrentUser user) {
        return role.test(user);
    }
}
