package gov.clearance.position;

import gov.clearance.audit.AuditTrail;
import gov.clearance.identity.CurrentUser;
import gov.clearance.identity.Role;
import gov.clearance.intake.ApplicationStatus;
import gov.clearance.intake.Applications;
import gov.clearance.referral.ReferralView;
import gov.clearance.referral.Referrals;
import gov.clearance.shared.ConflictException;
import gov.clearance.shared.FieldViolation;
import gov.clearance.shared.ForbiddenException;
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
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Positions(Referrals referrals, Applications applications, PositionRepository positions,
            AssessmentRepository assessments, AssessmentOutcomeRepository outcomes, AuditTrail audit,
            ApplicationEventPublisher events, Clock clock) {
        this.referrals = referrals;
        this.applications = applications;
        this.positions = positions;
        this.assessments = assessments;
        this.outcomes = outcomes;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** Records the agency's one position on a referral. A second attempt, even a simultaneous one, is a 409. */
    @Transactional
    public PositionView recordPosition(CurrentUser reviewer, UUID referralId, PositionRequest request) {
        ReferralView referral = visibleReferral(reviewer, referralId);
        if (!reviewer.hasAny(Role.REVIEWER, Role.ARBITER) || !reviewer.belongsTo(referral.agency())) {
            throw new ForbiddenException("Only a reviewer or arbiter of " + referral.agency()
                    + " can record its position");
        }
        requireOpen(referral);
        List<AssessmentView> pending = assessmentsOf(referralId).stream().filter(a -> !a.recorded()).toList();
        if (!pending.isEmpty()) {
            throw new ConflictException("Internal assessments are still outstanding from "
                    + pending.stream().map(AssessmentView::component).toList());
        }
        validate(request);
        Position position = new Position(UUID.randomUUID(), referralId, referral.applicationId(), referral.agency(),
                request, reviewer.username(), reviewer.agencyPath(), Instant.now(clock));
        positions.saveAndFlush(position);
        PositionView view = position.view();
        audit.record(referral.applicationId(), reviewer, "POSITION_RECORDED", null, view);
        events.publishEvent(new PositionRecorded(referral.applicationId(), referralId, view.id(), referral.agency(),
                view.type(), reviewer.username()));
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
        Optional<Position> recorded = positions.findByReferralId(referral.id());
        if (recorded.isPresent()) {
            return recorded.get().view();
        }
        CurrentUser system = CurrentUser.system();
        Position position = new Position(UUID.randomUUID(), referral.id(), applicationId, agency,
                new PositionRequest(PositionType.DEEMED_NO_OBJECTION, agency + " recorded no position by its deadline"
                        + " (30 days from referral) and is deemed to have no objection.", List.of(), null, null, null),
                system.username(), system.agencyPath(), Instant.now(clock));
        positions.saveAndFlush(position);
        PositionView view = position.view();
        audit.record(applicationId, system, "POSITION_RECORDED", null, view);
        events.publishEvent(new PositionRecorded(applicationId, referral.id(), view.id(), agency, view.type(),
                system.username()));
        return view;
    }

    /** The arbiter asks some of the agency's components for internal assessments. */
    @Transactional
    public List<AssessmentView> requestAssessments(CurrentUser arbiter, UUID referralId, AssessmentRequest request) {
        ReferralView referral = visibleReferral(arbiter, referralId);
        if (!arbiter.has(Role.ARBITER) || !arbiter.belongsTo(referral.agency())) {
            throw new ForbiddenException("Only an arbiter of " + referral.agency()
                    + " can request internal assessments");
        }
        requireOpen(referral);
        Set<String> components = referrals.assessmentComponents(referral.agency());
        Set<String> pending = assessmentsOf(referralId).stream().filter(a -> !a.recorded())
                .map(AssessmentView::component).collect(Collectors.toSet());
        List<FieldViolation> violations = new ArrayList<>();
        if (request.components().isEmpty()) {
            violations.add(new FieldViolation("components", "name at least one component"));
        }
        for (int i = 0; i < request.components().size(); i++) {
            String component = request.components().get(i);
            if (!components.contains(component)) {
                violations.add(new FieldViolation("components[" + i + "]", "must be a component of "
                        + referral.agency() + ": " + components));
            } else if (pending.contains(component) || request.components().indexOf(component) != i) {
                violations.add(new FieldViolation("components[" + i + "]", component
                        + " already has an assessment pending"));
            }
        }
        limit(violations, "instructions", request.instructions());
        if (!violations.isEmpty()) {
            throw new InvalidRequestException("The assessment request is invalid; nothing was recorded", violations);
        }
        Instant now = Instant.now(clock);
        List<AssessmentView> created = new ArrayList<>();
        for (String component : request.components()) {
            Assessment assessment = assessments.save(new Assessment(UUID.randomUUID(), referralId,
                    referral.applicationId(), component, request.instructions(), arbiter.username(), now));
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
        if (!assessor.isComponent(assessment.component()) || !referral.agency().equals(assessor.agency())) {
            throw new NotFoundException("Assessment", assessmentId);
        }
        if (!assessor.has(Role.ASSESSOR)) {
            throw new ForbiddenException("Only an assessor of " + assessment.component() + " can record it");
        }
        if (outcomes.existsById(assessmentId)) {
            throw new ConflictException("This assessment has already been recorded");
        }
        List<FieldViolation> violations = new ArrayList<>();
        if (result.recommendation() == null || result.recommendation() == PositionType.DEEMED_NO_OBJECTION) {
            violations.add(new FieldViolation("recommendation",
                    "is required: one of APPROVE, APPROVE_WITH_CONDITIONS, RETURN_WITHOUT_ACTION, DENY"));
        }
        requireText(violations, "rationale", result.rationale());
        conditions(violations, result.recommendation(), result.conditions());
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

    /** Whether the component was asked to assess the case. */
    @Transactional(readOnly = true)
    public boolean wasAssessedBy(UUID applicationId, String component) {
        return component != null && assessments.existsByApplicationIdAndComponent(applicationId, component);
    }

    /** The applications on which a component was asked for an internal assessment. */
    @Transactional(readOnly = true)
    public Set<UUID> applicationsAssessedBy(String component) {
        return new LinkedHashSet<>(assessments.applicationIdsAssessedBy(component));
    }

    private ReferralView visibleReferral(CurrentUser user, UUID referralId) {
        ReferralView referral = referrals.referral(referralId);
        boolean sameAgency = referral.agency().equals(user.agency());
        if (!sameAgency && !user.hasAny(Role.ANALYST, Role.ADMIN)) {
            throw new NotFoundException("Referral", referralId);
        }
        return referral;
    }

    private void requireOpen(ReferralView referral) {
        if (positions.existsByReferralId(referral.id())) {
            throw new ConflictException(referral.agency() + " has already recorded its position on this referral");
        }
        ApplicationStatus status = applications.view(referral.applicationId()).status();
        boolean current = referrals.currentReferrals(referral.applicationId()).stream()
                .anyMatch(candidate -> candidate.id().equals(referral.id()));
        if (status != ApplicationStatus.IN_REFERRAL || !current) {
            throw new ConflictException("The referral is no longer open: the case is " + status);
        }
    }

    private static void validate(PositionRequest request) {
        List<FieldViolation> violations = new ArrayList<>();
        if (request.type() == null || request.type() == PositionType.DEEMED_NO_OBJECTION) {
            violations.add(new FieldViolation("type",
                    "is required: one of APPROVE, APPROVE_WITH_CONDITIONS, RETURN_WITHOUT_ACTION, DENY"));
        }
        requireText(violations, "rationale", request.rationale());
        conditions(violations, request.type(), request.conditions());
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

    private static void conditions(List<FieldViolation> violations, PositionType type, List<String> conditions) {
        if (type == PositionType.APPROVE_WITH_CONDITIONS && conditions.isEmpty()) {
            violations.add(new FieldViolation("conditions", "an approval with conditions needs at least one condition"));
        }
        if (type != null && type != PositionType.APPROVE_WITH_CONDITIONS && !conditions.isEmpty()) {
            violations.add(new FieldViolation("conditions", "are allowed only with APPROVE_WITH_CONDITIONS"));
        }
        if (conditions.size() > MAX_CONDITIONS) {
            violations.add(new FieldViolation("conditions", "at most " + MAX_CONDITIONS + " conditions"));
        }
        for (int i = 0; i < conditions.size(); i++) {
            requireText(violations, "conditions[" + i + "]", conditions.get(i), "a condition needs its text");
            limit(violations, "conditions[" + i + "]", conditions.get(i));
        }
    }




}
