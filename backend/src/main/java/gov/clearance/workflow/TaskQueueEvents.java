package gov.clearance.workflow;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Feeds the task queue from the engine: every user task of the license process gets a task listener, at
 * parse time, for its create, assignment, update, complete and delete events; the listener hands each event
 * to {@link TaskQueueWriter} inside the engine command (and so the transaction) that raised it.
 */
@Component
class TaskQueueEvents extends AbstractProcessEnginePlugin {

    static final List<String> EVENTS = List.of(TaskListener.EVENTNAME_CREATE, TaskListener.EVENTNAME_ASSIGNMENT,
            TaskListener.EVENTNAME_UPDATE, TaskListener.EVENTNAME_COMPLETE, TaskListener.EVENTNAME_DELETE);

    private final ObjectProvider<TaskQueueWriter> writer;

    TaskQueueEvents(ObjectProvider<TaskQueueWriter> writer) {
        this.writer = writer;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<BpmnParseListener> listeners = configuration.getCustomPostBPMNParseListeners() == null
                ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPostBPMNParseListeners());
        listeners.add(new AbstractBpmnParseListener() {
            @Override
            public void parseUserTask(Element userTask, ScopeImpl scope, ActivityImpl activity) {
                if (activity.getProcessDefinition() instanceof ProcessDefinitionEntity definition
                        && definition.getKey() != null && !LicenseApplicationProcess.KEY.equals(definition.getKey())) {
                    return;
                }
                if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior behavior) {
                    EVENTS.forEach(event -> behavior.getTaskDefinition().addTaskListener(event, listener()));
                }
            }
        });
        configuration.setCustomPostBPMNParseListeners(listeners);
    }

    /** The listener the parse listener attaches: events of one task, handed to the writer. */
    TaskListener listener() {
        return this::notify;
    }

    void notify(DelegateTask task) {
        TaskQueueWriter queue = writer.getObject();
        switch (task.getEventName()) {
            case TaskListener.EVENTNAME_CREATE -> queue.created(task);
            case TaskListener.EVENTNAME_ASSIGNMENT, TaskListener.EVENTNAME_UPDATE ->
                    queue.assigned(task.getId(), task.getAssignee());
            case TaskListener.EVENTNAME_COMPLETE, TaskListener.EVENTNAME_DELETE -> {
                queue.finished(task);
                queue.removed(task.getId());
            }
            default -> {
            }
        }
    }
}
