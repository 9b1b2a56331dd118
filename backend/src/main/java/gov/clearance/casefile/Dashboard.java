package gov.clearance.casefile;

import gov.clearance.deadline.OverdueCase;
import gov.clearance.intake.ApplicationStatus;
import gov.clearance.workflow.StageDuration;
import java.util.List;
import java.util.Map;

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

    static Map<String, Long> overdueByStage(List<OverdueCase> overdue) {
        return overdue.stream().collect(java.util.stream.Collectors.groupingBy(
                entry -> entry.deadline().kind().name(), java.util.TreeMap::new, java.util.stream.Collectors.counting()));
    }
}
