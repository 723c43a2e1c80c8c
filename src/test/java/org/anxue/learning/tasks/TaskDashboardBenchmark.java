package org.anxue.learning.tasks;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.anxue.learning.LearningWorld;
import org.anxue.local.TestEngines;
import org.junit.jupiter.api.Test;

/**
 * Not a test (no assertion on time; not picked up by the suite's *Tests pattern): how long a
 * training task takes to create and its dashboard to compute for a large company, on the embedded
 * engines, with the cost of merely reading the task's assignee ids measured in the same run.
 *
 * <pre>
 * ./mvnw -B -ntp -q test -DskipEmbeddedElasticsearch=true -Dtest=TaskDashboardBenchmark \
 *   -Dsurefire.failIfNoSpecifiedTests=false -Dbench.people=2000 -Dbench.lessons=10
 * </pre>
 */
@QuarkusTest
@WithTestResource(value = TestEngines.class, scope = TestResourceScope.GLOBAL)
class TaskDashboardBenchmark {

    @Inject
    TrainingTasks tasks;

    @Test
    void measure() {
        int people = Integer.getInteger("bench.people", 2000);
        int lessons = Integer.getInteger("bench.lessons", 10);
        int rounds = Integer.getInteger("bench.rounds", 7);
        LearningWorld world = LearningWorld.create();
        List<Long> durations = new ArrayList<>(Collections.nCopies(lessons, 600_000L));
        LearningWorld.CourseMade first = world.publishedCourse("基准甲" + world.tag, durations, false, 10, 60);
        LearningWorld.CourseMade second = world.publishedCourse("基准乙" + world.tag, durations, false, 10, 60);
        long base = 7_000_000_000L + (System.nanoTime() & 0xFFFFFFL) * 10_000;
        // people straight into the roster: persons and current employments in the world's general post
        LearningWorld.update("""
                insert into person (id, id_number, name, gender, birth_date)
                select ? + g, '1' || lpad((? + g)::text, 16, '0') || '0', '基准' || g, 'MALE', date '1990-01-01'
                from generate_series(1, ?) g""", base, base, people);
        LearningWorld.update("""
                insert into employment (id, person_id, company_id, post_id, post_kind, department_id, start_date)
                select ? + g, ? + g, ?, (select id from post where company_id = ? and kind = 'GENERAL'), 'GENERAL', ?,
                       date '2024-01-01'
                from generate_series(1, ?) g""", base, base, world.companyId, world.companyId, world.productionId, people);

        long start = System.nanoTime();
        long task = tasks.create(world.companyId, null, new TrainingTasks.TaskInput("基准任务", List.of(first.courseId(),
                second.courseId()), List.of("GENERAL"), List.of(), List.of(), List.of(), LocalDate.now().toString(),
                LocalDate.now().plusDays(30).toString()));
        double createMs = (System.nanoTime() - start) / 1e6;

        // coverage: every person has watched some lessons of the first course (a third complete)
        LearningWorld.update("""
                insert into lesson_coverage (person_id, lesson_id, covered, covered_ms, updated_at)
                select a.person_id, l.id, int8multirange(int8range(0, c.ms)), c.ms, now()
                from training_task_assignee a
                cross join course_lesson l
                cross join lateral (select case when a.person_id % 3 = 0 then 600000 else (a.person_id % 5) * 100000 end as ms) c
                where a.task_id = ? and l.version_id = ? and c.ms > 0""", task, first.versionId());

        List<Double> dashboard = new ArrayList<>();
        List<Double> ids = new ArrayList<>();
        int assignees = 0;
        for (int i = 0; i < rounds; i++) {
            long t0 = System.nanoTime();
            assignees = tasks.dashboard(world.companyId, task).people().size();
            dashboard.add((System.nanoTime() - t0) / 1e6);
            long t1 = System.nanoTime();
            LearningWorld.column("select person_id from training_task_assignee where task_id = ?", task);
            ids.add((System.nanoTime() - t1) / 1e6);
        }
        Collections.sort(dashboard);
        Collections.sort(ids);
        System.out.printf("""
                TaskDashboardBenchmark: %d assignees, 2 courses x %d lessons (%d person-lessons)
                  create task (select, insert, enrol %d enrolments, one transaction): %.0f ms
                  dashboard (median of %d): %.0f ms   (min %.0f, max %.0f)
                  baseline, read the assignee ids (median): %.1f ms
                """, assignees, lessons, assignees * 2L * lessons, assignees * 2, createMs, rounds,
                dashboard.get(rounds / 2), dashboard.get(0), dashboard.get(rounds - 1), ids.get(rounds / 2));
    }
}
