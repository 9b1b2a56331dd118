package gov.clearance.decision;

import gov.clearance.screening.PartyScreening;
import gov.clearance.audit.AuditTrail;
import gov.clearance.identity.CurrentUser;
import gov.clearance.identity.Role;
import gov.clearance.intake.ApplicationForm;
import gov.clearance.intake.ApplicationStatus;
import gov.clearance.intake.ApplicationView;
import gov.clearance.intake.Applications;
import gov.clearance.intake.CaseProgress;
import gov.clearance.intake.Outcome;
import gov.clearance.position.ConditionChange;
import gov.clearance.position.ConditionConsentView;
import gov.clearance.position.ConditionConsents;
import gov.clearance.position.PositionView;
import gov.clearance.position.Positions;
import gov.clearance.referral.BisReviewView;
import gov.clearance.referral.ReferralView;
import gov.clearance.referral.Referrals;
import gov.clearance.referral.ReviewAction;
import gov.clearance.shared.ConflictException;
import gov.clearance.shared.FieldViolation;
import gov.clearance.shared.InvalidRequestException;
import static gov.clearance.shared.TextRules.limit;
import static gov.clearance.shared.TextRules.requireText;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Decisions and licenses. An agreed case is decided by BIS's licensing analyst, a disputed one by
 * the Operating Committee chair. Every agency's conditions are carried into the decision with their
 * authorship and cannot be dropped. An approval creates a license, valid for as long as the types of
 * its items allow, which its holder can download as a PDF document.
 */
@Service
public class Decisions {

    private static final Set<Outcome> DECIDABLE = EnumSet.of(Outcome.APPROVED, Outcome.APPROVED_WITH_CONDITIONS,
            Outcome.DENIED, Outcome.RETURNED_WITHOUT_ACTION);

    private final PartyScreening screening;
    private final Applications applications;
    private final Referrals referrals;
    private final Positions positions;
    private final DecisionRepository decisions;
    private final LicenseRepository licenses;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final JdbcTemplate jdbc;
    private final DecisionSettings settings;
    private final LicenseValidity validity;
    private final LicensePdf licensePdf;
    private final Clock clock;

    private final ConditionConsents consents;
    private final EscalationLadder ladder;
    private final IntentsToDeny intents;

    Decisions(Applications applications, Referrals referrals, Positions positions, DecisionRepository decisions,
            LicenseRepository licenses, AuditTrail audit, ApplicationEventPublisher events, JdbcTemplate jdbc,
            DecisionSettings settings, LicensePdf licensePdf, ConditionConsents consents, EscalationLadder ladder,
            IntentsToDeny intents, PartyScreening screening, Clock clock) {
        this.applications = applications;
        this.ladder = ladder;
        this.intents = intents;
        this.consents = consents;
        this.referrals = referrals;
        this.positions = positions;
        this.decisions = decisions;
        this.licenses = licenses;
        this.audit = audit;
        this.events = events;
        this.jdbc = jdbc;
        this.settings = settings;
        this.validity = settings.licenseValidityRule();
        this.licensePdf = licensePdf;
        this.clock = clock;
        this.screening = screening;
    }

    /** Decides a case that is awaiting its decision. */
    @Transactional
    public DecisionView decide(CurrentUser decider, UUID applicationId, DecisionRequest request) {
        ApplicationView application = applications.view(applicationId);
        DecisionAuthority authority = authorityFor(decider, application);
        if (request.outcome() != null && request.outcome() != Outcome.RETURNED_WITHOUT_ACTION) {
            positions.requireNoReturnBlock(applicationId, request.outcome() == Outcome.DENIED ? "deny" : "approve");
        }
        screening.requireAdjudicated(applicationId);
        List<DecisionCondition> conditions = new ArrayList<>();
        List<FieldViolation> violations = new ArrayList<>();
        if (request.outcome() == null || !DECIDABLE.contains(request.outcome())) {
            violations.add(new FieldViolation("outcome",
                    "is required: one of APPROVED, APPROVED_WITH_CONDITIONS, RETURNED_WITHOUT_ACTION"));
        } else if (request.outcome() == Outcome.DENIED) {
            violations.add(new FieldViolation("outcome", "a denial begins with a notice of intent to deny "
                    + "(POST /api/staff/applications/" + applicationId + "/intent-to-deny)"));
        }
        requireText(violations, "rationale", request.rationale());
        limit(violations, "rationale", request.rationale());
        for (int i = 0; i < request.conditions().size(); i++) {
            requireText(violations, "conditions[" + i + "]", request.conditions().get(i), "a condition needs its text");
            limit(violations, "conditions[" + i + "]", request.conditions().get(i));
        }
        if (request.outcome() != null && request.outcome().grantsLicense()) {
            List<PositionView.ConditionView> agencyConditions = agencyConditions(applicationId);
            Map<String, ConditionChangeRequest> changes = consentedChanges(applicationId, agencyConditions,
                    request.conditionChanges(), violations);
            for (PositionView.ConditionView agencyCondition : agencyConditions) {
                ConditionChangeRequest change = changes.get(conditionKey(agencyCondition.authorAgency(),
                        agencyCondition.sequence()));
                if (change != null && change.change() == ConditionChange.DROP) {
                    continue;
                }
                String text = change != null ? change.wording().strip() : agencyCondition.text();
                conditions.add(new DecisionCondition(UUID.randomUUID(), conditions.size() + 1, text,
                        agencyCondition.authorAgency(), null));
            }
            for (String text : request.conditions()) {
                if (text != null && !text.isBlank()) {
                    conditions.add(new DecisionCondition(UUID.randomUUID(), conditions.size() + 1, text.strip(),
                            decider.agency(), null));
                }
            }
            if (request.outcome() == Outcome.APPROVED && !conditions.isEmpty()) {
                violations.add(new FieldViolation("outcome", "must be APPROVED_WITH_CONDITIONS: the case carries "
                        + "conditions, and an agency's condition is dropped only with its consent (conditionChanges)"));
            }
            if (request.outcome() == Outcome.APPROVED_WITH_CONDITIONS && conditions.isEmpty()) {
                violations.add(new FieldViolation("conditions", "an approval with conditions needs at least one"));
            }
        } else if (!request.conditions().isEmpty()) {
            violations.add(new FieldViolation("conditions", "are allowed only on an approval"));
        } else if (!request.conditionChanges().isEmpty()) {
            violations.add(new FieldViolation("conditionChanges", "are allowed only on an approval"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidRequestException("The decision is incomplete; nothing was recorded", violations);
        }
        Decision decision = record(applicationId, decider, request.outcome(), request.rationale().strip(), authority,
                conditions, true);
        return decision.view(null);
    }

    /**
     * Closes a case that BIS returned without referral: without action (with its deficiencies) or as
     * not needing a license. The decision is the reviewing analyst's.
     */
    @Transactional
    public DecisionView closeWithoutReferral(UUID applicationId) {
        BisReviewView review = referrals.latestReview(applicationId)
                .orElseThrow(() -> new ConflictException("The case has no BIS review"));
        Outcome outcome;
        String rationale;
        if (review.action() == ReviewAction.RETURN_WITHOUT_ACTION) {
            outcome = Outcome.RETURNED_WITHOUT_ACTION;
            rationale = "Returned without action. Deficiencies: " + String.join("; ", review.deficiencies());
        } else if (review.action() == ReviewAction.LICENSE_NOT_REQUIRED) {
            outcome = Outcome.LICENSE_NOT_REQUIRED;
            rationale = review.analysis();
        } else {
            throw new ConflictException("The latest review (" + review.action() + ") does not close the case");
        }
        CurrentUser analyst = new CurrentUser(review.reviewedBy(), review.reviewedBy(), Set.of(Role.ANALYST),
                Referrals.LICENSING_AGENCY, null, null);
        return record(applicationId, analyst, outcome, rationale, DecisionAuthority.LICENSING_ANALYST, List.of(),
                false)
                .view(null);
    }

    /**
     * Issues the license an approval calls for: the approved items and the conditions, valid for the
     * shortest validity among its items' types (four years unless configured otherwise).
     */
    @Transactional
    public DecisionView.LicenseView issueLicense(UUID applicationId) {
        Decision decision = decisions.findByApplicationId(applicationId)
                .orElseThrow(() -> new ConflictException("The case has no decision"));
        if (!decision.outcome().grantsLicense()) {
            throw new ConflictException("A " + decision.outcome() + " decision issues no license");
        }
        Optional<License> existing = licenses.findByApplicationId(applicationId);
        if (existing.isPresent()) {
            return existing.get().view(decision.conditionViews());
        }
        ApplicationForm form = applications.view(applicationId).form();
        Instant now = Instant.now(clock);
        LocalDate validFrom = LocalDate.ofInstant(now, settings.zone());
        Long number = jdbc.queryForObject("select nextval('decision_license_number_seq')", Long.class);
        List<DecisionView.LicensedItem> items = form.items().stream()
                .map(item -> new DecisionView.LicensedItem(item.eccn(), item.model(), item.description(),
                        item.quantity(), item.units(), item.unitPrice(), item.totalPrice()))
                .toList();
        LocalDate validUntil = validity.validUntil(validFrom,
                items.stream().map(DecisionView.LicensedItem::eccn).toList());
        License license = licenses.saveAndFlush(new License(UUID.randomUUID(), decision.id(), applicationId,
                String.format("D%06d", number), now, validFrom, validUntil, items));
        DecisionView.LicenseView view = license.view(decision.conditionViews());
        audit.record(applicationId, CurrentUser.system(), "LICENSE_ISSUED", null, view);
        return view;
    }

    /**
     * The license of a case as the PDF document its holder keeps; a 404 saying why while the case has
     * none. The caller has already checked that the person asking may see the case.
     */
    @Transactional(readOnly = true)
    public LicenseDocument licenseDocument(UUID applicationId) {
        Optional<Decision> decision = decisions.findByApplicationId(applicationId);
        Optional<License> license = licenses.findByApplicationId(applicationId);
        if (decision.isEmpty()) {
            throw new LicenseNotIssuedException(applicationId, "the case has not been decided");
        }
        if (!decision.get().outcome().grantsLicense()) {
            throw new LicenseNotIssuedException(applicationId, "the decision (" + decision.get().outcome()
                    + ") issues none");
        }
        if (license.isEmpty()) {
            throw new LicenseNotIssuedException(applicationId, "one is being issued; try again in a moment");
        }
        DecisionView.LicenseView view = license.get().view(decision.get().conditionViews());
        return new LicenseDocument(view.licenseNumber(), licensePdf.render(view, applications.view(applicationId)));
    }

    @Transactional(readOnly = true)
    public Optional<DecisionView> decisionOf(UUID applicationId) {
        return decisions.findByApplicationId(applicationId).map(decision -> decision.view(
                licenses.findByApplicationId(applicationId).map(l -> l.view(decision.conditionViews())).orElse(null)));
    }

    /** The decisions on many cases, read together: {@link #decisionOf(UUID)} of each decided case. */
    @Transactional(readOnly = true)
    public Map<UUID, DecisionView> decisionsOf(Collection<UUID> applicationIds) {
        List<Decision> decided = decisions.findByApplicationIdIn(applicationIds);
        Map<UUID, License> issued = decided.isEmpty() ? Map.of() : licenses.findByApplicationIdIn(
                decided.stream().map(Decision::applicationId).toList()).stream()
                .collect(Collectors.toMap(License::applicationId, Function.identity()));
        Map<UUID, DecisionView> views = new HashMap<>();
        for (Decision decision : decided) {
            License license = issued.get(decision.applicationId());
            views.put(decision.applicationId(), decision.view(license == null ? null
                    : license.view(decision.conditionViews())));
        }
        return views;
    }

    /** The conditions a decision on this case will carry: every agency's, with its author. */
    @Transactional(readOnly = true)
    public List<PositionView.ConditionView> agencyConditions(UUID applicationId) {
        Set<UUID> current = referrals.currentReferrals(applicationId).stream().map(ReferralView::id)
                .collect(Collectors.toSet());
        return positions.currentPositionsOf(applicationId).stream()
                .filter(position -> current.contains(position.referralId()))
                .flatMap(position -> position.conditions().stream())
                .toList();
    }

    /** The pending denial becomes final: no withdrawal by day 45, or the Under Secretary upheld it. */
    @Transactional
    public DecisionView finalizeDenial(UUID applicationId) {
        Optional<Decision> decided = decisions.findByApplicationId(applicationId);
        if (decided.isPresent()) {
            return decided.get().view(null);
        }
        IntentToDeny notice = intents.latestNotice(applicationId)
                .orElseThrow(() -> new ConflictException("The case has no notice of intent to deny"));
        CurrentUser issuedBy = new CurrentUser(notice.issuedBy(), notice.issuedBy(), Set.of(Role.ANALYST),
                Referrals.LICENSING_AGENCY, null, null);
        // a denial reached on the escalation ladder is the ladder's, though BIS gave its notice
        DecisionAuthority authority = ladder.standingRuling(applicationId)
                .filter(ruling -> ruling.outcome() == Outcome.DENIED).map(ruling -> ruling.level().authority())
                .orElse(DecisionAuthority.LICENSING_ANALYST);
        return record(applicationId, issuedBy, Outcome.DENIED, notice.reasons(), authority, List.of(), false)
                .view(null);
    }

    /**
     * When the standing ruling of a disputed case denies the license (no appeal came in time, or the President
     * decided), no decision is recorded yet: every denial, one reached on the escalation ladder included, goes
     * through the notice of intent to deny of 15 CFR 750.6 (the basis, the considerations, what would allow
     * reconsideration, a contact, the appeal rights, 20 days to respond, final after 45). The case waits for
     * BIS's notice, back in BIS's hands. Returns whether it does; a job run again changes nothing twice.
     */
    @Transactional
    public boolean awaitNoticeOfLadderDenial(UUID applicationId) {
        if (decisions.findByApplicationId(applicationId).isPresent()) {
            return false;
        }
        RulingView ruling = ladder.standingRuling(applicationId)
                .orElseThrow(() -> new ConflictException("The case has no ruling to make final"));
        if (ruling.outcome() != Outcome.DENIED) {
            return false;
        }
        ApplicationView application = applications.view(applicationId);
        if (application.status() == ApplicationStatus.ESCALATED) {
            events.publishEvent(new CaseProgress.ReturnedToBis(applicationId, "a denial reached on the escalation "
                    + "ladder awaits BIS's intent-to-deny notice (15 CFR 750.6)", CurrentUser.system()));
            audit.record(applicationId, CurrentUser.system(), "LADDER_DENIAL_AWAITS_NOTICE", null,
                    Map.of("level", ruling.level(), "ruling", ruling.outcome(), "rule", "15 CFR 750.6(a): BIS "
                            + "notifies the applicant of its intent to deny before any denial"));
        }
        return true;
    }

    /**
     * The standing ruling of a disputed case becomes its decision (no appeal came in time, or the
     * President decided): it carries every agency's conditions when it grants a license. A denial goes
     * through {@link #awaitNoticeOfLadderDenial} instead.
     */
    @Transactional
    public DecisionView finalizeStandingRuling(UUID applicationId) {
        Optional<Decision> decided = decisions.findByApplicationId(applicationId);
        if (decided.isPresent()) {
            return decided.get().view(null);
        }
        RulingView ruling = ladder.standingRuling(applicationId)
                .orElseThrow(() -> new ConflictException("The case has no ruling to make final"));
        if (ruling.outcome() == Outcome.DENIED) {
            throw new ConflictException("A denial on the escalation ladder becomes final only through a notice of "
                    + "intent to deny (15 CFR 750.6)");
        }
        List<DecisionCondition> conditions = new ArrayList<>();
        Outcome outcome = ruling.outcome();
        if (outcome.grantsLicense()) {
            for (PositionView.ConditionView agencyCondition : agencyConditions(applicationId)) {
                conditions.add(new DecisionCondition(UUID.randomUUID(), conditions.size() + 1, agencyCondition.text(),
                        agencyCondition.authorAgency(), null));
            }
            outcome = conditions.isEmpty() ? Outcome.APPROVED : Outcome.APPROVED_WITH_CONDITIONS;
        }
        CurrentUser ruledBy = new CurrentUser(ruling.ruledBy(), ruling.ruledBy(), Set.of(), ruling.ruledByAgency(),
                null, null);
        return record(applicationId, ruledBy, outcome, ruling.rationale(), ruling.level().authority(), conditions,
                false).view(null);
    }

    /**
     * The requested changes to agency conditions, keyed by agency and condition number, once each is
     * found to match a consent the agency recorded for exactly that change; any other is a violation.
     */
    private Map<String, ConditionChangeRequest> consentedChanges(UUID applicationId,
            List<PositionView.ConditionView> agencyConditions, List<ConditionChangeRequest> requested,
            List<FieldViolation> violations) {
        List<ConditionConsentView> given = consents.consentsOn(applicationId);
        Map<String, ConditionChangeRequest> accepted = new HashMap<>();
        for (int i = 0; i < requested.size(); i++) {
            ConditionChangeRequest change = requested.get(i);
            String field = "conditionChanges[" + i + "]";
            if (change == null || change.agency() == null || change.sequence() == null || change.change() == null) {
                violations.add(new FieldViolation(field, "needs agency, sequence and change"));
                continue;
            }
            boolean exists = agencyConditions.stream().anyMatch(condition ->
                    condition.authorAgency().equals(change.agency()) && condition.sequence() == change.sequence());
            if (!exists) {
                violations.add(new FieldViolation(field, change.agency() + " has no condition " + change.sequence()
                        + " on this case"));
                continue;
            }
            boolean consented = given.stream().anyMatch(consent -> consent.agency().equals(change.agency())
                    && consent.conditionSequence() == change.sequence() && consent.change() == change.change()
                    && (change.change() == ConditionChange.DROP
                        || consent.wording().equals(change.wording() == null ? null : change.wording().strip())));
            if (!consented) {
                violations.add(new FieldViolation(field, change.agency() + " has not consented to "
                        + (change.change() == ConditionChange.DROP ? "dropping" : "this wording of")
                        + " its condition " + change.sequence()));
                continue;
            }
            if (accepted.put(conditionKey(change.agency(), change.sequence()), change) != null) {
                violations.add(new FieldViolation(field, "changes the same condition twice"));
            }
        }
        return accepted;
    }

    private static String conditionKey(String agency, int sequence) {
        return agency + "#" + sequence;
    }

    private Decision record(UUID applicationId, CurrentUser decider, Outcome outcome, String rationale,
            DecisionAuthority authority, List<DecisionCondition> conditions, boolean closesDecisionTask) {
        Decision decision = decisions.saveAndFlush(new Decision(UUID.randomUUID(), applicationId, outcome, rationale,
                authority, decider.username(), decider.agencyPath(), Instant.now(clock), conditions));
        DecisionView view = decision.view(null);
        audit.record(applicationId, decider, "DECISION_RECORDED", null, view);
        events.publishEvent(new CaseProgress.Closed(applicationId, outcome, decider));
        events.publishEvent(new DecisionRecorded(applicationId, decision.id(), outcome, authority, decider.username(),
                closesDecisionTask));
        return decision;
    }

    private DecisionAuthority authorityFor(CurrentUser decider, ApplicationView application) {
        if (application.status() == ApplicationStatus.IN_RECONCILIATION) {
            if (ladderDenialAwaitsNotice(application.id())) {
                throw new ConflictException("Application " + application.controlNumber() + " was denied on the "
                        + "escalation ladder: BIS issues the notice of intent to deny (15 CFR 750.6; POST "
                        + "/api/staff/applications/" + application.id() + "/intent-to-deny)");
            }
            return DecisionAuthority.LICENSING_ANALYST;
        }
        if (application.status() == ApplicationStatus.ESCALATED) {
            throw new ConflictException("Application " + application.controlNumber() + " is in dispute: the "
                    + "escalation ladder rules on it (POST /api/staff/applications/" + application.id() + "/rulings)");
        }
        throw new ConflictException("Application " + application.controlNumber() + " is " + application.status()
                + "; it is not awaiting a decision");
    }

    /** Whether the ladder's standing ruling denies and BIS has given no notice of intent to deny since. */
    private boolean ladderDenialAwaitsNotice(UUID applicationId) {
        Optional<RulingView> ruling = ladder.standingRuling(applicationId);
        if (ruling.isEmpty() || ruling.get().outcome() != Outcome.DENIED) {
            return false;
        }
        return intents.latestNotice(applicationId).map(notice -> notice.issuedAt().isBefore(ruling.get().ruledAt()))
                .orElse(true);
    }
}
