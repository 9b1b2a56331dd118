package gov.clearance.referral;

import gov.clearance.classification.LicenseAnswer;
import gov.clearance.classification.LicenseRequirement;

import gov.clearance.screening.PartyScreening;
import gov.clearance.audit.AuditTrail;
import gov.clearance.identity.CurrentUser;
import gov.clearance.intake.ApplicationStatus;
import gov.clearance.intake.CaseProgress;
import gov.clearance.intake.ApplicationView;
import gov.clearance.intake.Applications;
import gov.clearance.shared.CaseCondition;
import gov.clearance.shared.ConflictException;
import gov.clearance.shared.FieldViolation;
import gov.clearance.shared.InvalidRequestException;
import gov.clearance.shared.NotFoundException;
import static gov.clearance.shared.TextRules.limit;
import static gov.clearance.shared.TextRules.requireText;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * BIS review and referral: the analyst's review of a registered case, the referrals it creates,
 * and the agency reference data that says who can be referred to.
 */
@Service
public class Referrals {

    /** The agency that registers, reviews and refers cases. */
    public static final String LICENSING_AGENCY = "BIS";


    private final PartyScreening screening;
    private final ReferralSuggestions suggestions;
    private final Applications applications;
    private final BisReviewRepository reviews;
    private final ReferralRepository referrals;
    private final AgencyRepository agencies;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Referrals(Applications applications, BisReviewRepository reviews, ReferralRepository referrals,
            AgencyRepository agencies, AuditTrail audit, ApplicationEventPublisher events,
            PartyScreening screening, ReferralSuggestions suggestions, Clock clock) {
        this.applications = applications;
        this.reviews = reviews;
        this.referrals = referrals;
        this.agencies = agencies;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
        this.screening = screening;
        this.suggestions = suggestions;
    }

    /**
     * Calendar days the applicant is given to answer a question when the analyst names no date. This is a
     * product choice, not a value of the regulation: 750.4(b)(1) stops the clock while BIS awaits the answer
     * and 750.4(a)(2) has an application whose deficiencies BIS cannot correct returned without action, but
     * neither sets a time for the answer.
     */
    public static final int DEFAULT_ANSWER_DAYS = 30;

    /** Days are calendar days in US Eastern time, as the processing clock counts them. */
    private static final ZoneId EASTERN = ZoneId.of("America/New_York");

    /** Records a BIS licensing analyst's review and its consequence for the case. */
    @Transactional
    public BisReviewView review(CurrentUser analyst, UUID applicationId, ReviewRequest request) {
        ApplicationView application = applications.view(applicationId);
        // While the case awaits the applicant's answer BIS may still return it without action: when the answer
        // does not come, BIS cannot correct the deficiencies, and 750.4(a)(2) has it returned without action.
        boolean awaitingApplicant = application.status() == ApplicationStatus.AWAITING_APPLICANT;
        if (awaitingApplicant && request.action() != ReviewAction.RETURN_WITHOUT_ACTION) {
            throw new ConflictException("Application " + application.controlNumber() + " awaits the applicant's "
                    + "answer; until then BIS can only return it without action");
        }
        if (application.status() != ApplicationStatus.UNDER_REVIEW && !awaitingApplicant) {
            throw new ConflictException("Application " + application.controlNumber() + " is " + application.status()
                    + "; it can be reviewed only while UNDER_REVIEW (or returned while AWAITING_APPLICANT)");
        }
        if (request.action() == ReviewAction.DECIDE) {
            screening.requireAdjudicated(applicationId);
        }
        if (request.action() == ReviewAction.LICENSE_NOT_REQUIRED) {
            requireNoLicenseRequired(application.controlNumber(), applicationId);
        }
        List<String> referredAgencies = validate(request);
        if (request.action() == ReviewAction.REQUEST_INFORMATION && request.respondBy() == null) {
            request = request.respondingBy(today().plusDays(DEFAULT_ANSWER_DAYS));
        }
        Map<String, Object> override = null;
        if (request.action() == ReviewAction.REFER) {
            CaseClassification classification = suggestions.classify(applicationId);
            ReferralSuggestion suggestion = classification.referralSuggestion();
            if (referredAgencies.isEmpty()) {
                referredAgencies = suggestion.agencyCodes();
            }
            override = overrideOf(suggestion, classification.licenseRequirement(), referredAgencies,
                    request.referralReasons());
        }
        Instant now = Instant.now(clock);
        BisReview review = reviews.save(new BisReview(UUID.randomUUID(), applicationId, request, analyst.username(),
                analyst.agencyPath(), now));
        for (String agency : referredAgencies) {
            referrals.save(new Referral(UUID.randomUUID(), applicationId, review.id(), agency, now));
        }
        referrals.flush();
        BisReviewView view = review.view(referredAgencies);
        audit.record(applicationId, analyst, "BIS_REVIEW_RECORDED", null, view);
        if (override != null) {
            audit.record(applicationId, analyst, "REFERRAL_SUGGESTION_OVERRIDDEN", Map.of("suggested",
                    override.get("suggested")), override);
        }
        switch (request.action()) {
            case REFER -> events.publishEvent(new CaseProgress.Referred(applicationId, analyst));
            case REQUEST_INFORMATION -> events.publishEvent(new CaseProgress.InformationRequested(applicationId,
                    request.question(), request.respondBy(), analyst));
            default -> {
                // closing and deciding are carried out by the workflow once it routes the case
            }
        }
        events.publishEvent(new BisReviewRecorded(applicationId, review.id(), request.action(), referredAgencies,
                analyst.username(), request.respondBy(), awaitingApplicant));
        return view;
    }

    @Transactional(readOnly = true)
    public List<BisReviewView> reviewsOf(UUID applicationId) {
        return reviews.findByApplicationIdOrderByReviewedAtAsc(applicationId).stream()
                .map(review -> review.view(agenciesOf(review.id())))
                .toList();
    }

    /** The BIS reviews of many cases, read together: {@link #reviewsOf(UUID)} of each case that has any. */
    @Transactional(readOnly = true)
    public Map<UUID, List<BisReviewView>> reviewsOf(Collection<UUID> applicationIds) {
        Map<UUID, List<String>> agencies = referrals.findByApplicationIdInOrderByReferredAtAsc(applicationIds).stream()
                .collect(Collectors.groupingBy(Referral::reviewId, Collectors.mapping(Referral::agency,
                        Collectors.collectingAndThen(Collectors.toList(),
                                referred -> referred.stream().sorted().toList()))));
        return reviews.findByApplicationIdInOrderByReviewedAtAsc(applicationIds).stream()
                .collect(Collectors.groupingBy(BisReview::applicationId, Collectors.mapping(
                        review -> review.view(agencies.getOrDefault(review.id(), List.of())), Collectors.toList())));
    }

    @Transactional(readOnly = true)
    public Optional<BisReviewView> latestReview(UUID applicationId) {
        return reviews.findFirstByApplicationIdOrderByReviewedAtDesc(applicationId)
                .map(review -> review.view(agenciesOf(review.id())));
    }

    @Transactional(readOnly = true)
    public ReferralView referral(UUID referralId) {
        return referrals.findById(referralId).map(Referral::view)
                .orElseThrow(() -> new NotFoundException("Referral", referralId));
    }

    /** The referrals made by the case's latest review, the ones its positions answer. */
    @Transactional(readOnly = true)
    public List<ReferralView> currentReferrals(UUID applicationId) {
        return reviews.findFirstByApplicationIdOrderByReviewedAtDesc(applicationId)
                .map(review -> referrals.findByReviewId(review.id()).stream().map(Referral::view).toList())
                .orElse(List.of());
    }

    /** The current referrals of many cases, read together: {@link #currentReferrals(UUID)} of each case that has any. */
    @Transactional(readOnly = true)
    public Map<UUID, List<ReferralView>> currentReferrals(Collection<UUID> applicationIds) {
        Map<UUID, UUID> latestReview = new HashMap<>();
        reviews.findByApplicationIdInOrderByReviewedAtAsc(applicationIds)
                .forEach(review -> latestReview.put(review.applicationId(), review.id()));
        Set<UUID> current = new HashSet<>(latestReview.values());
        return referrals.findByApplicationIdInOrderByReferredAtAsc(applicationIds).stream()
                .filter(referral -> current.contains(referral.reviewId()))
                .collect(Collectors.groupingBy(Referral::applicationId, Collectors.mapping(Referral::view,
                        Collectors.toList())));
    }

    /** The referrals of many cases, read together: {@link #referralsOf(UUID)} of each case that has any. */
    @Transactional(readOnly = true)
    public Map<UUID, List<ReferralView>> referralsOf(Collection<UUID> applicationIds) {
        return referrals.findByApplicationIdInOrderByReferredAtAsc(applicationIds).stream()
                .collect(Collectors.groupingBy(Referral::applicationId, Collectors.mapping(Referral::view,
                        Collectors.toList())));
    }

    @Transactional(readOnly = true)
    public List<ReferralView> referralsOf(UUID applicationId) {
        return referrals.findByApplicationIdOrderByReferredAtAsc(applicationId).stream().map(Referral::view).toList();
    }

    /** The cases ever referred to the agency, as a condition a search runs in SQL. */
    public CaseCondition referredTo(String agency) {
        return new CaseCondition("exists (select 1 from referral_referral referred where referred.application_id = {case} "
                + "and referred.agency = :referredToAgency)", Map.of("referredToAgency", agency));
    }

    /** Whether the case was ever referred to the agency. */
    @Transactional(readOnly = true)
    public boolean wasReferredTo(UUID applicationId, String agency) {
        return agency != null && referrals.existsByApplicationIdAndAgency(applicationId, agency);
    }

    @Transactional(readOnly = true)
    public List<AgencyView> agencies() {
        return agencies.findAll().stream().map(Agency::view).toList();
    }

    /** The components of an agency that can be asked for an internal assessment. */
    @Transactional(readOnly = true)
    public Set<String> assessmentComponents(String agency) {
        return agencies().stream()
                .filter(candidate -> candidate.givesAssessments() && agency.equals(candidate.parent()))
                .map(AgencyView::code)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private LocalDate today() {
        return LocalDate.ofInstant(Instant.now(clock), EASTERN);
    }

    private List<String> validate(ReviewRequest request) {
        List<FieldViolation> violations = new ArrayList<>();
        if (request.action() == null) {
            throw InvalidRequestException.of("action", "is required: one of REFER, REQUEST_INFORMATION, "
                    + "RETURN_WITHOUT_ACTION, LICENSE_NOT_REQUIRED, DECIDE");
        }
        limit(violations, "analysis", request.analysis());
        limit(violations, "question", request.question());
        Map<String, AgencyView> known = new LinkedHashMap<>();
        agencies().forEach(agency -> known.put(agency.code(), agency));
        List<String> referred = new ArrayList<>();
        switch (request.action()) {
            case REFER -> {
                for (int i = 0; i < request.agencies().size(); i++) {
                    String code = request.agencies().get(i);
                    AgencyView agency = code == null ? null : known.get(code);
                    if (agency == null || !agency.receivesReferrals()) {
                        violations.add(new FieldViolation("agencies[" + i + "]", "must be an agency that receives "
                                + "referrals: " + known.values().stream().filter(AgencyView::receivesReferrals)
                                        .map(AgencyView::code).toList()));
                    } else if (referred.contains(code)) {
                        violations.add(new FieldViolation("agencies[" + i + "]", "is listed twice"));
                    } else {
                        referred.add(code);
                    }
                }
                requireOutcome(violations, request);
                requireText(violations, "analysis", request.analysis());
            }
            case REQUEST_INFORMATION -> {
                requireText(violations, "question", request.question());
                if (request.respondBy() != null && !request.respondBy().isAfter(today())) {
                    violations.add(new FieldViolation("respondBy", "must be a date after today (" + today() + ")"));
                }
            }
            case RETURN_WITHOUT_ACTION -> {
                if (request.deficiencies().isEmpty()
                        || request.deficiencies().stream().anyMatch(text -> text == null || text.isBlank())) {
                    violations.add(new FieldViolation("deficiencies",
                            "list every deficiency, each as a non-empty text"));
                }
            }
            case LICENSE_NOT_REQUIRED -> requireText(violations, "analysis", request.analysis());
            case DECIDE -> {
                requireOutcome(violations, request);
                requireText(violations, "analysis", request.analysis());
            }
        }
        if (request.action() != ReviewAction.REQUEST_INFORMATION && request.respondBy() != null) {
            violations.add(new FieldViolation("respondBy", "is allowed only when the action is REQUEST_INFORMATION"));
        }
        if (request.action() != ReviewAction.REFER && !request.agencies().isEmpty()) {
            violations.add(new FieldViolation("agencies", "is allowed only when the action is REFER"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidRequestException("The review is incomplete; nothing was recorded", violations);
        }
        return referred;
    }

    /**
     * Refuses to close the case as not needing a license while a screening hit awaits adjudication, or while the
     * determination finds a rule that requires one (a true Entity List match is such a rule): the closure would
     * contradict the case's own determination. The refusal names every rule.
     */
    private void requireNoLicenseRequired(String controlNumber, UUID applicationId) {
        long open = screening.openHits(applicationId);
        if (open > 0) {
            throw new ConflictException("Application " + controlNumber + " cannot be closed as LICENSE_NOT_REQUIRED: "
                    + open + " screening hit" + (open == 1 ? " awaits" : "s await") + " adjudication, and a true "
                    + "Entity List match would require a license (15 CFR 744.11)");
        }
        LicenseRequirement requirement = suggestions.classify(applicationId).licenseRequirement();
        if (requirement.requiresLicense()) {
            throw new ConflictException("Application " + controlNumber + " cannot be closed as LICENSE_NOT_REQUIRED: "
                    + "its license determination requires a license under " + requirement.requiringFindings().stream()
                            .map(finding -> finding.citation() + " (" + finding.rule() + ")").distinct()
                            .collect(Collectors.joining("; ")) + ". If the items are classified wrongly, record a "
                    + "reclassification with its rationale first; the case is then determined again");
        }
    }

    /**
     * The agencies added to and removed from the suggestion, each with its reason; {@code null} if the
     * referral follows the suggestion. Refused if a change has no reason, or nothing is referred at all.
     */
    private static Map<String, Object> overrideOf(ReferralSuggestion suggestion, LicenseRequirement requirement,
            List<String> referred, Map<String, String> reasons) {
        List<String> suggested = suggestion.agencyCodes();
        if (referred.isEmpty()) {
            throw InvalidRequestException.of("agencies", requirement.answer() == LicenseAnswer.UNKNOWN
                    ? "no agency can be suggested: the license determination is UNKNOWN (" + String.join("; ",
                            requirement.notApplied().stream().map(rule -> rule.citation() + ": " + rule.reason())
                                    .toList()) + "); refer on your own judgment, naming the agencies, each with a "
                            + "reason in referralReasons"
                    : "no agency is suggested for this case (no reason for control, item category, end use, "
                            + "destination rule or party list calls for one); name the agencies to refer to, each "
                            + "with a reason in referralReasons");
        }
        Map<String, String> added = new LinkedHashMap<>();
        Map<String, String> removed = new LinkedHashMap<>();
        List<FieldViolation> violations = new ArrayList<>();
        for (String agency : referred) {
            if (!suggested.contains(agency)) {
                String reason = reasons.get(agency);
                if (reason == null || reason.isBlank()) {
                    violations.add(new FieldViolation("referralReasons." + agency, agency + " is not suggested for "
                            + "this case " + suggested + "; give the reason to refer to it"));
                } else {
                    added.put(agency, reason.strip());
                }
            }
        }
        for (ReferralSuggestion.SuggestedAgency agency : suggestion.agencies()) {
            if (!referred.contains(agency.agency())) {
                String reason = reasons.get(agency.agency());
                if (reason == null || reason.isBlank()) {
                    violations.add(new FieldViolation("referralReasons." + agency.agency(), agency.agency()
                            + " is suggested (" + String.join(" ", agency.rules()) + "); give the reason to leave "
                            + "it out"));
                } else {
                    removed.put(agency.agency(), reason.strip());
                }
            }
        }
        reasons.forEach((agency, reason) -> limit(violations, "referralReasons." + agency, reason));
        if (!violations.isEmpty()) {
            throw new InvalidRequestException("The referral departs from the suggested agencies without a reason; "
                    + "nothing was recorded", violations);
        }
        if (added.isEmpty() && removed.isEmpty()) {
            return null;
        }
        Map<String, Object> override = new LinkedHashMap<>();
        override.put("suggested", suggested);
        override.put("referred", referred);
        override.put("added", added);
        override.put("removed", removed);
        return override;
    }

    private static void requireOutcome(List<FieldViolation> violations, ReviewRequest request) {
        if (request.proposedOutcome() == null) {
            violations.add(new FieldViolation("proposedOutcome",
                    "is required: one of APPROVE, APPROVE_WITH_CONDITIONS, DENY"));
        }
    }



    /** The agencies a review referred the case to, by code: the rows have no order of their own. */
    private List<String> agenciesOf(UUID reviewId) {
        return referrals.findByReviewId(reviewId).stream().map(Referral::agency).sorted().toList();
    }
}
