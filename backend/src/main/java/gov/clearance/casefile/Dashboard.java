package gov.clearance.casefile;

import gov.clearance.deadline.DeadlineKind;
import gov.clearance.intake.ApplicationStatus;
import gov.clearance.workflow.StageDuration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The state of the work, for administrators: cases by status, overdue deadlines by stage, and how long each
 * stage takes.
 *
 * @param casesByStatus every status with its number of cases
 * @param overdueByStage each kind of deadline with how many open cases are past it
 * @param stageDurations the median days each stage took over its recent finished tasks
 */
public record Dashboard(Map<ApplicationStatus, Long> casesByStatus, Map<String, Long> overdueByStage,
        List<StageDuration> stageDurations) {

    static Map<String, Long> overdueByStage(Map<DeadlineKind, Long> overdue) {
        Map<String, Long> byStage = new TreeMap<>();
        overdue.forEach((kind, count) -> byStage.put(kind.name(), count));
        return byStage;
    }
}
