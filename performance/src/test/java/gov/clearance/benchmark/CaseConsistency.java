package gov.clearance.benchmark;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The consistency checker run after a crash or an outage: reads the whole database and proves that
 * <ul>
 *   <li>every submitted application has exactly one process, live while its records say the case is open and
 *       waiting at the task its status names, ended once the case is closed; a draft has none;</li>
 *   <li>no acknowledged submission, position or decision is lost, and none is doubled;</li>
 *   <li>every granted decision has exactly one license, the one its applicant was shown, and no job has
 *       failed for good;</li>
 *   <li>the audit trail holds one entry for each submission, BIS review, position, decision and license.</li>
 * </ul>
 * Each breach is named with its application.
 */
public final class CaseConsistency {

    /**
     * What the clients were told succeeded, which the checker proves is in the database: submitted cases,
     * positions by their referral, decisions by their case (the database holds at most one of each).
     */
    public record Acknowledged(Collection<String> submissions, Collection<String> positionReferrals,
            Collection<String> decisions, Map<String, String> licensesShown) {

        public Acknowledged(Collection<String> submissions, Collection<String> positionReferrals,
                Collection<String> decisions) {
            this(submissions, positionReferrals, decisions, Map.of());
        }

        /** What a load's clients were told, including the license number each applicant was shown. */
        public static Acknowledged from(AcknowledgedActions log) {
            Map<String, String> shown = new HashMap<>();
            log.of(AcknowledgedActions.Kind.LICENSE_ISSUED).forEach(license ->
                    shown.putIfAbsent(license.applicationId(), license.detail()));
            return new Acknowledged(log.applicationsWith(AcknowledgedActions.Kind.APPLICATION_SUBMITTED),
                    log.positionsByReferral().keySet(),
                    log.applicationsWith(AcknowledgedActions.Kind.DECISION_RECORDED), shown);
        }
    }

    public record Report(int applications, int openCases, int closedCases, List<String> breaches) {

        public boolean consistent() {
            return breaches.isEmpty();
        }

        @Override
        public String toString() {
            return String.format("%d applications (%d open, %d closed): %s", applications, openCases, closedCases,
                    consistent() ? "consistent" : breaches.size() + " breaches\n  " + String.join("\n  ", breaches));
        }
    }

    /** The user tasks a live process may wait at for each open status of the records. */
    private static final Map<String, Set<String>> TASKS_BY_STATUS = Map.of(
            "UNDER_REVIEW", Set.of("Task_BisReview"),
            "IN_REFERRAL", Set.of("Task_AgencyReview", "Task_ComponentAssessment"),
            // a denial the escalation ladder reached waits for BIS's notice of intent to deny (15 CFR 750.6)
            // and a case an agency's return without action blocks waits at BIS's blocked decision
            "IN_RECONCILIATION", Set.of("Task_Decide", "Task_NoticeLadderDenial", "Task_DecideBlocked"));

    private CaseConsistency() {
    }

    public static Report check(Connection database, Acknowledged acknowledged) throws SQLException {
        List<String> breaches = new ArrayList<>();
        Map<String, String> statuses = new HashMap<>();
        try (ResultSet rows = database.createStatement().executeQuery("select id::text, status from intake_application")) {
            while (rows.next()) {
                statuses.put(rows.getString(1), rows.getString(2));
            }
        }
        Map<String, Integer> processes = countBy(database, "select business_key_, count(*) from act_hi_procinst "
                + "where proc_def_key_ = 'licenseApplication' group by business_key_");
        Map<String, Integer> live = countBy(database, "select business_key_, count(*) from act_ru_execution "
                + "where id_ = proc_inst_id_ and business_key_ is not null group by business_key_");
        Map<String, Set<String>> waitingAt = tasksByCase(database);
        int open = 0;
        int closed = 0;
        for (Map.Entry<String, String> application : statuses.entrySet()) {
            String id = application.getKey();
            String status = application.getValue();
            int started = processes.getOrDefault(id, 0);
            int running = live.getOrDefault(id, 0);
            if (status.equals("DRAFT")) {
                expect(breaches, started == 0, id, "is a draft but has " + started + " process(es)");
                continue;
            }
            expect(breaches, started == 1, id, "is " + status + " with " + started + " processes, not exactly one");
            if (status.equals("CLOSED")) {
                closed++;
                expect(breaches, running == 0, id, "is CLOSED but its process is still live");
            } else {
                open++;
                expect(breaches, running == 1, id, "is " + status + " but has " + running + " live processes");
                Set<String> allowed = TASKS_BY_STATUS.get(status);
                Set<String> tasks = waitingAt.getOrDefault(id, Set.of());
                if (allowed != null) {
                    expect(breaches, !tasks.isEmpty() && allowed.containsAll(tasks), id,
                            "is " + status + " but its process waits at " + tasks);
                }
            }
        }
        for (String id : acknowledged.submissions()) {
            String status = statuses.get(id);
            expect(breaches, status != null && !status.equals("DRAFT"), id,
                    "was acknowledged as submitted but is " + status);
        }
        expectAllPresent(database, breaches, "position_position", "referral_id", "acknowledged position's referral",
                acknowledged.positionReferrals());
        expectAllPresent(database, breaches, "decision_decision", "application_id", "acknowledged decision's case",
                acknowledged.decisions());
        checkLicenses(database, breaches, acknowledged.licensesShown());
        checkAuditTrail(database, breaches);
        checkJobs(database, breaches);
        return new Report(statuses.size(), open, closed, List.copyOf(breaches));
    }

    private static void checkLicenses(Connection database, List<String> breaches, Map<String, String> shown)
            throws SQLException {
        try (ResultSet rows = database.createStatement().executeQuery(
                "select application_id::text, license_number from decision_license")) {
            while (rows.next()) {
                String id = rows.getString(1);
                String number = shown.get(id);
                expect(breaches, number == null || number.equals(rows.getString(2)), id,
                        "was shown license " + number + " but " + rows.getString(2) + " is stored");
            }
        }
        eachRow(database, "select d.application_id::text, count(l.id) from decision_decision d "
                + "left join decision_license l on l.decision_id = d.id "
                + "where d.outcome in ('APPROVED', 'APPROVED_WITH_CONDITIONS') group by d.application_id "
                + "having count(l.id) <> 1", (id, count) -> breaches.add(id + " was granted with " + count
                        + " licenses, not exactly one"));
    }

    /** Each recorded fact has its one audit entry, and each audit entry its fact. */
    private static void checkAuditTrail(Connection database, List<String> breaches) throws SQLException {
        record Fact(String action, String table) {
        }
        List<Fact> facts = List.of(new Fact("BIS_REVIEW_RECORDED", "referral_bis_review"),
                new Fact("POSITION_RECORDED", "position_position"),
                new Fact("DECISION_RECORDED", "decision_decision"),
                new Fact("LICENSE_ISSUED", "decision_license"));
        eachRow(database, "select a.id::text, count(e.id) from intake_application a left join audit_entry e "
                + "on e.application_id = a.id and e.action = 'APPLICATION_SUBMITTED' where a.status <> 'DRAFT' "
                + "group by a.id having count(e.id) <> 1", (id, count) -> breaches.add(id + " has " + count
                        + " APPLICATION_SUBMITTED audit entries, not exactly one"));
        for (Fact fact : facts) {
            eachRow(database, "select coalesce(f.application_id, e.application_id)::text, "
                    + "coalesce(f.facts, 0) - coalesce(e.entries, 0) from "
                    + "(select application_id, count(*) facts from " + fact.table() + " group by application_id) f "
                    + "full join (select application_id, count(*) entries from audit_entry where action = '"
                    + fact.action() + "' group by application_id) e on e.application_id = f.application_id "
                    + "where coalesce(f.facts, 0) <> coalesce(e.entries, 0)",
                    (id, difference) -> breaches.add(id + " has " + Math.abs(difference)
                            + (difference > 0 ? " more " : " fewer ") + fact.table() + " rows than "
                            + fact.action() + " audit entries"));
        }
    }

    private static void checkJobs(Connection database, List<String> breaches) throws SQLException {
        eachRow(database, "select coalesce(e.business_key_, i.proc_inst_id_), count(*) from act_ru_incident i "
                + "left join act_ru_execution e on e.id_ = i.proc_inst_id_ group by 1",
                (id, count) -> breaches.add(id + " has " + count + " incident(s): a job failed for good"));
    }

    private static void expectAllPresent(Connection database, List<String> breaches, String table, String column,
            String what, Collection<String> ids) throws SQLException {
        if (ids.isEmpty()) {
            return;
        }
        Set<String> found = new HashSet<>();
        try (PreparedStatement query = database.prepareStatement(
                "select " + column + "::text from " + table + " where " + column + " = any (?::uuid[])")) {
            query.setArray(1, database.createArrayOf("text", ids.toArray()));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    found.add(rows.getString(1));
                }
            }
        }
        for (String id : ids) {
            expect(breaches, found.contains(id), id, "is an " + what + " but has none in " + table);
        }
    }

    private static Map<String, Set<String>> tasksByCase(Connection database) throws SQLException {
        Map<String, Set<String>> tasks = new HashMap<>();
        try (ResultSet rows = database.createStatement().executeQuery("select e.business_key_, t.task_def_key_ "
                + "from act_ru_task t join act_ru_execution e on e.id_ = t.proc_inst_id_")) {
            while (rows.next()) {
                tasks.computeIfAbsent(rows.getString(1), key -> new HashSet<>()).add(rows.getString(2));
            }
        }
        return tasks;
    }

    private static Map<String, Integer> countBy(Connection database, String sql) throws SQLException {
        Map<String, Integer> counts = new HashMap<>();
        eachRow(database, sql, (key, count) -> counts.put(key, count));
        return counts;
    }

    private interface RowAction {
        void accept(String key, int count);
    }

    private static void eachRow(Connection database, String sql, RowAction action) throws SQLException {
        try (ResultSet rows = database.createStatement().executeQuery(sql)) {
            while (rows.next()) {
                action.accept(rows.getString(1), rows.getInt(2));
            }
        }
    }

    private static void expect(List<String> breaches, boolean holds, String id, String breach) {
        if (!holds) {
            breaches.add(id + " " + breach);
        }
    }
}
