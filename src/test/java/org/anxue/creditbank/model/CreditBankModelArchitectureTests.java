package org.anxue.creditbank.model;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/**
 * The credit-bank model stays plain Java, so that its rules can be tested and audited without HTTP, a
 * database or the framework; adapters (REST, persistence) live outside it.
 *
 * <p>Plain JUnit tests that check ArchUnit rules (rather than {@code @ArchTest} fields): the ArchUnit
 * JUnit 5 engine ran no tests next to JUnit 6 in this build.
 */
class CreditBankModelArchitectureTests {

    private static final String MODEL = "org.anxue.creditbank.model..";

    private static final JavaClasses MODEL_CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.anxue.creditbank.model");

    private static final ArchRule NO_HTTP = noClasses().that().resideInAPackage(MODEL)
            .should().dependOnClassesThat().resideInAnyPackage("jakarta.ws.rs..", "javax.ws.rs..", "io.vertx..")
            .because("the model is exposed over HTTP by adapters, never by itself");

    private static final ArchRule NO_PERSISTENCE = noClasses().that().resideInAPackage(MODEL)
            .should().dependOnClassesThat().resideInAnyPackage("jakarta.persistence..", "javax.persistence..",
                    "org.hibernate..", "java.sql..", "javax.sql..")
            .because("entries are stored as plain rows by an adapter; the model knows no database");

    private static final ArchRule NO_QUARKUS = noClasses().that().resideInAPackage(MODEL)
            .should().dependOnClassesThat().resideInAnyPackage("io.quarkus..", "jakarta.enterprise..", "jakarta.inject..")
            .because("the model is plain Java 17, unit-testable without the container");

    private static final ArchRule ONLY_JDK = classes().that().resideInAPackage(MODEL)
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", MODEL)
            .because("other features map their types onto the model's, not the other way round");

    @Test
    void shouldImportTheModel() {
        assertThat(MODEL_CLASSES).extracting(c -> c.getSimpleName()).contains("CreditAccount", "LedgerEntry");
    }

    @Test
    void shouldNotDependOnHttp() {
        NO_HTTP.check(MODEL_CLASSES);
    }

    @Test
    void shouldNotDependOnPersistence() {
        NO_PERSISTENCE.check(MODEL_CLASSES);
    }

    @Test
    void shouldNotDependOnQuarkus() {
        NO_QUARKUS.check(MODEL_CLASSES);
    }

    @Test
    void shouldDependOnlyOnTheJdkAndItself() {
        ONLY_JDK.check(MODEL_CLASSES);
    }

    @Test
    void shouldCatchAClassThatUsesJdbc() {
        JavaClasses offender = new ClassFileImporter().importClasses(UsesJdbc.class);

        assertThatThrownBy(() -> NO_PERSISTENCE.check(offender)).isInstanceOf(AssertionError.class).hasMessageContaining("java.sql");
    }

    /** A test-only class breaking the rule, to show that the rule bites. */
    static final class UsesJdbc {
        java.sql.Connection connection;
    }
}
