package gov.clearance.benchmark;

import gov.clearance.workflow.StandInDeadlines;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.persistence.StrongUuidGenerator;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The floor of what the process engine alone costs: the application's own models ({@code bpmn/*.bpmn}
 * and {@code bpmn/*.dmn}) on a standalone Camunda engine in this JVM, configured as the application
 * configures its engine (full history, job executor on, UUID ids, PostgreSQL), on a database of its
 * own beside the application's, driven along the same path as {@link CaseLifecycles}: submission,
 * BIS review referring to three agencies, three positions, the decision, and the license job.
 *
 * <p>Every bean the models name (the delegates bound by {@code delegateExpression} and the deadline
 * timers' bean) is a stand-in that does nothing but what the path needs to be taken. That is the point
 * of this comparison: no domain tables, no HTTP, no security, only the engine's own work, so that the
 * application's throughput can be read against what the engine alone allows.
 */
public final class BareEngine implements AutoCloseable {

    static final String PROCESS = "licenseApplication";
    private static final Pattern DELEGATE = Pattern.compile("^\\$\\{([A-Za-z][A-Za-z0-9]*)}$");
    private static final Pattern BEAN_CALL = Pattern.compile("\\$\\{([A-Za-z][A-Za-z0-9]*)\\.[A-Za-z]+\\(");
    private static final Duration END_WAIT = Duration.ofMinutes(2);
    private static final Duration POLL_INTERVAL = Duration.ofMillis(100);
    private static final List<String> AGENCIES = List.of("DOD", "STATE", "ENERGY");

    private final ProcessEngine engine;
    private final Duration hardLimit;
    private final Set<String> standIns;

    private BareEngine(ProcessEngine engine, Set<String> standIns, Duration hardLimit) {
        this.engine = engine;
        this.standIns = standIns;
        this.hardLimit = hardLimit;
    }

    /**
     * Builds the engine on the database (creating Camunda's schema), starts its job executor and deploys
     * the models.
     */
    public static BareEngine start(String jdbcUrl, String user, String password, Duration hardLimit) {
        Map<String, Resource> models = models();
        Map<Object, Object> beans = standInBeans(models);
        StandaloneProcessEngineConfiguration configuration = new StandaloneProcessEngineConfiguration();
        configuration.setProcessEngineName("bareEngine");
        configuration.setJdbcDriver("org.postgresql.Driver");
        configuration.setJdbcUrl(jdbcUrl);
        configuration.setJdbcUsername(user);
        configuration.setJdbcPassword(password);
        // as many connections as the application's pool
        configuration.setJdbcMaxActiveConnections(20);
        configuration.setJdbcMaxIdleConnections(20);
        configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
        configuration.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
        configuration.setIdGenerator(new StrongUuidGenerator());
        configuration.setJobExecutorActivate(true);
        configuration.setHistoryTimeToLive("P3650D");
        configuration.setEnforceHistoryTimeToLive(true);
        // as the application: no variable may be set in Java's serialized form
        configuration.setJavaSerializationFormatEnabled(false);
        configuration.setBeans(beans);
        ProcessEngine engine = configuration.buildProcessEngine();
        try {
            DeploymentBuilder deployment = engine.getRepositoryService().createDeployment()
                    .name("clearance-models").enableDuplicateFiltering(true);
            for (Map.Entry<String, Resource> model : models.entrySet()) {
                try (InputStream content = model.getValue().getInputStream()) {
                    deployment.addInputStream(model.getKey(), content);
                }
            }
            deployment.deploy();
        } catch (IOException | RuntimeException e) {
            engine.close();
            throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
        }
        Set<String> names = new TreeSet<>();
        beans.keySet().forEach(name -> names.add((String) name));
        return new BareEngine(engine, names, hardLimit);
    }

    /** The bean names the models bind to, each given a stand-in. */
    public Set<String> standIns() {
        return standIns;
    }

    public ProcessEngine engine() {
        return engine;
    }

    /** Runs the plan to its end with the same concurrency as the application's clients. */
    public LoadResult run(LoadPlan plan) throws InterruptedException {
        return ConcurrentClients.run(plan, number -> lifecycle(), hardLimit, null, null);
    }

    /** One lifecycle, as the application's workflow module moves the process for each recorded fact. */
    public String lifecycle() throws InterruptedException {
        String applicationId = UUID.randomUUID().toString();
        ProcessInstance instance = engine.getRuntimeService().startProcessInstanceByKey(PROCESS, applicationId,
                Map.of("applicationId", applicationId, "controlNumber", "Z" + applicationId.substring(0, 6)));
        complete(applicationId, "Task_BisReview", null, "bianca",
                Map.of("reviewAction", "REFER", "referralAgencies", new ArrayList<>(AGENCIES)));
        for (String agency : AGENCIES) {
            complete(applicationId, "Task_AgencyReview", agency, CaseLifecycles.REVIEWERS.get(agency), Map.of());
        }
        complete(applicationId, "Task_Decide", null, "bianca",
                Map.of("decisionOutcome", "APPROVED", "licenseGranted", true, "intentToDeny", false));
        awaitEnd(instance.getId());
        return applicationId;
    }

    @Override
    public void close() {
        engine.close();
    }

    private void complete(String applicationId, String taskKey, String group, String user, Map<String, Object> variables) {
        TaskQuery query = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(applicationId)
                .taskDefinitionKey(taskKey).active();
        if (group != null) {
            query.taskCandidateGroup(group).includeAssignedTasks();
        }
        List<Task> open = query.list();
        if (open.isEmpty()) {
            throw new IllegalStateException("No open " + taskKey + (group == null ? "" : " for " + group)
                    + " on " + applicationId);
        }
        engine.getIdentityService().setAuthenticatedUserId(user);
        try {
            engine.getTaskService().complete(open.get(0).getId(), variables);
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
    }

    private void awaitEnd(String processInstanceId) throws InterruptedException {
        long deadline = System.nanoTime() + END_WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            if (engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(processInstanceId)
                    .count() == 0) {
                return;
            }
            Thread.sleep(POLL_INTERVAL.toMillis());
        }
        throw new IllegalStateException("The process " + processInstanceId + " did not end within " + END_WAIT);
    }

    private static Map<String, Resource> models() {
        Map<String, Resource> models = new HashMap<>();
        try {
            PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
            for (String pattern : List.of("classpath*:bpmn/*.bpmn", "classpath*:bpmn/*.dmn")) {
                for (Resource resource : resolver.getResources(pattern)) {
                    models.put(resource.getFilename(), resource);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (models.keySet().stream().noneMatch(name -> name.endsWith(".bpmn"))) {
            throw new IllegalStateException("No bpmn/*.bpmn on the class path");
        }
        return models;
    }

    /** A stand-in for every bean the BPMN models name, found by reading the models. */
    private static Map<Object, Object> standInBeans(Map<String, Resource> models) {
        Map<Object, Object> beans = new HashMap<>();
        for (Map.Entry<String, Resource> model : models.entrySet()) {
            if (!model.getKey().endsWith(".bpmn")) {
                continue;
            }
            BpmnModelInstance instance;
            try (InputStream content = model.getValue().getInputStream()) {
                instance = Bpmn.readModelFromStream(content);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            for (ServiceTask task : instance.getModelElementsByType(ServiceTask.class)) {
                Matcher delegate = DELEGATE.matcher(String.valueOf(task.getCamundaDelegateExpression()));
                if (delegate.matches()) {
                    beans.put(delegate.group(1), delegate.group(1).equals("reconcilePositions")
                            ? new AgreeingReconciliation() : new DoNothing());
                }
            }
            for (TimerEventDefinition timer : instance.getModelElementsByType(TimerEventDefinition.class)) {
                for (var expression : new Object[] {timer.getTimeDate(), timer.getTimeDuration(), timer.getTimeCycle()}) {
                    if (expression instanceof org.camunda.bpm.model.bpmn.instance.Expression text) {
                        Matcher call = BEAN_CALL.matcher(text.getTextContent());
                        while (call.find()) {
                            if (!call.group(1).equals("execution")) {
                                beans.put(call.group(1), new StandInDeadlines());
                            }
                        }
                    }
                }
            }
        }
        return beans;
    }

    /** Stands in for a delegate: does nothing, so that only the engine's own work is measured. */
    static final class DoNothing implements JavaDelegate {

        @Override
        public void execute(DelegateExecution execution) {
            // nothing: the application's delegate would write its domain tables here
        }
    }

    /**
     * Stands in for {@code reconcilePositions}: compares nothing, and only sets the routing fact the real
     * delegate sets on the benchmark's path (every agency approves, so the positions agree).
     */
    static final class AgreeingReconciliation implements JavaDelegate {

        @Override
        public void execute(DelegateExecution execution) {
            execution.setVariable("reconciliationVerdict", "AGREE");
        }
    }
}
