package dev.roster.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The app's layering, as tests that say why. */
class ArchitectureTest {
    private static final JavaClasses APP = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.roster.app");

    @Test
    void servicesAndTheCliAreUiFree() {
        noClasses().that().resideInAnyPackage("dev.roster.app.service..", "dev.roster.app.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "atlantafx..",
                        "org.kordamp.ikonli..", "net.synedra..")
                .because("the CLI runs on machines without a display and shares these services with the console")
                .check(APP);
    }

    @Test
    void theAppSpeaksNoHttpAndNoLdap() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("java.net.http..", "com.unboundid..")
                .because("directories are reached only through the connectors' SPI (UnifiedDirectory); wire details live there")
                .check(APP);
    }

    @Test
    void viewModelsNeverTouchNodes() {
        noClasses().that().haveSimpleNameEndingWith("ViewModel")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..", "javafx.fxml..")
                .because("view models hold state and logic and are tested without a stage; views do the wiring")
                .check(APP);
    }

    @Test
    void theAppUsesNoConnectorInternals() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("dev.roster.connectors.ldap..",
                        "dev.roster.connectors.sandbox..", "dev.roster.connectors.http..", "dev.roster.connectors.okta..",
                        "dev.roster.connectors.entra..", "dev.roster.connectors.google..", "dev.roster.connectors.scim..",
                        "dev.roster.connectors.truto..")
                .because("connectors plug in through ServiceLoader; the app knows only the SPI and the unified model")
                .check(APP);
    }
}
