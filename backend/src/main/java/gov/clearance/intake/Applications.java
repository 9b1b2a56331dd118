package gov.clearance.intake;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import gov.clearance.audit.AuditTrail;
import gov.clearance.classification.ReferenceData;
import gov.clearance.identity.CurrentUser;
import gov.clearance.identity.Role;
import gov.clearance.intake.ApplicationView.InformationRequestView;
import gov.clearance.shared.ConflictException;
import gov.clearance.shared.FieldViolation;
import gov.clearance.shared.ForbiddenException;
import gov.clearance.shared.InvalidRequestException;
import gov.clearance.shared.NotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Intake's API: applicants draft, edit and submit applications and answer BIS's questions; the
 * other modules read applications and move them through their lifecycle. Every change is audited
 * in the same transaction.
 */
@Service
public class Applications {

    /** How many cases one query reads at most when many are read together. */
    private static final int READ_TOGETHER = 1000;

    private final ApplicationRepository applications;
    private final InformationRequestRepository requests;
    private final InformationResponseRepository responses;
    private final ApplicationFormRules rules;
    private final ControlNumbers controlNumbers;
    private final TransactionFingerprints fingerprints;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final ApplicationSearches searches;
    private final ObjectMapper json;
    private final ReferenceData referenceData;
    private final ApplicationFormCheck formCheck;
    private final IntakeStatusCounts statusCounts;
    private final Clock clock;

    Applications(ApplicationRepository applications, InformationRequestRepository requests,
            InformationResponseRepository responses, ApplicationFormRules rules, ControlNumbers controlNumbers,
            TransactionFingerprints fingerprints, AuditTrail audit, ApplicationEventPublisher events,
            ApplicationSearches searches, ObjectMapper json, ReferenceData referenceData, ApplicationFormCheck formCheck,
            IntakeStatusCounts statusCounts, Clock clock) {
        this.searches = searches;
        this.applications = applications;
        this.requests = requests;
        this.responses = responses;
        this.rules = rules;
        this.controlNumbers = controlNumbers;
        this.fingerprints = fingerprints;
        this.audit = audit;
        this.events = events;
        this.json = json;
        this.referenceData = referenceData;
        this.formCheck = formCheck;
        this.statusCounts = statusCounts;
        this.clock = clock;
    }

    // ---------------------------------------------------------------- applicant actions

    /** Saves a new draft for the applicant's organization. */
    @Transactional
    public ApplicationView create(CurrentUser applicant, ApplicationForm form) {
        String organization = organizationOf(applicant);
        rejectIfBroken(form, ApplicationFormRules.Stage.DRAFT);
        Instant now = Instant.now(clock);
        Application application = new Application(UUID.randomUUID(), organization, applicant.username(), now);
        application.write(toJson(form), fingerprints.searchFacts(form), now);
        applications.save(application);
        audit.record(application.id(), applicant, "APPLICATION_DRAFTED", null, form);
        return view(application);
    }

    /** Replaces the content of a draft. Refused once the application is submitted. */
    @Transactional
    public ApplicationView update(CurrentUser applicant, UUID id, ApplicationForm form) {
        Application application = ownedBy(applicant, id);
        if (application.status() != ApplicationStatus.DRAFT) {
            throw new ConflictException("Application " + application.label() + " has been submitted and can no "
                    + "longer be edited");
        }
        rejectIfBroken(form, ApplicationFormRules.Stage.DRAFT);
        ApplicationForm before = formOf(application);
        application.write(toJson(form), fingerprints.searchFacts(form), Instant.now(clock));
        applications.saveAndFlush(application);
        audit.record(id, applicant, "DRAFT_EDITED", before, form);
        return view(application);
    }

    /**
     * Checks a form as it would be checked on submission, without storing anything: every field that cannot be read
     * and every rule broken, all in one answer (an empty list: the form could be submitted as it is).
     */
    public List<FieldViolation> check(CurrentUser applicant, com.fasterxml.jackson.databind.JsonNode form) {
        organizationOf(applicant);
        return formCheck.check(form);
    }

    /** Deletes a draft of the applicant's organization; a submitted application is never deleted. */
    @Transactional
    public void deleteDraft(CurrentUser applicant, UUID id) {
        applications.lockRow(id);
        Application application = ownedBy(applicant, id);
        if (application.status() != ApplicationStatus.DRAFT) {
            throw new ConflictException("Application " + application.label() + " has been submitted and cannot be "
                    + "deleted");
        }
        audit.record(id, applicant, "DRAFT_DELETED", Map.of("status", ApplicationStatus.DRAFT), null);
        applications.delete(application);
        applications.flush();
    }

    /**
     * Registers the application: it must be complete, must not repeat a pending transaction, and
     * receives its Application Control Number. Processing starts in the same transaction.
     */
    @Transactional
    public ApplicationView submit(CurrentUser applicant, UUID id) {
        Application application = ownedBy(applicant, id);
        if (application.status() != ApplicationStatus.DRAFT) {
            throw new ConflictException("Application " + application.label() + " has already been submitted");
        }
        ApplicationForm form = formOf(application);
        rejectIfBroken(form, ApplicationFormRules.Stage.SUBMISSION);
        String fingerprint = fingerprints.of(application.organization(), form);
        applications.findPendingTransaction(fingerprint, EnumSet.of(ApplicationStatus.DRAFT, ApplicationStatus.CLOSED))
                .stream().findFirst().ifPresent(pending -> {
                    if (pending.getId().equals(id)) {
                        // the same draft submitted twice at once: the other submission registered it meanwhile
                        throw new ConflictException("Application " + pending.getControlNumber()
                                + " has already been submitted");
                    }
                    throw new ConflictException("Application " + pending.getControlNumber() + " for the same "
                            + "transaction (same applicant, parties and items) is still pending");
                });
        application.register(controlNumbers.next(), fingerprint, Instant.now(clock));
        applications.saveAndFlush(application);
        int referenceVersion = referenceData.recordCaseVersion(id);
        audit.record(id, applicant, "APPLICATION_SUBMITTED", Map.of("status", ApplicationStatus.DRAFT),
                Map.of("status", application.status(), "controlNumber", application.controlNumber(),
                        "referenceDataVersion", referenceVersion));
        events.publishEvent(new ApplicationSubmitted(id, application.controlNumber()));
        return view(application);
    }

    /** Answers BIS's open question; the case returns to BIS review. */
    @Transactional
    public ApplicationView respond(CurrentUser applicant, UUID id, UUID requestId, String answer) {
        Application application = ownedBy(applicant, id);
        if (answer == null || answer.isBlank()) {
            throw InvalidRequestException.of("answer", "is required");
        }
        if (answer.length() > 20_000) {
            throw InvalidRequestException.of("answer", "must be at most 20000 characters");
        }
        List<InformationRequest> open = openRequests(id);
        InformationRequest request;
        if (requestId != null) {
            request = open.stream().filter(candidate -> candidate.id().equals(requestId)).findFirst()
                    .orElseThrow(() -> new ConflictException("Question " + requestId + " is not open"));
        } else if (open.size() == 1) {
            request = open.get(0);
        } else if (open.isEmpty()) {
            throw new ConflictException("Application " + application.label() + " has no open question");
        } else {
            throw InvalidRequestException.of("requestId", "is required: several questions are open");
        }
        Instant now = Instant.now(clock);
        responses.saveAndFlush(new InformationResponse(request.id(), answer.strip(), applicant.username(), now));
        ApplicationStatus before = application.status();
        if (openRequests(id).isEmpty()) {
            application.moveTo(ApplicationStatus.UNDER_REVIEW, now);
            applications.saveAndFlush(application);
        }
        audit.record(id, applicant, "APPLICANT_RESPONDED", Map.of("status", before),
                Map.of("status", application.status(), "question", request.question(), "answer", answer.strip()));
        events.publishEvent(new ApplicantResponded(id, request.id()));
        return view(application);
    }

    @Transactional(readOnly = true)
    public List<ApplicationView> listForApplicant(CurrentUser applicant) {
        return applications.findByOrganizationOrderByCreatedAtDesc(organizationOf(applicant)).stream()
                .map(this::view)
                .toList();
    }

    /** The applicant's own application; another organization's is reported as not found. */
    @Transactional(readOnly = true)
    public ApplicationView viewForApplicant(CurrentUser applicant, UUID id) {
        return view(ownedBy(applicant, id));
    }

    // ---------------------------------------------------------------- staff and workflow

    /**
     * Holds the case's row until the caller's transaction ends, for a change whose rule spans rows no unique index
     * can tie together (one running hold per reason, an item reclassified from its current ECCN): a copy of the
     * same request arriving at the same moment waits here, then reads what the first one did and is refused with
     * 409. Call it before reading the state the rule checks. Unknown ids lock nothing.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void lockForChange(UUID id) {
        applications.lockRow(id);
    }

    /** Any registered application, for staff whose access the caller has already checked. */
    @Transactional(readOnly = true)
    public ApplicationView view(UUID id) {
        Application application = applications.findById(id)
                .filter(found -> found.status() != ApplicationStatus.DRAFT)
                .orElseThrow(() -> new NotFoundException("Application", id));
        return view(application);
    }

    /**
     * Registered applications by id, read together, for staff whose access the caller has already checked;
     * drafts and unknown ids are left out.
     */
    @Transactional(readOnly = true)
    public Map<UUID, ApplicationView> views(Collection<UUID> ids) {
        Map<UUID, ApplicationView> found = new java.util.LinkedHashMap<>();
        views(applications.findAllById(ids).stream()
                .filter(application -> application.status() != ApplicationStatus.DRAFT).toList())
                .forEach(view -> found.put(view.id(), view));
        return found;
    }

    /** How many applications are in each status, every status listed: kept by the database as statuses change. */
    public Map<ApplicationStatus, Long> countByStatus() {
        return statusCounts.counts();
    }

    /** Every registered application not yet closed, oldest registration first. */
    @Transactional(readOnly = true)
    public List<ApplicationView> openCases() {
        return views(applications.findByStatusInOrderByRegisteredAtAsc(OPEN));
    }

    private static final List<ApplicationStatus> OPEN = List.of(ApplicationStatus.UNDER_REVIEW,
            ApplicationStatus.AWAITING_APPLICANT, ApplicationStatus.IN_REFERRAL, ApplicationStatus.IN_RECONCILIATION,
            ApplicationStatus.ESCALATED, ApplicationStatus.INTENT_TO_DENY);

    /** The ids of the open cases: registered and not closed. */
    @Transactional(readOnly = true)
    public List<UUID> openCaseIds() {
        return applications.findIdsByStatusIn(OPEN);
    }

    /** The ids of registered applications after the given id, in id order: to go through all of them in pages. */
    @Transactional(readOnly = true)
    public List<UUID> registeredIdsAfter(UUID after, int limit) {
        return applications.findRegisteredIdsAfter(after, org.springframework.data.domain.Limit.of(limit));
    }

    /** Registered applications matching the search, newest first. */
    public ApplicationSearchResults search(ApplicationSearch search) {
        return searches.search(search);
    }

    /** Records BIS's question to the applicant, to be answered by the given day, and holds the case until it is. */
    @Transactional
    UUID requestInformation(UUID id, String question, LocalDate respondBy, CurrentUser analyst) {
        Application application = registered(id);
        Instant now = Instant.now(clock);
        ApplicationStatus before = application.status();
        application.moveTo(ApplicationStatus.AWAITING_APPLICANT, now);
        applications.saveAndFlush(application);
        InformationRequest request = new InformationRequest(UUID.randomUUID(), id, question, analyst.username(),
                analyst.agencyPath(), now, respondBy);
        requests.save(request);
        audit.record(id, analyst, "INFORMATION_REQUESTED", Map.of("status", before),
                Map.of("status", application.status(), "question", question, "respondBy", String.valueOf(respondBy)));
        return request.id();
    }

    /** Moves the case to the next stage of its lifecycle, refusing any move its status does not allow. */
    @Transactional
    void moveTo(UUID id, ApplicationStatus target, CurrentUser actor) {
        Application application = registered(id);
        ApplicationStatus before = application.status();
        application.moveTo(target, Instant.now(clock));
        applications.saveAndFlush(application);
        audit.record(id, actor, "STATUS_CHANGED", Map.of("status", before), Map.of("status", target));
    }

    /** Closes the case with its final outcome. */
    @Transactional
    void close(UUID id, Outcome outcome, CurrentUser actor) {
        Application application = registered(id);
        ApplicationStatus before = application.status();
        application.close(outcome, Instant.now(clock));
        applications.saveAndFlush(application);
        audit.record(id, actor, "APPLICATION_CLOSED", Map.of("status", before),
                Map.of("status", ApplicationStatus.CLOSED, "outcome", outcome));
    }

    // ---------------------------------------------------------------- internals

    private Application registered(UUID id) {
        return applications.findById(id)
                .filter(found -> found.status() != ApplicationStatus.DRAFT)
                .orElseThrow(() -> new NotFoundException("Application", id));
    }

    private Application ownedBy(CurrentUser applicant, UUID id) {
        String organization = organizationOf(applicant);
        return applications.findById(id)
                .filter(found -> found.organization().equals(organization))
                .orElseThrow(() -> new NotFoundException("Application", id));
    }

    private static String organizationOf(CurrentUser applicant) {
        if (!applicant.has(Role.APPLICANT) || applicant.organization() == null) {
            throw new ForbiddenException("Only an applicant who belongs to an organization can do this");
        }
        return applicant.organization();
    }

    private void rejectIfBroken(ApplicationForm form, ApplicationFormRules.Stage stage) {
        List<FieldViolation> violations = rules.check(form, stage);
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(stage == ApplicationFormRules.Stage.SUBMISSION
                    ? "The application is not complete or not consistent; it was not submitted"
                    : "The application has invalid fields; nothing was saved", violations);
        }
    }

    private List<InformationRequest> openRequests(UUID applicationId) {
        List<InformationRequest> all = requests.findByApplicationIdOrderByAskedAtAsc(applicationId);
        var answered = responses.findByRequestIdIn(all.stream().map(InformationRequest::id).toList()).stream()
                .map(InformationResponse::requestId)
                .collect(Collectors.toSet());
        return all.stream().filter(request -> !answered.contains(request.id())).toList();
    }

    private ApplicationView view(Application application) {
        List<InformationRequest> asked = requests.findByApplicationIdOrderByAskedAtAsc(application.id());
        Map<UUID, InformationResponse> answers = responses
                .findByRequestIdIn(asked.stream().map(InformationRequest::id).toList()).stream()
                .collect(Collectors.toMap(InformationResponse::requestId, Function.identity()));
        return view(application, asked, answers);
    }

    /** Views of many applications in the given order, their questions and answers read a thousand cases at a time. */
    private List<ApplicationView> views(List<Application> found) {
        List<ApplicationView> views = new java.util.ArrayList<>(found.size());
        for (int from = 0; from < found.size(); from += READ_TOGETHER) {
            List<Application> part = found.subList(from, Math.min(found.size(), from + READ_TOGETHER));
            Map<UUID, List<InformationRequest>> asked = requests
                    .findByApplicationIdIn(part.stream().map(Application::id).toList()).stream()
                    .collect(Collectors.groupingBy(InformationRequest::applicationId));
            Map<UUID, InformationResponse> answers = asked.isEmpty() ? Map.of() : responses
                    .findByRequestIdIn(asked.values().stream().flatMap(List::stream).map(InformationRequest::id)
                            .toList()).stream()
                    .collect(Collectors.toMap(InformationResponse::requestId, Function.identity()));
            part.forEach(application -> views.add(view(application,
                    asked.getOrDefault(application.id(), List.of()), answers)));
        }
        return views;
    }

    private ApplicationView view(Application application, List<InformationRequest> asked,
            Map<UUID, InformationResponse> answers) {
        List<InformationRequestView> questions = asked.stream()
                .sorted(Comparator.comparing(InformationRequest::askedAt))
                .map(request -> {
                    InformationResponse answer = answers.get(request.id());
                    return new InformationRequestView(request.id(), request.question(), request.askedAt(),
                            request.respondBy(), answer == null ? null : answer.answer(), answer == null ? null : answer.answeredBy(),
                            answer == null ? null : answer.answeredAt());
                })
                .toList();
        return new ApplicationView(application.id(), application.organization(), application.status(),
                application.outcome(), application.controlNumber(), application.createdAt(), application.updatedAt(),
                application.registeredAt(), formOf(application), questions);
    }

    private ApplicationForm formOf(Application application) {
        try {
            return json.readValue(application.form(), ApplicationForm.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored application form is unreadable", e);
        }
    }

    private String toJson(ApplicationForm form) {
        try {
            return json.writeValueAsString(form);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Application form could not be written", e);
        }
    }
}
