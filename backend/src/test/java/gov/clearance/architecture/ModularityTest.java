package gov.clearance.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import gov.clearance.ClearanceApplication;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The module boundaries the code must keep. */
class ModularityTest {

    private static final ApplicationModules MODULES = ApplicationModules.of(ClearanceApplication.class);
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("gov.clearance");

    @Test
    void modulesDependOnlyOnEachOthersPublicApiAndFormNoCycles() {
        MODULES.verify();
    }

    @Test
    void onlyTheWorkflowModuleTouchesTheProcessEngine() {
        noClasses().that().resideOutsideOfPackage("gov.clearance.workflow..")
                .should().dependOnClassesThat().resideInAPackage("org.camunda..")
                .because("a move from Camunda 7 to Operaton must stay a change to the workflow module alone")
                .check(CLASSES);
    }

    @Test
    void onlyIntakeWritesACasesStatus() {
        // other modules publish what they recorded (CaseProgress); intake turns it into the status
        noClasses().that().resideOutsideOfPackage("gov.clearance.intake..")
                .should().callMethod(gov.clearance.intake.Applications.class, "moveTo", java.util.UUID.class,
                        gov.clearance.intake.ApplicationStatus.class, gov.clearance.identity.CurrentUser.class)
                .orShould().callMethod(gov.clearance.intake.Applications.class, "close", java.util.UUID.class,
                        gov.clearance.intake.Outcome.class, gov.clearance.identity.CurrentUser.class)
                .because("a case's status has one owner (issue 13)")
                .check(CLASSES);
    }

    @Test
    void controllersNeverReturnEntities() {
        noClasses().that().areAnnotatedWith(org.springframework.web.bind.annotation.RestController.class)
                .should().dependOnClassesThat().areAnnotatedWith(jakarta.persistence.Entity.class)
                .because("entities never reach JSON")
                .check(CLASSES);
    }

    @Test
    void writesTheModuleDocumentation() {
        new Documenter(MODULES).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    }
}
