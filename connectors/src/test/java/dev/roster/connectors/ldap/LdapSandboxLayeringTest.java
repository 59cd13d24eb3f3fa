package dev.roster.connectors.ldap;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.equivalentTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The dependency rules between the LDAP connector, the Sandbox and the rest, as tests that say why. */
class LdapSandboxLayeringTest {
    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.roster.connectors");

    @Test
    void theLdapConnectorDoesNotKnowTheSandbox() {
        noClasses().that().resideInAPackage("dev.roster.connectors.ldap..")
                .should().dependOnClassesThat().resideInAPackage("dev.roster.connectors.sandbox..")
                .because("the Sandbox is an LDAP server reached through the LDAP connector, not the other way round")
                .check(MAIN);
    }

    @Test
    void theSandboxUsesOnlyTheLdapConnectorsPublicFace() {
        noClasses().that().resideInAPackage("dev.roster.connectors.sandbox..")
                .should().dependOnClassesThat(resideInAPackage("dev.roster.connectors.ldap..")
                        .and(not(equivalentTo(LdapConnectorProvider.class)))
                        .and(not(equivalentTo(LdapSettings.class))))
                .because("the Sandbox configures the LDAP connector through its provider and settings keys only,"
                        + " so the connector's insides can change freely")
                .check(MAIN);
    }

    @Test
    void connectorsHaveNoJavaFx() {
        noClasses().that().resideInAPackage("dev.roster.connectors..")
                .should().dependOnClassesThat().resideInAPackage("javafx..")
                .because("the engine is plain Java, shared by the console and the CLI")
                .check(MAIN);
    }
}
