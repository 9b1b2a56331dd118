package gov.clearance.access;

import gov.clearance.identity.CurrentUser;
import gov.clearance.identity.Role;
import java.util.Set;
import java.util.function.BiPredicate;

/** Who may take an action on a case they see: a role, and where it matters, their relation to its target. */
public enum Who {
    WHOEVER_SEES_THE_CASE("whoever sees the case", (user, target) -> true),
    STAFF_OF_AN_AGENCY("staff of an agency (its components included)", (user, target) -> user.agency() != null
            && !CurrentUser.SYSTEM_AGENCY.equals(user.agency())),
    BIS_ANALYST("a BIS licensing analyst", (user, target) -> user.has(Role.ANALYST) && user.belongsTo(Target.BIS)),
    ARBITER_OF_THE_REFERRED_AGENCY("an arbiter of the agency referred to",
            (user, target) -> user.has(Role.ARBITER) && user.belongsTo(target.agency())),
    REVIEWER_OF_THE_REFERRED_AGENCY("a reviewer or arbiter of the agency referred to",
            (user, target) -> user.hasAny(Role.REVIEWER, Role.ARBITER) && user.belongsTo(target.agency())),
    ASSESSOR_OF_THE_COMPONENT("an assessor of the component asked",
            (user, target) -> user.has(Role.ASSESSOR) && user.isComponent(target.component())
                    && target.agency() != null && target.agency().equals(user.agency())),
    OC_CHAIR_OR_ADMINISTRATOR("the OC chair, or an administrator", (user, target) -> user.hasAny(Role.OC_CHAIR,
            Role.ADMIN)),
    REVIEWER_OF_AN_AGENCY("a reviewer or arbiter of an agency",
            (user, target) -> user.hasAny(Role.REVIEWER, Role.ARBITER) && ofAnAgency(user)),
    BOARD_MEMBER_OF_AN_AGENCY("a board member of an agency",
            (user, target) -> user.has(Role.BOARD_MEMBER) && ofAnAgency(user)),
    ADMINISTRATOR("an administrator", (user, target) -> user.has(Role.ADMIN)),
    TASK_CANDIDATE("those the task is offered to; an administrator only the President's and the Under "
            + "Secretary's decisions", (user, target) -> offeredTo(user, target)),
    TASK_CANDIDATE_OR_ADMINISTRATOR("those the task is offered to, and administrators",
            (user, target) -> offeredTo(user, target) || user.has(Role.ADMIN)),
    TASK_SUPERVISOR("an arbiter, or a supervisor, of the agency (or component) the task is offered to",
            (user, target) -> user.hasAny(Role.ARBITER, Role.SUPERVISOR) && target.taskGroup() != null
                    && user.taskGroups().contains(target.taskGroup())),
    APPLICANT_OF_THE_ORGANIZATION("the applicant's organization", (user, target) -> user.has(Role.APPLICANT));

    /**
     * The task groups an administrator works: the decisions an administrator records for someone outside the
     * agencies. An administrator does not claim an agency's work: a claim by someone who cannot record the
     * work only keeps it from those who can.
     */
    static final Set<String> ADMINISTRATORS_GROUPS = Set.of("PRESIDENT", "UNDER_SECRETARY");

    private final String description;
    private final BiPredicate<CurrentUser, Target> rule;

    Who(String description, BiPredicate<CurrentUser, Target> rule) {
        this.description = description;
        this.rule = rule;
    }

    public String description() {
        return description;
    }

    boolean permits(CurrentUser user, Target target) {
        return rule.test(user, target);
    }

    private static boolean ofAnAgency(CurrentUser user) {
        return user.agency() != null && !CurrentUser.SYSTEM_AGENCY.equals(user.agency()) && user.component() == null;
    }

    private static boolean offeredTo(CurrentUser user, Target target) {
        return target.taskGroup() != null && (user.taskGroups().contains(target.taskGroup())
                || user.has(Role.ADMIN) && ADMINISTRATORS_GROUPS.contains(target.taskGroup()));
    }
}
