package org.anxue.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.anxue.creditbank.model.PostKind;
import org.anxue.org.Industry;
import org.junit.jupiter.api.Test;

/** The sample catalog in content/demo, read and checked as at startup, and the reader's problems. */
class CoursePackReaderTests {

    private static final PackSource DEMO = PackSource.directory(Path.of("content", "demo"));

    @Test
    void shouldReadAtLeastThirtySampleCoursesCoveringTheSeedsIndustriesAndTheThreeKeyPosts() {
        List<CoursePackReader.SampleCourse> courses = new CoursePackReader(45).read(DEMO);

        assertThat(courses).hasSizeGreaterThanOrEqualTo(30);
        assertThat(courses).allSatisfy(c -> {
            assertThat(c.questions()).hasSizeGreaterThanOrEqualTo(10);
            assertThat(c.videoSeconds()).isGreaterThanOrEqualTo(c.details().declaredHours().multiply(
                    java.math.BigDecimal.valueOf(45 * 60)).longValue());
            assertThat(c.chapters()).isNotEmpty();
        });
        Set<Industry> industries = courses.stream().flatMap(c -> c.details().industries().stream()).collect(Collectors.toSet());
        assertThat(industries).contains(Industry.CHEMICAL, Industry.NON_COAL_MINE, Industry.METAL_SMELTING,
                Industry.FIREWORKS, Industry.INDUSTRY_TRADE);
        Set<PostKind> posts = courses.stream().flatMap(c -> c.details().postKinds().stream()).collect(Collectors.toSet());
        assertThat(posts).contains(PostKind.PRINCIPAL, PostKind.SAFETY_MANAGER, PostKind.SPECIAL_OPERATION_WORKER);
        assertThat(courses.stream().map(c -> c.details().title()))
                .anyMatch(t -> t.contains("危险化学品")).anyMatch(t -> t.contains("有限空间"))
                .anyMatch(t -> t.contains("动火")).anyMatch(t -> t.contains("低压电工"))
                .anyMatch(t -> t.contains("非煤矿山")).anyMatch(t -> t.contains("烟花爆竹"))
                .anyMatch(t -> t.contains("煤气")).anyMatch(t -> t.contains("事故案例"))
                .anyMatch(t -> t.contains("应急救援"));
        assertThat(courses.stream().map(CoursePackReader.SampleCourse::code).distinct()).hasSameSizeAs(courses);
        assertThat(courses).allSatisfy(c -> assertThat(c.chapters().stream().flatMap(ch -> ch.lessons().stream())
                .anyMatch(CoursePackReader.SampleLesson::preview)).as(c.code() + " has a free preview").isTrue());
    }

    @Test
    void shouldListEveryProblemByLine(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("courses.yaml"), """
                - code: X-1
                  institution: LIC
                  title: ""
                  trainingType: 夜校
                  hours: "8"
                  passMark: 80
                  industries: [CHEMICAL]
                  postKinds: [PRINCIPAL]
                  chapters:
                    - title: 第一章
                      lessons:
                        - {title: 唯一一课, minutes: 45}
                  questions:
                    - {kind: SINGLE, stem: 题, options: [甲, 乙], answer: "", explanation: 解析}
                - code: X-2
                  colour: red
                """);

        assertThatThrownBy(() -> new CoursePackReader(45).read(PackSource.directory(dir)))
                .isInstanceOfSatisfying(ContentPackException.class, e -> assertThat(e.problems())
                        .extracting(ContentPackException.Problem::toString)
                        .containsExactly("courses.yaml line 1: title: titleRequired",
                                "courses.yaml line 1: trainingType: unknownTrainingType (夜校)",
                                "courses.yaml line 1: question 1: answer: answerRequired",
                                "courses.yaml line 1: questions: 1 given, at least 10 are needed",
                                "courses.yaml line 15: unknown field 'colour'"));
    }

    @Test
    void shouldRefuseLessonsShorterThanTheDeclaredHours(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        StringBuilder questions = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            questions.append("    - {kind: TRUE_FALSE, stem: 题").append(i).append(", answer: TRUE, explanation: 解析}\n");
        }
        Files.writeString(dir.resolve("courses.yaml"), """
                - code: X-1
                  institution: LIC
                  title: 课程
                  trainingType: 再培训
                  hours: "2"
                  passMark: 80
                  industries: [CHEMICAL]
                  postKinds: [PRINCIPAL]
                  chapters:
                    - title: 第一章
                      lessons:
                        - {title: 一课, minutes: 45}
                        - {title: 二课, minutes: 44}
                  questions:
                """ + questions);

        assertThatThrownBy(() -> new CoursePackReader(45).read(PackSource.directory(dir)))
                .isInstanceOfSatisfying(ContentPackException.class, e -> assertThat(e.problems())
                        .extracting(ContentPackException.Problem::message)
                        .containsExactly("the lessons last 89 minutes, less than the 90 minutes that 2.0 class hours need at 45 minutes each"));
    }
}
