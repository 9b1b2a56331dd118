package gov.clearance.workflow;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.springframework.stereotype.Service;

/** The case's process as it ran: its model and the steps taken, from the engine's history. */
@Service
public class CaseProcesses {

    private final HistoryService history;
    private final RepositoryService repository;

    CaseProcesses(HistoryService history, RepositoryService repository) {
        this.history = history;
        this.repository = repository;
    }

    /** The case's process, or empty for a case that has none (a draft). */
    public Optional<CaseProcessView> processOf(UUID applicationId) {
        HistoricProcessInstance instance = history.createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(applicationId.toString())
                .processDefinitionKey(LicenseApplicationProcess.KEY)
                .orderByProcessInstanceStartTime().desc().listPage(0, 1).stream().findFirst().orElse(null);
        if (instance == null) {
            return Optional.empty();
        }
        List<HistoricActivityInstance> steps = history.createHistoricActivityInstanceQuery()
                .processInstanceId(instance.getId()).orderPartiallyByOccurrence().asc().list();
        List<String> active = new ArrayList<>();
        Set<String> completed = new LinkedHashSet<>();
        steps.stream().sorted(Comparator.comparing(HistoricActivityInstance::getStartTime)).forEach(step -> {
            if (step.getEndTime() == null) {
                active.add(step.getActivityId());
            } else {
                completed.add(step.getActivityId());
            }
        });
        Set<String> visited = new LinkedHashSet<>(completed);
        visited.addAll(active);
        BpmnModelInstance model = repository.getBpmnModelInstance(instance.getProcessDefinitionId());
        List<String> flows = model.getModelElementsByType(SequenceFlow.class).stream()
                .filter(flow -> completed.contains(id(flow.getSource())) && visited.contains(id(flow.getTarget())))
                .map(SequenceFlow::getId).toList();
        return Optional.of(new CaseProcessView(xml(instance.getProcessDefinitionId()), List.copyOf(active),
                List.copyOf(completed), flows));
    }

    private static String id(FlowNode node) {
        return node.getId();
    }

    private String xml(String processDefinitionId) {
        try (InputStream model = repository.getProcessModel(processDefinitionId)) {
            return new String(model.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
