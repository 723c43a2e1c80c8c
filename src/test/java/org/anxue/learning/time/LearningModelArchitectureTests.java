package org.anxue.learning.time;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.syntax.elements.GivenClassesConjunction;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The study-time model is plain Java: its rules are unit-tested without HTTP or a database, and
 * they read time and randomness only from what the caller passes in.
 *
 * <p>Plain {@code @Test} methods calling {@link ArchRule#check}: ArchUnit's own JUnit engine runs
 * nothing under the JUnit 6 platform of this build.
 */
class LearningModelArchitectureTests {

    private static final String MODEL = "org.anxue.learning.time..";

    private static final JavaClasses MODEL_CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.anxue.learning.time");

    private static GivenClassesConjunction modelClasses() {
        return noClasses().that().resideInAPackage(MODEL);
    }

    @Test
    void shouldFindTheModelsClassesToCheck() {
        assertThat(MODEL_CLASSES.contain(AcceptingAHeartbeat.class)).isTrue();
        assertThat(MODEL_CLASSES.contain(AcceptingAHeartbeatTests.class)).isFalse();
    }

    @Test
    void shouldDependOnNoWebPersistenceFrameworkOrJdbcCode() {
        modelClasses().should().dependOnClassesThat().resideInAnyPackage(
                        "jakarta.ws.rs..", "jakarta.persistence..", "io.quarkus..", "java.sql..", "org.hibernate..")
                .because("the study-time rules must be testable without HTTP or a database")
                .check(MODEL_CLASSES);
    }

    @Test
    void shouldTakeTheTimeFromTheCaller() {
        modelClasses().should().callMethod(System.class, "currentTimeMillis")
                .orShould().callMethod(System.class, "nanoTime")
                .orShould().callMethod(Instant.class, "now")
                .orShould().callMethod(LocalDate.class, "now")
                .orShould().callMethod(LocalDateTime.class, "now")
                .orShould().callMethod(ZonedDateTime.class, "now")
                .orShould().dependOnClassesThat().areAssignableTo(Clock.class)
                .because("only the server time the caller passes in counts, so tests control it")
                .check(MODEL_CLASSES);
    }

    @Test
    void shouldTakeRandomnessFromTheCaller() {
        modelClasses().should().callMethod(Math.class, "random")
                .orShould().callConstructor(Random.class)
                .orShould().callConstructor(SecureRandom.class)
                .because("checkpoints are drawn from an injected source, seeded in tests")
                .check(MODEL_CLASSES);
    }

    @Test
    void shouldReportAViolationWhenThereIsOne() {
        // The model does use java.time: a rule forbidding it must fail, or the checks above prove nothing.
        ArchRule forbidsJavaTime = modelClasses().should().dependOnClassesThat().resideInAPackage("java.time..");

        assertThatThrownBy(() -> forbidsJavaTime.check(MODEL_CLASSES)).isInstanceOf(AssertionError.class);
    }
}
