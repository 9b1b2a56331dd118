package gov.clearance.position;

import gov.clearance.audit.AuditTrail;
import gov.clearance.identity.CurrentUser;
import gov.clearance.referral.ReferralView;
import gov.clearance.referral.Referrals;
import gov.clearance.shared.ConflictException;
import gov.clearance.shared.FieldViolation;
import gov.clearance.shared.InvalidRequestException;
import gov.clearance.shared.TextRules;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Agencies' consents to BIS changing their conditions. Auditors have found conditions silently
 * dropped; here a condition leaves a decision, or changes its words, only after its agency recorded
 * that it agrees, and the record says who agreed and why.
 */
@Service
public class ConditionConsents {

    private final ConditionConsentRepository consents;
    private final PositionRepository positions;
    private final Positions cases;
    private final Referrals referrals;
    private final AuditTrail audit;
    private final Clock clock;

    ConditionConsents(ConditionConsentRepository consents, PositionRepository positions, Positions cases,
            Referrals referrals, AuditTrail audit, Clock clock) {
        this.consents = consents;
        this.positions = positions;
        this.cases = cases;
        this.referrals = referrals;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * A reviewer or arbiter of the agency consents to one change of one of its conditions, while the case is in
     * referral or reconciliation (BIS's decision may then make the change); a 409 once it is past that.
     */
    @Transactional
    public ConditionConsentView consent(CurrentUser reviewer, UUID referralId, ConditionConsentRequest request) {
        ReferralView referral = referrals.referral(referralId);
        // the agency's position as it stands: a superseded return without action has no conditions
        PositionView position = Positions.current(positions.findByReferralIdOrderByRecordedAtAsc(referralId)).stream()
                .reduce((first, second) -> second).map(Position::view)
                .orElseThrow(() -> new ConflictException(referral.agency() + " has recorded no position, so no "
                        + "conditions, on this referral"));
        // BIS changes conditions only in its own decision: a consent is of use while the case awaits it
        cases.requireCaseOpenForPositions(referral);
        List<FieldViolation> violations = new ArrayList<>();
        Integer sequence = request == null ? null : request.conditionSequence();
        if (sequence == null || position.conditions().stream().noneMatch(c -> c.sequence() == sequence)) {
            violations.add(new FieldViolation("conditionSequence", "must name one of " + referral.agency()
                    + "'s conditions: " + position.conditions().stream().map(PositionView.ConditionView::sequence)
                    .toList()));
        }
        ConditionChange change = request == null ? null : request.change();
        if (change == null) {
            violations.add(new FieldViolation("change", "is required: DROP or REWORD"));
        }
        String wording = request == null ? null : request.wording();
        if (change == ConditionChange.REWORD) {
            TextRules.requireText(violations, "wording", wording, "is required: the words the agency accepts");
            TextRules.limit(violations, "wording", wording);
        } else if (change == ConditionChange.DROP && wording != null && !wording.isBlank()) {
            violations.add(new FieldViolation("wording", "is only for REWORD"));
        }
        String rationale = request == null ? null : request.rationale();
        TextRules.requireText(violations, "rationale", rationale);
        TextRules.limit(violations, "rationale", rationale);
        if (!violations.isEmpty()) {
            throw new InvalidRequestException("The consent is incomplete; nothing was recorded", violations);
        }
        if (consents.existsByReferralIdAndConditionSequence(referralId, sequence)) {
            throw new ConflictException(referral.agency() + " has already consented to a change of condition "
                    + sequence);
        }
        ConditionConsent consent = consents.saveAndFlush(new ConditionConsent(UUID.randomUUID(),
                new ConditionConsent.ReferralScope(referralId, referral.applicationId(), referral.agency()), sequence,
                change, change == ConditionChange.REWORD ? wording.strip() : null, rationale.strip(),
                reviewer.username(), reviewer.agencyPath(), Instant.now(clock)));
        ConditionConsentView view = consent.view();
        audit.record(referral.applicationId(), reviewer, "CONDITION_CHANGE_CONSENTED", null, view);
        return view;
    }

    /** Every consent given on the case, oldest first. */
    @Transactional(readOnly = true)
    public List<ConditionConsentView> consentsOn(UUID applicationId) {
        return consents.findByApplicationIdOrderByGivenAtAsc(applicationId).stream().map(ConditionConsent::view)
                .toList();
    }
}
