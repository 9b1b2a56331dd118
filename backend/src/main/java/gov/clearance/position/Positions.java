package gov.clearance.position;

import gov.clearance.audit.AuditTrail;
import gov.clearance.identity.CurrentUser;
import gov.clearance.intake.ApplicationStatus;
import gov.clearance.intake.Applications;
import gov.clearance.referral.ReferralView;
import gov.clearance.referral.Referrals;
import gov.clearance.shared.CaseCondition;
import gov.clearance.shared.ConflictException;
import gov.clearance.shared.FieldViolation;
import gov.clearance.shared.InvalidRequestException;
import gov.clearance.shared.NotFoundException;
import static gov.clearance.shared.TextRules.limit;
import static gov.clearance.shared.TextRules.requireText;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Agency positions on referrals, their conditions, and the internal assessments an agency's
 * arbiter gathers from its components before recording the agency's single position.
 */
@Service
public class Positions {

    private static final int MAX_CONDITIONS = 50;

    private final Referrals referrals;
    private final Applications applications;
    private final PositionRepository positions;
    private final AssessmentRepository assessments;
    private final AssessmentOutcomeRepository outcomes;
    private final SuppliedInformationRepository supplied;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Positions(Referrals referrals, Applications applications, PositionRepository positions,
            AssessmentRepository assessments, AssessmentOutcomeRepository outcomes,
            SuppliedInformationRepository supplied, AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
        this.referrals = referrals;
        this.applications = applications;
        this.positions = positions;
        this.assessments = assessments;
        this.outcomes = outcomes;
        this.supplied = supplied;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Records the agency's position on a referral. The agency has one position at a time: a second
     * attempt, even a simultaneous one, is a 409, except that a return without action is superseded by
     * a new position once BIS has supplied what it asked for (DOMAIN.md, Reconciliation).
     */
    @Transactional
    public PositionView recordPosition(CurrentUser reviewer, UUID referralId, PositionRequest request) {
        ReferralView referral = referrals.referral(referralId);
        Position returned = openForPosition(referral);
        List<AssessmentView> pending = assessmentsOf(referralId).stream().filter(a -> !a.recorded()).toList();
        if (!pending.isEmpty()) {
            throw new ConflictException("Internal assessments are still outstanding from "
                    + pending.stream().map(AssessmentView::component).toList());
        }
        List<Position.Adopted> adopted = adopted(request, assessmentsOf(referralId));
        validate(request, adopted.size());
        UUID supersedes = returned == null ? null : returned.id();
        Position position = new Position(UUID.randomUUID(), referralId, referral.applicationId(), referral.agency(),
                request, adopted, reviewer.username(), reviewer.agencyPath(), Instant.now(clock), supersedes);
        positions.saveAndFlush(position);
        PositionView view = position.view();
        audit.record(referral.applicationId(), reviewer, "POSITION_RECORDED",
                returned == null ? null : returned.view(), view);
        events.publishEvent(new PositionRecorded(referral.applicationId(), referralId, view.id(), referral.agency(),
                view.type(), reviewer.username(), supersedes));
        return view;
    }

    /**
     * BIS answers an agency's return without action with what it asked for. The agency reads the answer
     * in its case view and may then record a new position that supersedes its return.
     */
    @Transactional
    public SuppliedInformationView supplyInformation(CurrentUser analyst, UUID positionId,
            SupplyInformationRequest request) {
        Position returned = positions.findById(positionId)
                .orElseThrow(() -> new NotFoundException("Position", positionId));
        if (returned.type() != PositionType.RETURN_WITHOUT_ACTION) {
            throw new ConflictException(returned.agency() + "'s position is " + returned.type()
                    + ", not a return without action: it asked for no information");
        }
        if (positions.existsBySupersedes(positionId)) {
            throw new ConflictException(returned.agency() + " has already recorded a new position in place of "
                    + "this return without action");
        }
        ReferralView referral = referrals.referral(returned.referralId());
        requireCaseOpenForPositions(referral);
        String information = request == null ? null : request.information();
        List<FieldViolation> violations = new ArrayList<>();
        requireText(violations, "information", information, "is required: what BIS supplies to " + returned.agency());
        limit(violations, "information", information);
        if (!violations.isEmpty()) {
            throw new InvalidRequestException("The answer is incomplete; nothing was recorded", violations);
        }
        SuppliedInformation answer = supplied.saveAndFlush(new SuppliedInformation(UUID.randomUUID(), returned,
                information.strip(), analyst.username(), analyst.agencyPath(), Instant.now(clock)));
        SuppliedInformationView view = answer.view();
        audit.record(returned.applicationId(), analyst, "INFORMATION_SUPPLIED", null, view);
        events.publishEvent(new InformationSupplied(returned.applicationId(), returned.referralId(), positionId,
                returned.agency(), analyst.username()));
        return view;
    }

    /**
     * The agency's deadline passed with no position: it is deemed to have no objection (15 CFR
     * 750.4(e)). The system records that position as itself; an agency that did record a position in
     * time keeps it.
     */
    @Transactional
    public PositionView recordDeemedNoObjection(UUID applicationId, String agency) {
        ReferralView referral = referrals.currentReferrals(applicationId).stream()
                .filter(candidate -> candidate.agency().equals(agency)).findFirst()
                .orElseThrow(() -> new ConflictException("The case has no open referral to " + agency));
        List<Position> recorded = positions.findByReferralIdOrderByRecordedAtAsc(referral.id());
        if (!recorded.isEmpty()) {
            return recorded.get(recorded.size() - 1).view();
        }
        CurrentUser system = CurrentUser.system();
        Position position = new Position(UUID.randomUUID(), referral.id(), applicationId, agency,
                new PositionRequest(PositionType.DEEMED_NO_OBJECTION, agency + " recorded no position by its deadline"
                        + " (30 days from referral) and is deemed to have no objection.", List.of(), null, null, null),
                List.of(), system.username(), system.agencyPath(), Instant.now(clock), null);
        positions.saveAndFlush(position);
        PositionView view = position.view();
        audit.record(applicationId, system, "POSITION_RECORDED", null, view);
        events.publishEvent(new PositionRecorded(applicationId, referral.id(), view.id(), agency, view.type(),
                system.username(), null));
        return view;
    }

    /** The arbiter asks some of the agency's components for internal assessments. */
    @Transactional
    public List<AssessmentView> requestAssessments(CurrentUser arbiter, UUID referralId, AssessmentRequest request) {
        ReferralView referral = referrals.referral(referralId);
        if (positions.existsByReferralId(referral.id())) {
            throw new ConflictException(referral.agency() + " has already recorded its position on this referral");
        }
        requireReferralOpen(referral);
        Set<String> components = referrals.assessmentComponents(referral.agency());
        List<FieldViolation> violations = new ArrayList<>();
        if (request.components().isEmpty()) {
            violations.add(new FieldViolation("components", "name at least one component"));
        }
        for (int i = 0; i < request.components().size(); i++) {
            String component = request.components().get(i);
            if (!components.contains(component)) {
                violations.add(new FieldViolation("components[" + i + "]", "must be a component of "
                        + referral.agency() + ": " + components));
            } else if (request.components().indexOf(component) != i) {
                violations.add(new FieldViolation("components[" + i + "]", "names " + component + " twice"));
            }
        }
        limit(violations, "instructions", request.instructions());
        if (!violations.isEmpty()) {
            throw new InvalidRequestException("The assessment request is invalid; nothing was recorded", violations);
        }
        List<AssessmentView> earlier = assessmentsOf(referralId);
        List<String> pending = request.components().stream().filter(component -> earlier.stream()
                .anyMatch(assessment -> assessment.component().equals(component) && !assessment.recorded())).toList();
        if (!pending.isEmpty()) {
            throw new ConflictException(String.join(", ", pending) + (pending.size() == 1 ? " has" : " have")
                    + " an assessment pending on this referral already");
        }
        Instant now = Instant.now(clock);
        List<AssessmentView> created = new ArrayList<>();
        for (String component : request.components()) {
            // the next round of this component's assessments: a copy of this request racing it asks for the same
            // round, and the database refuses the second (position_assessment_round_once), so it gets a 409
            int round = 1 + (int) earlier.stream().filter(assessment -> assessment.component().equals(component))
                    .count();
            Assessment assessment = assessments.save(new Assessment(UUID.randomUUID(), referralId,
                    referral.applicationId(), component, round, request.instructions(), arbiter.username(), now));
            created.add(assessment.view(null));
        }
        assessments.flush();
        audit.record(referral.applicationId(), arbiter, "ASSESSMENTS_REQUESTED", null,
                Map.of("referralId", referralId, "components", request.components()));
        events.publishEvent(new AssessmentsRequested(referral.applicationId(), referralId, referral.agency(),
                request.components()));
        return created;
    }

    /** A component records its internal assessment, once. */
    @Transactional
    public AssessmentView recordAssessment(CurrentUser assessor, UUID assessmentId, AssessmentResult result) {
        Assessment assessment = assessments.findById(assessmentId)
                .orElseThrow(() -> new NotFoundException("Assessment", assessmentId));
        ReferralView referral = referrals.referral(assessment.referralId());
        // one outcome: a copy arriving at the same moment waits here, then finds the assessment recorded
        applications.lockForChange(referral.applicationId());
        if (outcomes.existsById(assessmentId)) {
            throw new ConflictException("This assessment has already been recorded");
        }
        List<FieldViolation> violations = new ArrayList<>();
        if (result.recommendation() == null || result.recommendation() == PositionType.DEEMED_NO_OBJECTION) {
            violations.add(new FieldViolation("recommendation",
                    "is required: one of APPROVE, APPROVE_WITH_CONDITIONS, RETURN_WITHOUT_ACTION, DENY"));
        }
        requireText(violations, "rationale", result.rationale());
        conditions(violations, result.recommendation(), result.conditions(), 0);
        if (!violations.isEmpty()) {
            throw new InvalidRequestException("The assessment is incomplete; nothing was recorded", violations);
        }
        AssessmentOutcome outcome = outcomes.saveAndFlush(new AssessmentOutcome(assessmentId, result,
                assessor.username(), assessor.agencyPath(), Instant.now(clock)));
        AssessmentView view = assessment.view(outcome);
        audit.record(assessment.applicationId(), assessor, "ASSESSMENT_RECORDED", null, view);
        events.publishEvent(new AssessmentRecorded(assessment.applicationId(), assessment.referralId(), assessmentId,
                assessment.component(), assessor.username()));
        return view;
    }

    /** Every position on the case, superseded ones included, oldest first. */
    @Transactional(readOnly = true)
    public List<PositionView> positionsOf(UUID applicationId) {
        return positions.findByApplicationIdOrderByRecordedAtAsc(applicationId).stream().map(Position::view).toList();
    }

    /** The positions on many cases, read together: {@link #positionsOf(UUID)} of each case that has any. */
    @Transactional(readOnly = true)
    public Map<UUID, List<PositionView>> positionsOf(Collection<UUID> applicationIds) {
        return positions.findByApplicationIdInOrderByRecordedAtAsc(applicationIds).stream()
                .collect(Collectors.groupingBy(Position::applicationId, Collectors.mapping(Position::view,
                        Collectors.toList())));
    }

    /** Each agency's position as it stands: those no newer position of the agency has superseded. */
    @Transactional(readOnly = true)
    public List<PositionView> currentPositionsOf(UUID applicationId) {
        return current(positions.findByApplicationIdOrderByRecordedAtAsc(applicationId)).stream()
                .map(Position::view).toList();
    }

    /**
     * The returns without action that block BIS's decision: while the case is in referral or
     * reconciliation, the current positions of type RETURN_WITHOUT_ACTION on its current referrals, each
     * with what BIS supplied since and who must act next.
     */
    @Transactional(readOnly = true)
    public List<ReturnBlock> returnBlocks(UUID applicationId) {
        ApplicationStatus status = applications.view(applicationId).status();
        if (status != ApplicationStatus.IN_REFERRAL && status != ApplicationStatus.IN_RECONCILIATION) {
            return List.of(); // decided, returned or escalated: nothing waits on the information any more
        }
        Set<UUID> open = referrals.currentReferrals(applicationId).stream().map(ReferralView::id)
                .collect(Collectors.toSet());
        List<SuppliedInformationView> answers = suppliedInformationOf(applicationId);
        return current(positions.findByApplicationIdOrderByRecordedAtAsc(applicationId)).stream()
                .filter(position -> position.type() == PositionType.RETURN_WITHOUT_ACTION
                        && open.contains(position.referralId()))
                .map(position -> {
                    List<SuppliedInformationView> answered = answers.stream()
                            .filter(answer -> answer.positionId().equals(position.id())).toList();
                    boolean bisMustAct = answered.isEmpty();
                    return new ReturnBlock(position.agency(), position.referralId(), position.id(),
                            position.missingInformation(), position.view().recordedBy(), position.recordedAt(),
                            answered, bisMustAct ? Referrals.LICENSING_AGENCY : position.agency(), bisMustAct
                                    ? "BIS supplies what " + position.agency() + " said is missing, or returns the "
                                            + "application without action"
                                    : position.agency() + " records a new position on the information BIS supplied");
                })
                .toList();
    }

    /**
     * A 409 naming each agency whose return without action stands and what it said is missing: BIS
     * may not approve or deny the case until the agency records a new position (DOMAIN.md,
     * Reconciliation); returning the application is always open to it.
     *
     * @param action what BIS was about to do, in words ("approve", "issue an intent to deny")
     */
    @Transactional(readOnly = true)
    public void requireNoReturnBlock(UUID applicationId, String action) {
        List<ReturnBlock> blocks = returnBlocks(applicationId);
        if (blocks.isEmpty()) {
            return;
        }
        throw new ConflictException("BIS cannot " + action + " this case: " + blocks.stream()
                .map(block -> block.agency() + " returned it without action and said it needs: "
                        + block.missingInformation() + " (next: " + block.nextStep() + "; POST /api/staff/positions/"
                        + block.positionId() + "/supplied-information)")
                .collect(Collectors.joining("; "))
                + ". A return without action is not agreement; BIS may return the application without action.");
    }

    /** What BIS supplied to agencies that returned the case without action, oldest first. */
    @Transactional(readOnly = true)
    public List<SuppliedInformationView> suppliedInformationOf(UUID applicationId) {
        return supplied.findByApplicationIdOrderBySuppliedAtAsc(applicationId).stream()
                .map(SuppliedInformation::view).toList();
    }

    @Transactional(readOnly = true)
    public boolean hasPosition(UUID referralId) {
        return positions.existsByReferralId(referralId);
    }

    @Transactional(readOnly = true)
    public List<AssessmentView> assessmentsOf(UUID referralId) {
        List<Assessment> requested = assessments.findByReferralIdOrderByRequestedAtAsc(referralId);
        Map<UUID, AssessmentOutcome> recorded = outcomes
                .findByAssessmentIdIn(requested.stream().map(Assessment::id).toList()).stream()
                .collect(Collectors.toMap(AssessmentOutcome::assessmentId, Function.identity()));
        return requested.stream().map(assessment -> assessment.view(recorded.get(assessment.id()))).toList();
    }

    /** One position, whoever recorded it: for the access policy, which asks before any state is read. */
    @Transactional(readOnly = true)
    public Optional<PositionView> position(UUID positionId) {
        return positions.findById(positionId).map(Position::view);
    }

    /** One assessment, asked of whichever component: for the access policy. */
    @Transactional(readOnly = true)
    public Optional<AssessmentView> assessment(UUID assessmentId) {
        return assessments.findById(assessmentId).map(assessment -> assessment.view(null));
    }

    /** Whether the component was asked to assess the case. */
    @Transactional(readOnly = true)
    public boolean wasAssessedBy(UUID applicationId, String component) {
        return component != null && assessments.existsByApplicationIdAndComponent(applicationId, component);
    }

    /** The applications on which a component was asked for an internal assessment, as a condition. */
    public CaseCondition assessedBy(String component) {
        return new CaseCondition("exists (select 1 from position_assessment assessed where assessed.application_id = {case} "
                + "and assessed.component = :assessedByComponent)", Map.of("assessedByComponent", component));
    }

    /**
     * The return without action the new position will supersede, or null when the agency records its
     * first position; a 409 when the agency may not record one now.
     */
    private Position openForPosition(ReferralView referral) {
        List<Position> recorded = current(positions.findByReferralIdOrderByRecordedAtAsc(referral.id()));
        if (recorded.isEmpty()) {
            requireReferralOpen(referral);
            return null;
        }
        Position standing = recorded.get(recorded.size() - 1);
        if (standing.type() != PositionType.RETURN_WITHOUT_ACTION) {
            throw new ConflictException(referral.agency() + " has already recorded its position on this referral");
        }
        if (!supplied.existsByPositionId(standing.id())) {
            throw new ConflictException(referral.agency() + " returned the case without action; it records a new "
                    + "position once BIS has supplied what it said is missing: " + standing.missingInformation());
        }
        requireCaseOpenForPositions(referral);
        return standing;
    }

    private void requireReferralOpen(ReferralView referral) {
        ApplicationStatus status = applications.view(referral.applicationId()).status();
        if (status != ApplicationStatus.IN_REFERRAL || !isCurrent(referral)) {
            throw new ConflictException("The referral is no longer open: the case is " + status);
        }
    }

    /**
     * A return without action is answered, and superseded, and an agency consents to a change of its
     * conditions, while the case is still in referral or waits for BIS's decision; a 409 otherwise.
     */
    void requireCaseOpenForPositions(ReferralView referral) {
        ApplicationStatus status = applications.view(referral.applicationId()).status();
        if (status != ApplicationStatus.IN_REFERRAL && status != ApplicationStatus.IN_RECONCILIATION
                || !isCurrent(referral)) {
            throw new ConflictException("The referral is no longer open: the case is " + status);
        }
    }

    private boolean isCurrent(ReferralView referral) {
        return referrals.currentReferrals(referral.applicationId()).stream()
                .anyMatch(candidate -> candidate.id().equals(referral.id()));
    }

    /** The positions no other position of the list supersedes, in the list's order. */
    static List<Position> current(List<Position> recorded) {
        Set<UUID> superseded = recorded.stream().map(Position::supersedes).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        return recorded.stream().filter(position -> !superseded.contains(position.id())).toList();
    }

    /**
     * The conditions the position adopts from its referral's recorded assessments, word for word; a reference to
     * another referral's assessment, or to a condition the assessment does not have, is refused by its field.
     */
    private static List<Position.Adopted> adopted(PositionRequest request, List<AssessmentView> assessments) {
        List<FieldViolation> violations = new ArrayList<>();
        List<Position.Adopted> adopted = new ArrayList<>();
        Map<UUID, AssessmentView> byId = assessments.stream()
                .collect(Collectors.toMap(AssessmentView::id, Function.identity()));
        for (int i = 0; i < request.adoptedConditions().size(); i++) {
            AdoptedCondition adoption = request.adoptedConditions().get(i);
            String field = "adoptedConditions[" + i + "]";
            if (adoption == null || adoption.assessmentId() == null) {
                violations.add(new FieldViolation(field + ".assessmentId", "is required: the assessment recommending it"));
                continue;
            }
            AssessmentView assessment = byId.get(adoption.assessmentId());
            if (assessment == null || !assessment.recorded()) {
                violations.add(new FieldViolation(field + ".assessmentId",
                        "is not a recorded assessment of this referral"));
                continue;
            }
            List<String> recommended = assessment.conditions() == null ? List.of() : assessment.conditions();
            if (adoption.condition() == null || adoption.condition() < 1 || adoption.condition() > recommended.size()) {
                violations.add(new FieldViolation(field + ".condition", "must be from 1 to " + recommended.size()
                        + ": the " + assessment.component() + " assessment's conditions"));
                continue;
            }
            adopted.add(new Position.Adopted(recommended.get(adoption.condition() - 1), assessment.component()));
        }
        if (!violations.isEmpty()) {
            throw new InvalidRequestException("The position is incomplete; nothing was recorded", violations);
        }
        return adopted;
    }

    private static void validate(PositionRequest request, int adopted) {
        List<FieldViolation> violations = new ArrayList<>();
        if (request.type() == null || request.type() == PositionType.DEEMED_NO_OBJECTION) {
            violations.add(new FieldViolation("type",
                    "is required: one of APPROVE, APPROVE_WITH_CONDITIONS, RETURN_WITHOUT_ACTION, DENY"));
        }
        requireText(violations, "rationale", request.rationale());
        conditions(violations, request.type(), request.conditions(), adopted);
        if (request.type() == PositionType.DENY) {
            requireText(violations, "statutoryBasis", request.statutoryBasis(),
                    "a denial must cite its statutory basis");
            requireText(violations, "regulatoryBasis", request.regulatoryBasis(),
                    "a denial must cite its regulatory basis");
        }
        if (request.type() == PositionType.RETURN_WITHOUT_ACTION) {
            requireText(violations, "missingInformation", request.missingInformation(),
                    "say what the agency needs to assess the case");
        }
        limit(violations, "statutoryBasis", request.statutoryBasis());
        limit(violations, "regulatoryBasis", request.regulatoryBasis());
        limit(violations, "missingInformation", request.missingInformation());
        if (!violations.isEmpty()) {
            throw new InvalidRequestException("The position is incomplete; nothing was recorded", violations);
        }
    }

    private static void conditions(List<FieldViolation> violations, PositionType type, List<String> conditions,
            int adopted) {
        if (type == PositionType.APPROVE_WITH_CONDITIONS && conditions.isEmpty() && adopted == 0) {
            violations.add(new FieldViolation("conditions", "an approval with conditions needs at least one condition"));
        }
        if (type != null && type != PositionType.APPROVE_WITH_CONDITIONS && !conditions.isEmpty()) {
            violations.add(new FieldViolation("conditions", "are allowed only with APPROVE_WITH_CONDITIONS"));
        }
        if (type != null && type != PositionType.APPROVE_WITH_CONDITIONS && adopted > 0) {
            violations.add(new FieldViolation("adoptedConditions", "are allowed only with APPROVE_WITH_CONDITIONS"));
        }
        if (conditions.size() + adopted > MAX_CONDITIONS) {
            violations.add(new FieldViolation("conditions", "at most " + MAX_CONDITIONS + " conditions"));
        }
        for (int i = 0; i < conditions.size(); i++) {
            requireText(violations, "conditions[" + i + "]", conditions.get(i), "a condition needs its text");
            limit(violations, "conditions[" + i + "]", conditions.get(i));
        }
    }
}
