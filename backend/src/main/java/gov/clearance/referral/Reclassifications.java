package gov.clearance.referral;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import gov.clearance.audit.AuditTrail;
import gov.clearance.classification.LicenseRequirements;
import gov.clearance.identity.CurrentUser;
import gov.clearance.intake.ApplicationForm;
import gov.clearance.intake.ApplicationStatus;
import gov.clearance.intake.ApplicationView;
import gov.clearance.intake.Applications;
import gov.clearance.shared.ConflictException;
import gov.clearance.shared.FieldViolation;
import gov.clearance.shared.InvalidRequestException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * BIS's reclassification of a case's items: the only way past a license determination the analyst holds wrong.
 * Each records the corrected ECCN of the items it names and why; the case is then determined again with them,
 * and the reclassification is audited and shown to every reviewer. The applicant's form stays as submitted.
 */
@Service
public class Reclassifications {

    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();
    private static final TypeReference<List<ReclassificationView.Correction>> CORRECTIONS = new TypeReference<>() {
    };

    private final JdbcTemplate jdbc;
    private final Applications applications;
    private final AuditTrail audit;
    private final Clock clock;

    Reclassifications(JdbcTemplate jdbc, Applications applications, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.applications = applications;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public ReclassificationView record(CurrentUser analyst, UUID applicationId, ReclassificationRequest request) {
        // an item is reclassified from its current ECCN: a copy of this request arriving at the same moment waits
        // here, then finds the item reclassified already
        applications.lockForChange(applicationId);
        ApplicationView application = applications.view(applicationId);
        if (application.status() != ApplicationStatus.UNDER_REVIEW) {
            throw new ConflictException("Application " + application.controlNumber() + " is " + application.status()
                    + "; its items can be reclassified only while UNDER_REVIEW");
        }
        Map<Integer, String> current = currentEccns(application.form(), of(applicationId));
        List<FieldViolation> violations = new ArrayList<>();
        if (request == null || request.items().isEmpty()) {
            violations.add(new FieldViolation("items", "name at least one item and its corrected ECCN"));
        }
        String rationale = request == null || request.rationale() == null ? "" : request.rationale().strip();
        if (rationale.isEmpty()) {
            violations.add(new FieldViolation("rationale", "is required: why the classification is wrong"));
        } else if (rationale.length() > 20_000) {
            violations.add(new FieldViolation("rationale", "must be at most 20000 characters"));
        }
        List<ReclassificationView.Correction> corrections = new ArrayList<>();
        Set<Integer> named = new HashSet<>();
        List<String> alreadyClassified = new ArrayList<>();
        List<ReclassificationRequest.CorrectedItem> items = request == null ? List.of() : request.items();
        for (int i = 0; i < items.size(); i++) {
            ReclassificationRequest.CorrectedItem item = items.get(i);
            String at = "items[" + i + "]";
            if (item == null || item.item() == null || item.item() < 0 || item.item() >= current.size()) {
                violations.add(new FieldViolation(at + ".item", "must name one of the form's " + current.size()
                        + " item" + (current.size() == 1 ? "" : "s") + ", counted from 0 (0 is item 1)"));
                continue;
            }
            if (!named.add(item.item())) {
                violations.add(new FieldViolation(at + ".item", "names item " + item.item() + " twice"));
                continue;
            }
            if (item.eccn() == null || !LicenseRequirements.ECCN_FORMAT.matcher(item.eccn()).matches()) {
                violations.add(new FieldViolation(at + ".eccn", "must be an ECCN such as 3A001.a.1, or EAR99"));
            } else if (item.eccn().equals(current.get(item.item()))) {
                alreadyClassified.add("item " + (item.item() + 1) + " is " + item.eccn());
            } else {
                corrections.add(new ReclassificationView.Correction(item.item(), current.get(item.item()),
                        item.eccn()));
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidRequestException("The reclassification is incomplete; nothing was recorded", violations);
        }
        if (!alreadyClassified.isEmpty()) {
            // the state, not the request, is in the way: typically the same correction recorded a moment ago
            throw new ConflictException("Nothing was recorded: " + String.join(", ", alreadyClassified)
                    + " already");
        }
        ReclassificationView view = new ReclassificationView(UUID.randomUUID(), List.copyOf(corrections), rationale,
                analyst.username(), Instant.now(clock));
        jdbc.update("insert into referral_reclassification (id, application_id, items, rationale, recorded_by, "
                + "recorded_at) values (?, ?, ?::jsonb, ?, ?, ?)", view.id(), applicationId, json(corrections),
                rationale, view.recordedBy(), Timestamp.from(view.recordedAt()));
        audit.record(applicationId, analyst, "CASE_RECLASSIFIED", Map.of("eccns", corrections.stream()
                .map(ReclassificationView.Correction::before).toList()), view);
        return view;
    }

    /** The case's reclassifications, oldest first. */
    @Transactional(readOnly = true)
    public List<ReclassificationView> of(UUID applicationId) {
        return jdbc.query("select id, items::text, rationale, recorded_by, recorded_at from referral_reclassification "
                + "where application_id = ? order by recorded_at, id", (row, number) -> new ReclassificationView(
                        row.getObject("id", UUID.class), corrections(row.getString("items")),
                        row.getString("rationale"), row.getString("recorded_by"),
                        row.getTimestamp("recorded_at").toInstant()), applicationId);
    }

    /** The ECCN of each item as the case stands: the form's, with the case's reclassifications applied in order. */
    static Map<Integer, String> currentEccns(ApplicationForm form, List<ReclassificationView> reclassifications) {
        Map<Integer, String> eccns = new HashMap<>();
        for (int i = 0; i < form.items().size(); i++) {
            eccns.put(i, form.items().get(i).eccn());
        }
        for (ReclassificationView reclassification : reclassifications) {
            reclassification.items().forEach(correction -> eccns.put(correction.item(), correction.after()));
        }
        return eccns;
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<ReclassificationView.Correction> corrections(String json) {
        try {
            return JSON.readValue(json, CORRECTIONS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable reclassification: " + json, e);
        }
    }
}
