package org.anxue.oversight;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Grades, every 30 seconds, the people whose time ran out without submitting, so that the record
 * is complete even if nobody looks. (Reading an exam or a phone session grades overdue people too.)
 */
@ApplicationScoped
class SpotExamSweeper {

    private final SpotExams exams;

    SpotExamSweeper(SpotExams exams) {
        this.exams = exams;
    }

    @Scheduled(every = "30s", delayed = "30s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void gradeOverdue() {
        exams.settle(null);
    }
}
