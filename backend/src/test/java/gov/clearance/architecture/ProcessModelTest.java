package gov.clearance.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.junit.jupiter.api.Test;

/** Every model in bpmn/ is a real, readable model: named delegates exist, history expires, ids mean something. */
class ProcessModelTest {

    private static final Path MODELS = Path.of("..", "bpmn");
    private static final Pattern GENERATED_ID = Pattern.compile(".*_[0-9a-z]{7}$|^(Activity|Gateway|Event|Flow)_[0-9a-z]+$");
    private static final Pattern DELEGATE = Pattern.compile("^\\$\\{([A-Za-z][A-Za-z0-9]*)}$");

    @Test
    void everyDelegateExpressionNamesAWorkflowBean() throws IOException {
        List<String> beans = workflowBeanNames();
        for (BpmnModelInstance model : models()) {
            for (ServiceTask task : model.getModelElementsByType(ServiceTask.class)) {
                assertThat(task.getCamundaClass()).as(task.getId() + " must not use camunda:class").isNull();
                Matcher delegate = DELEGATE.matcher(String.valueOf(task.getCamundaDelegateExpression()));
                assertThat(delegate.matches()).as(task.getId() + " binds by delegateExpression").isTrue();
                assertThat(beans).as(task.getId()).contains(delegate.group(1));
            }
        }
    }

    @Test
    void everyProcessDeclaresHistoryTimeToLive() throws IOException {
        for (BpmnModelInstance model : models()) {
            for (Process process : model.getModelElementsByType(Process.class)) {
                assertThat(process.getCamundaHistoryTimeToLiveString()).as(process.getId()).isNotBlank();
            }
        }
    }

    @Test
    void noElementIdIsGenerated() throws IOException {
        for (BpmnModelInstance model : models()) {
            Collection<BaseElement> elements = model.getModelElementsByType(BaseElement.class);
            assertThat(elements).isNotEmpty();
            for (BaseElement element : elements) {
                if (element.getId() != null) {
                    assertThat(element.getId()).as("generated id").doesNotMatch(GENERATED_ID);
                }
            }
        }
    }

    private static List<BpmnModelInstance> models() throws IOException {
        List<BpmnModelInstance> models = new ArrayList<>();
        try (Stream<Path> files = Files.list(MODELS)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".bpmn")).toList()) {
                models.add(Bpmn.readModelFromFile(file.toFile()));
            }
        }
        assertThat(models).isNotEmpty();
        return models;
    }

    private static List<String> workflowBeanNames() throws IOException {
        List<String> names = new ArrayList<>();
        Path sources = Path.of("src", "main", "java", "gov", "clearance", "workflow");
        try (Stream<Path> files = Files.list(sources)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher named = Pattern.compile("@Component\\(\"([A-Za-z0-9]+)\"\\)").matcher(Files.readString(file));
                while (named.find()) {
                    names.add(named.group(1));
                }
            }
        }
        return names;
    }
}
