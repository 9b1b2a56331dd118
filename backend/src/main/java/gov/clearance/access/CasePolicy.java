package gov.clearance.access;

import gov.clearance.access.GuardedEndpoints.Kind;
import gov.clearance.decision.EscalationLadder;
import gov.clearance.identity.CurrentUser;
import gov.clearance.identity.Role;
import gov.clearance.intake.ApplicationView;
import gov.clearance.intake.Applications;
import gov.clearance.position.Positions;
import gov.clearance.reconciliation.Reconciliations;
import gov.clearance.referral.Referrals;
import gov.clearance.shared.CaseCondition;
import gov.clearance.shared.ForbiddenException;
import gov.clearance.shared.NotFoundException;
import gov.clearance.decision.AppealView;
import gov.clearance.deadline.HoldView;
import gov.clearance.intake.ApplicationStatus;
import gov.clearance.position.ReturnBlock;
import gov.clearance.referral.ReferralView;
import gov.clearance.workflow.TaskActions;
import gov.clearance.workflow.TaskView;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one access policy: who sees a case ({@link Sight}), and who may take each action on a case they see
 * ({@link CaseAction#who()}). Every endpoint that takes an id of a case, or of something in one, asks it
 * before anything else ({@link CaseGuard}); the case view lists the actions the person may take now.
 */
@Service
public class CasePolicy implements TaskActions {

    private final Applications applications;
    private final Referrals referrals;
    private final Positions positions;
    private final Reconciliations reconciliations;
    private final EscalationLadder escalation;
    private final Targets targets;

    CasePolicy(Applications applications, Referrals referrals, Positions positions, Reconciliations reconciliations,
            EscalationLadder escalation, Targets targets) {
        this.applications = applications;
        this.referrals = referrals;
        this.positions = positions;
        this.reconciliations = reconciliations;
        this.escalation = escalation;
        this.targets = targets;
    }

    /** Whether the person sees every case. */
    public boolean seesEveryCase(CurrentUser staff) {
        return Sight.EVERY_CASE.holds(staff);
    }

    /**
     * The cases the member of staff may open, as a condition a search runs in SQL (a semi-join on what each
     * module records, never a list of every id); empty means every case.
     */
    @Transactional(readOnly = true)
    public Optional<CaseCondition> visibleCases(CurrentUser staff) {
        if (seesEveryCase(staff)) {
            return Optional.empty();
        }
        List<CaseCondition> visible = new ArrayList<>();
        if (Sight.REFERRED_TO_THEIR_AGENCY.holds(staff) && staff.agency() != null) {
            visible.add(referrals.referredTo(staff.agency()));
        }
        if (Sight.ASSESSED_BY_THEIR_COMPONENT.holds(staff) && staff.component() != null) {
            visible.add(positions.assessedBy(staff.component()));
        }
        if (Sight.DISPUTED.holds(staff)) {
            visible.add(reconciliations.disputed());
        }
        if (Sight.APPEALED_TO_BOARDS_SEATING_THEIR_AGENCY.holds(staff)) {
            visible.add(escalation.appealedToBoardsSeating(staff.agency()));
        }
        return Optional.of(CaseCondition.anyOf(visible));
    }

    /** Whether the person sees every referral, position and the reconciliation of the case, not only their agency's. */
    @Transactional(readOnly = true)
    public boolean seesWholeCase(CurrentUser staff, UUID applicationId) {
        return seesEveryCase(staff)
                || Sight.DISPUTED.holds(staff) && reconciliations.wasDisputed(applicationId)
                || Sight.APPEALED_TO_BOARDS_SEATING_THEIR_AGENCY.holds(staff)
                        && escalation.wasAppealedToBoardsSeating(staff.agency(), applicationId);
    }

    /** Whether the person sees the case: the same rules as {@link #visibleCases}, for one case. */
    @Transactional(readOnly = true)
    public boolean sees(CurrentUser user, UUID applicationId) {
        if (Sight.OWN_ORGANIZATION.holds(user)) {
            try {
                applications.viewForApplicant(user, applicationId);
                return true;
            } catch (NotFoundException | ForbiddenException e) {
                return false;
            }
        }
        if (!registered(applicationId)) {
            return false; // a draft is not a case yet: staff see none
        }
        return seesWholeCase(user, applicationId)
                || Sight.REFERRED_TO_THEIR_AGENCY.holds(user) && referrals.wasReferredTo(applicationId, user.agency())
                || Sight.ASSESSED_BY_THEIR_COMPONENT.holds(user)
                        && positions.wasAssessedBy(applicationId, user.component());
    }

    /** The registered case the member of staff may open; otherwise a 404, as if it did not exist. */
    @Transactional(readOnly = true)
    public ApplicationView visibleCase(CurrentUser staff, UUID applicationId) {
        require(staff, Kind.APPLICATION, applicationId.toString(), CaseAction.READ);
        return applications.view(applicationId);
    }

    /**
     * Refuses the action unless the person may take it on what the id names: 404 when there is no such thing
     * or the person does not see its case (the same answer, so nothing shows through), 403 when they see it
     * but may never take the action. Whether the case's state allows it now is for the caller to check next.
     */
    @Transactional(readOnly = true)
    void require(CurrentUser user, Kind kind, String id, CaseAction action) {
        Target target = targets.resolve(kind, id);
        if (!sees(user, target.caseId())) {
            throw new NotFoundException(target.noun(), id);
        }
        if (!may(user, action, target)) {
            throw new ForbiddenException(refusal(user, action, target));
        }
    }

    /** {@link #require(CurrentUser, Kind, String, CaseAction)} for an action on the case itself. */
    @Transactional(readOnly = true)
    public void require(CurrentUser user, UUID applicationId, CaseAction action) {
        require(user, Kind.APPLICATION, applicationId.toString(), action);
    }

    /** Whether a person who sees the case may take the action on the target (whatever the case's state). */
    boolean may(CurrentUser user, CaseAction action, Target target) {
        return action.who().permits(user, target);
    }

    /** Whether a person who sees the case may take the action on the case itself. */
    public boolean may(CurrentUser user, CaseAction action, UUID applicationId) {
        return may(user, action, Target.ofCase(applicationId));
    }

    /**
     * The actions the person may take on the case now: those the policy allows them (as {@link #require}
     * asks) that the case is waiting for, by its open tasks and its state. The UI offers these and no others.
     */
    public List<AllowedAction> allowedActions(CurrentUser user, CaseNow now) {
        List<AllowedAction> allowed = new ArrayList<>();
        String base = "/api/staff/applications/" + now.applicationId();
        Target onCase = Target.ofCase(now.applicationId());
        boolean open = now.status() != ApplicationStatus.DRAFT && now.status() != ApplicationStatus.CLOSED;
        Map<String, List<TaskView>> tasks = now.openTasks().stream()
                .collect(Collectors.groupingBy(TaskView::type, LinkedHashMap::new, Collectors.toList()));
        Optional<TaskView> review = first(tasks, "BIS_REVIEW");
        Optional<TaskView> returnForNoAnswer = first(tasks, "RETURN_FOR_NO_ANSWER");
        Optional<TaskView> decision = first(tasks, "DECISION");
        Optional<TaskView> ladderNotice = first(tasks, "LADDER_DENIAL_NOTICE");

        Allowing allow = new Allowing(user, allowed);
        allow.when(open, CaseAction.HOLD, onCase, base + "/holds", null);
        now.holds().stream().filter(HoldView::running).forEach(hold -> allow.when(true, CaseAction.RELEASE_HOLD,
                onCase, "/api/staff/holds/" + hold.id() + "/release", hold.id(), null));
        allow.when(true, CaseAction.UPLOAD_DOCUMENT, onCase, base + "/documents", null);
        allow.when(now.status() == ApplicationStatus.UNDER_REVIEW, CaseAction.RECLASSIFY, onCase,
                base + "/reclassifications", null);
        allow.when(true, CaseAction.ADJUDICATE_SCREENING, onCase, base + "/screening/hits/{hitId}/adjudication",
                null);
        review.ifPresent(task -> allow.when(true, CaseAction.REVIEW, onCase, base + "/review", task.type()));
        returnForNoAnswer.ifPresent(task -> allow.when(true, CaseAction.REVIEW, onCase, base + "/review",
                task.type()));
        for (ReturnBlock block : now.returnBlocks()) {
            Target returned = new Target(now.applicationId(), "Position", block.positionId().toString(),
                    block.agency(), null, null);
            allow.when(true, CaseAction.SUPPLY_INFORMATION, returned,
                    "/api/staff/positions/" + block.positionId() + "/supplied-information", block.positionId(), null);
            Target referral = new Target(now.applicationId(), "Referral", block.referralId().toString(),
                    block.agency(), null, null);
            allow.when(!block.supplied().isEmpty(), CaseAction.RECORD_POSITION, referral,
                    "/api/staff/referrals/" + block.referralId() + "/position", block.referralId(), null);
        }
        decision.ifPresent(task -> allow.when(true, CaseAction.DECIDE, onCase, base + "/decision", task.type()));
        // an agency's return without action blocks a denial as it blocks an approval: BIS may only return the case
        decision.or(() -> ladderNotice).ifPresent(task -> allow.when(now.intentToDeny() == null
                && now.returnBlocks().isEmpty(),
                CaseAction.ISSUE_INTENT_TO_DENY, onCase, base + "/intent-to-deny", task.type()));
        allow.when(now.intentToDeny() != null && now.intentToDeny().withdrawal() == null
                && now.status() == ApplicationStatus.INTENT_TO_DENY, CaseAction.WITHDRAW_INTENT_TO_DENY, onCase,
                base + "/intent-to-deny/withdrawal", null);

        for (TaskView task : tasks.getOrDefault("AGENCY_REVIEW", List.of())) {
            if (task.referralId() == null) {
                continue;
            }
            Target referral = new Target(now.applicationId(), "Referral", task.referralId().toString(),
                    task.agency(), null, null);
            String path = "/api/staff/referrals/" + task.referralId();
            allow.when(true, CaseAction.REQUEST_ASSESSMENTS, referral, path + "/assessments", task.referralId(),
                    task.type());
            allow.when(true, CaseAction.RECORD_POSITION, referral, path + "/position", task.referralId(), task.type());
            allow.when(true, CaseAction.REPORT_MISSING_INFORMATION, referral, path + "/missing-information",
                    task.referralId(), task.type());
        }
        for (TaskView task : tasks.getOrDefault("COMPONENT_ASSESSMENT", List.of())) {
            if (task.assessmentId() == null) {
                continue;
            }
            String agency = now.referrals().stream().filter(referral -> referral.id().equals(task.referralId()))
                    .map(ReferralView::agency).findFirst().orElse(null);
            allow.when(true, CaseAction.RECORD_ASSESSMENT, new Target(now.applicationId(), "Assessment",
                    task.assessmentId().toString(), agency, task.agency(), null),
                    "/api/staff/assessments/" + task.assessmentId(), task.assessmentId(), task.type());
        }

        // which of the two may rule is the rung the case stands at
        first(tasks, "OC_DECISION").ifPresent(task -> allow.when(user.has(Role.OC_CHAIR), CaseAction.RULE, onCase,
                base + "/rulings", task.type()));
        first(tasks, "PRESIDENTIAL_DECISION").ifPresent(task -> allow.when(user.has(Role.ADMIN), CaseAction.RULE,
                onCase, base + "/rulings", task.type()));
        boolean referredToTheirAgency = now.referrals().stream()
                .anyMatch(referral -> referral.agency().equals(user.agency()));
        allow.when(now.status() == ApplicationStatus.ESCALATED && !now.ladder().rulings().isEmpty()
                && referredToTheirAgency, CaseAction.APPEAL, onCase, base + "/appeals", null);
        List<AppealView> appeals = now.ladder().appeals();
        if (!appeals.isEmpty()) {
            AppealView last = appeals.get(appeals.size() - 1);
            first(tasks, "BOARD_VOTE").ifPresent(task -> allow.when(true, CaseAction.VOTE, onCase,
                    "/api/staff/appeals/" + last.id() + "/votes", last.id(), task.type()));
        }
        if (now.intentToDeny() != null && now.intentToDeny().appeal() != null) {
            UUID appeal = now.intentToDeny().appeal().id();
            first(tasks, "DENIAL_APPEAL").ifPresent(task -> allow.when(true, CaseAction.DECIDE_DENIAL_APPEAL, onCase,
                    "/api/staff/denial-appeals/" + appeal + "/decision", appeal, task.type()));
        }
        allow.when(true, CaseAction.WRITE_NOTE, onCase, base + "/notes", null);
        return List.copyOf(allowed);
    }

    /**
     * What the person may do with a task now: claim it while nobody has, if it is offered to them; release a
     * claim, their own or, for an administrator, anyone's; give it to someone, for its agency's arbiters and
     * supervisors.
     */
    @Override
    public List<String> allowedOn(CurrentUser user, TaskView task) {
        Target target = new Target(task.applicationId(), "Task", task.id(), null, null, task.agency());
        List<String> actions = new ArrayList<>();
        if (task.assignee() == null && may(user, CaseAction.CLAIM_TASK, target)) {
            actions.add(CaseAction.CLAIM_TASK.name());
        }
        if (task.assignee() != null && may(user, CaseAction.RELEASE_TASK, target)
                && (task.assignee().equals(user.username()) || user.has(Role.ADMIN))) {
            actions.add(CaseAction.RELEASE_TASK.name());
        }
        if (may(user, CaseAction.ASSIGN_TASK, target)) {
            actions.add(CaseAction.ASSIGN_TASK.name());
        }
        return actions;
    }

    @Override
    @Transactional(readOnly = true)
    public void require(CurrentUser user, String taskId, String action) {
        CaseAction taskAction = CaseAction.valueOf(action);
        if (taskAction != CaseAction.CLAIM_TASK && taskAction != CaseAction.RELEASE_TASK
                && taskAction != CaseAction.ASSIGN_TASK) {
            throw new IllegalArgumentException(action + " is not an action on a task");
        }
        require(user, Kind.TASK, taskId, taskAction);
    }

    /** Adds an action when the case waits for it and the policy allows it to the person. */
    private final class Allowing {

        private final CurrentUser user;
        private final List<AllowedAction> allowed;

        Allowing(CurrentUser user, List<AllowedAction> allowed) {
            this.user = user;
            this.allowed = allowed;
        }

        void when(boolean due, CaseAction action, Target target, String path, String task) {
            when(due, action, target, path, null, task);
        }

        void when(boolean due, CaseAction action, Target target, String path, UUID targetId, String task) {
            AllowedAction candidate = new AllowedAction(action, "POST", path, targetId, task);
            if (due && may(user, action, target) && !allowed.contains(candidate)) {
                allowed.add(candidate);
            }
        }
    }

    private static Optional<TaskView> first(Map<String, List<TaskView>> tasks, String type) {
        return tasks.getOrDefault(type, List.of()).stream().findFirst();
    }

    private static String refusal(CurrentUser user, CaseAction action, Target target) {
        String who = action.who().description()
                .replace("the agency referred to", target.agency() == null ? "the agency" : target.agency())
                .replace("the component asked", target.component() == null ? "the component" : target.component());
        return "Only " + who + " may " + action.what() + "; " + user.username() + " may not";
    }

    private boolean registered(UUID applicationId) {
        try {
            applications.view(applicationId);
            return true;
        } catch (NotFoundException e) {
            return false;
        }
    }
}
