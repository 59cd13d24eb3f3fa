package dev.roster.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The console's side of the layering (AppArchitectureTest keeps HTTP, LDAP and providers out of the app). */
class ConsoleArchitectureTest {
    private static final JavaClasses APP = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.roster.app");

    @Test
    void viewModelsNeverTouchNodes() {
        noClasses().that().haveSimpleNameEndingWith("ViewModel")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..", "javafx.fxml..",
                        "org.controlsfx..", "atlantafx..", "org.kordamp.ikonli..")
                .because("view models hold state and logic and are tested without a stage; views do the wiring")
                .check(APP);
    }

    @Test
    void servicesAndTheCliUseNoUiLibrary() {
        noClasses().that().resideInAnyPackage("dev.roster.app.service..", "dev.roster.app.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("org.controlsfx..", "atlantafx..", "org.kordamp.ikonli..")
                .because("the CLI runs on machines without a display and shares these services with the console")
                .check(APP);
    }

    @Test
    void theConsoleReachesDirectoriesOnlyThroughServicesAndTheUnifiedApi() {
        noClasses().that().resideInAnyPackage("dev.roster.app.connections..", "dev.roster.app.groups..",
                        "dev.roster.app.members..", "dev.roster.app.users..", "dev.roster.app.inspector..",
                        "dev.roster.app.activity..", "dev.roster.app.export..", "dev.roster.app.main..", "dev.roster.app.ui..",
                        "dev.roster.app.session..")
                .should().dependOnClassesThat().resideInAPackage("dev.roster.app.cli..")
                .because("console and CLI share the services package, never each other's commands")
                .check(APP);
    }
}
