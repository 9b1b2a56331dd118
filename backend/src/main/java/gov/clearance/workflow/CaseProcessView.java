package gov.clearance.workflow;

import java.util.List;

/**
 * Where a case stands in its process, for drawing: the BPMN model it runs on, the steps it is at now and every
 * step (and sequence flow) it has passed through, oldest first.
 *
 * @param bpmnXml the process model the case runs on (the deployed version it started with)
 * @param activeActivityIds the elements the case is at now
 * @param completedActivityIds the elements it finished, in the order it finished them
 * @param takenFlowIds the sequence flows between steps it passed through
 */
public record CaseProcessView(String bpmnXml, List<String> activeActivityIds, List<String> completedActivityIds,
        List<String> takenFlowIds) {
}
