package gov.clearance.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.Collectors;

/**
 * Every action the system acknowledged to a client (a 2xx answer, or the license seen by the
 * applicant): what a consistency checker compares with the database after a run. An action that
 * failed or was never answered is not here, whatever the database says about it.
 */
public final class AcknowledgedActions {

    /** The kinds of acknowledged action, in the order of a case's lifecycle. */
    public enum Kind {
        APPLICATION_DRAFTED, APPLICATION_SUBMITTED, BIS_REVIEW_RECORDED, POSITION_RECORDED, DECISION_RECORDED, LICENSE_ISSUED
    }

    /**
     * One acknowledged action.
     *
     * @param applicationId the case
     * @param subject what the action was about within the case: the referral of a position, else empty
     * @param detail the agency of a position, the outcome of a decision, the number of a license, else empty
     * @param idempotencyKey the key the request carried (empty for what the client only observed)
     * @param node the base URL of the node that answered
     */
    public record Acknowledgement(Instant at, Kind kind, String applicationId, String subject, String detail,
            String idempotencyKey, String node) {
    }

    private final ConcurrentLinkedQueue<Acknowledgement> log = new ConcurrentLinkedQueue<>();

    public void add(Acknowledgement acknowledgement) {
        log.add(acknowledgement);
    }

    public List<Acknowledgement> all() {
        return new ArrayList<>(log);
    }

    public List<Acknowledgement> of(Kind kind) {
        return log.stream().filter(entry -> entry.kind() == kind).toList();
    }

    /** The cases for which this kind of action was acknowledged. */
    public Set<String> applicationsWith(Kind kind) {
        return log.stream().filter(entry -> entry.kind() == kind).map(Acknowledgement::applicationId)
                .collect(Collectors.toSet());
    }

    /** The positions acknowledged per referral: referral id to agencies (more than one is a duplicate). */
    public Map<String, List<String>> positionsByReferral() {
        return of(Kind.POSITION_RECORDED).stream().collect(Collectors.groupingBy(Acknowledgement::subject,
                Collectors.mapping(Acknowledgement::detail, Collectors.toList())));
    }

    /** Writes the log as CSV: at, kind, application, subject, detail, idempotency key, node. */
    public void writeCsv(Path file) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add("at,kind,application_id,subject,detail,idempotency_key,node");
        for (Acknowledgement entry : log) {
            lines.add(String.join(",", entry.at().toString(), entry.kind().name(), entry.applicationId(),
                    entry.subject(), entry.detail(), entry.idempotencyKey(), entry.node()));
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.write(file, lines);
    }
}
