package dev.roster.connectors;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition;
import org.junit.jupiter.api.Test;

/** The layering DESIGN.md promises, as tests that say why. */
class ArchitectureTest {
    private static final JavaClasses ENGINE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.roster.connectors");

    @Test
    void theEngineIsUiFree() {
        noClasses().should().dependOnClassesThat().resideInAPackage("javafx..")
                .because("the CLI and scripts use the engine without a display, and the console must not leak into it")
                .check(ENGINE);
    }

    @Test
    void providersDoNotImportEachOther() {
        SlicesRuleDefinition.slices().matching("dev.roster.connectors.(okta|entra|google|scim|ldap|truto)..")
                .should().notDependOnEachOther()
                .because("each provider maps its own API; shared plumbing lives in http, trace and query")
                .allowEmptyShould(true)
                .check(ENGINE);
    }

    @Test
    void theCoreDoesNotDependOnAnyProvider() {
        noClasses().that().resideInAnyPackage("dev.roster.connectors", "dev.roster.connectors.model",
                        "dev.roster.connectors.query", "dev.roster.connectors.http", "dev.roster.connectors.trace",
                        "dev.roster.connectors.tls")
                .should().dependOnClassesThat().resideInAnyPackage("dev.roster.connectors.okta..", "dev.roster.connectors.entra..",
                        "dev.roster.connectors.google..", "dev.roster.connectors.scim..", "dev.roster.connectors.ldap..",
                        "dev.roster.connectors.truto..", "dev.roster.connectors.sandbox..")
                .because("providers plug in through ConnectorProvider and ServiceLoader, never the other way round")
                .check(ENGINE);
    }

    @Test
    void onlyTheLdapConnectorAndTheSandboxSpeakLdap() {
        noClasses().that().resideOutsideOfPackages("dev.roster.connectors.ldap..", "dev.roster.connectors.sandbox..")
                .should().dependOnClassesThat().resideInAPackage("com.unboundid..")
                .because("LDAP wire details belong to the LDAP connector")
                .check(ENGINE);
    }
}
