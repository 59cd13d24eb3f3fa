package dev.roster.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The app's side of the layering in DESIGN.md. */
class AppArchitectureTest {
    private static final JavaClasses APP = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.roster.app");

    @Test
    void theAppNeverSpeaksHttpOrLdapItself() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("java.net.http..", "com.unboundid..")
                .because("every directory call goes through the connector SPI, so it is validated, traced and masked")
                .check(APP);
    }

    @Test
    void theAppUsesNoProviderDirectly() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("dev.roster.connectors.ldap..",
                        "dev.roster.connectors.sandbox..", "dev.roster.connectors.http..")
                .because("connectors are found through ServiceLoader; the app knows only the unified API")
                .check(APP);
    }

    @Test
    void servicesAndTheCliStayFreeOfJavaFx() {
        noClasses().that().resideInAnyPackage("dev.roster.app.service..", "dev.roster.app.cli..")
                .should().dependOnClassesThat().resideInAPackage("javafx..")
                .because("scripts run the CLI on machines without a display")
                .check(APP);
    }
}
