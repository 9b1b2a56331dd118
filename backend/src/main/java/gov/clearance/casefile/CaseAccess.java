package gov.clearance.casefile;

import gov.clearance.decision.EscalationLadder;
import gov.clearance.identity.CurrentUser;
import gov.clearance.identity.Role;
import gov.clearance.intake.ApplicationView;
import gov.clearance.intake.Applications;
import gov.clearance.position.Positions;
import gov.clearance.reconciliation.Reconciliations;
import gov.clearance.referral.Referrals;
import gov.clearance.shared.NotFoundException;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Which cases a member of staff may open, and how much of each they see. Licensing analysts and
 * administrators see every case; the Operating Committee chair sees the disputed ones, whole, and
 * board members the appealed ones whose boards seat their agency for the case, whole; agency
 * reviewers and arbiters see the cases referred to their agency; component assessors the cases their
 * component was asked to assess. A case outside someone's view does not exist for them (404).
 */
@Component
class CaseAccess {

    private final Applications applications;
    private final Referrals referrals;
    private final Positions positions;
    private final Reconciliations reconciliations;
    private final EscalationLadder escalation;

    CaseAccess(Applications applications, Referrals referrals, Positions positions, Reconciliations reconciliations,
            EscalationLadder escalation) {
        this.escalation = escalation;
        this.applications = applications;
        this.referrals = referrals;
        this.positions = positions;
        this.reconciliations = reconciliations;
    }

    boolean seesEveryCase(CurrentUser staff) {
        return staff.hasAny(Role.ANALYST, Role.ADMIN);
    }

    /** The cases the person may open; empty means every case. */
    Optional<Set<UUID>> visibleCases(CurrentUser staff) {
        if (seesEveryCase(staff)) {
            return Optional.empty();
        }
        Set<UUID> visible = new LinkedHashSet<>();
        if (staff.hasAny(Role.REVIEWER, Role.ARBITER) && staff.agency() != null && staff.component() == null) {
            visible.addAll(referrals.applicationsReferredTo(staff.agency()));
        }
        if (staff.has(Role.ASSESSOR) && staff.component() != null) {
            visible.addAll(positions.applicationsAssessedBy(staff.component()));
        }
        if (staff.has(Role.OC_CHAIR)) {
            visible.addAll(reconciliations.disputedApplications());
        }
        if (staff.has(Role.BOARD_MEMBER)) {
            visible.addAll(escalation.appealedApplicationsSeating(staff.agency()));
        }
        return Optional.of(visible);
    }

    /** Whether the person sees every referral, position and the reconciliation of the case, not only their agency's. */
    boolean seesWholeCase(CurrentUser staff, UUID applicationId) {
        return seesEveryCase(staff)
                || staff.has(Role.OC_CHAIR) && reconciliations.wasDisputed(applicationId)
                || staff.has(Role.BOARD_MEMBER)
                        && escalation.wasAppealedToBoardsSeating(staff.agency(), applicationId);
    }

    /** Whether the person may open the case: the same rules as {@link #visibleCases}, for one case. */
    private boolean mayOpen(CurrentUser staff, UUID applicationId) {
        return seesWholeCase(staff, applicationId)
                || staff.hasAny(Role.REVIEWER, Role.ARBITER) && staff.component() == null
                        && referrals.wasReferredTo(applicationId, staff.agency())
                || staff.has(Role.ASSESSOR) && positions.wasAssessedBy(applicationId, staff.component());
    }

    /** The registered application, if the person may open it; otherwise a 404, as if it did not exist. */
    ApplicationView visibleApplication(CurrentUser staff, UUID applicationId) {
        ApplicationView application = applications.view(applicationId); // drafts are not cases yet: 404
        if (!mayOpen(staff, applicationId)) {
            throw new NotFoundException("Application", applicationId);
        }
        return application;
    }
}
