package org.anxue.learning.enrolment;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.Message;
import org.anxue.learning.tasks.TrainingTasks;
import org.anxue.org.PostKind;

/** English texts of {@link StudyMessages}. */
@Localized("en")
public interface StudyMessagesEnglish extends StudyMessages {

    @Override
    @Message("Only worker accounts can study courses.")
    String workersOnly();

    @Override
    @Message("This course does not exist or is not published.")
    String courseNotFound();

    @Override
    @Message("Say which course to enrol in.")
    String courseIdRequired();

    @Override
    @Message("You are not enrolled in this course.")
    String notEnrolled();

    @Override
    @Message("You are not enrolled in this course.")
    String notEnrolledHere();

    @Override
    @Message("This course has no such document lesson.")
    String lessonNotFound();

    @Override
    @Message("The final test opens once every lesson is complete.")
    String lessonsNotComplete();

    @Override
    @Message("You have used all {max} attempts at the final test.")
    String noAttemptsLeft(int max);

    @Override
    @Message("You have already completed this course.")
    String alreadyCompleted();

    @Override
    @Message("This course has no test questions.")
    String noQuestions();

    @Override
    @Message("No such test attempt.")
    String attemptNotFound();

    @Override
    @Message("This attempt has already been submitted.")
    String alreadySubmitted();

    @Override
    @Message("Time is up for this attempt.")
    String timeUp();

    @Override
    @Message("Question {id} is not part of this attempt.")
    String unknownQuestion(String id);

    @Override
    @Message("The answer \"{answer}\" is not well formed.")
    String badAnswer(String answer);

    @Override
    @Message("You have not completed this course yet.")
    String notCompleted();

    @Override
    @Message("No such notice.")
    String noticeNotFound();

    @Override
    @Message("No such training task.")
    String taskNotFound();

    @Override
    @Message("Give the task a title (at most 200 characters).")
    String taskTitleRequired();

    @Override
    @Message("Give a start date.")
    String taskStartRequired();

    @Override
    @Message("Give a deadline.")
    String taskDueRequired();

    @Override
    @Message("\"{text}\" is not a date (format 2026-12-31).")
    String badDate(String text);

    @Override
    @Message("The deadline cannot be before the start.")
    String taskDueBeforeStart();

    @Override
    @Message("Choose at least one course.")
    String taskCoursesRequired();

    @Override
    @Message("Course {id} is not published and cannot be assigned.")
    String courseNotPublished(long id);

    @Override
    @Message("There is no post kind \"{kind}\".")
    String unknownPostKind(String kind);

    @Override
    @Message("Your company has no department {id}.")
    String unknownDepartment(long id);

    @Override
    @Message("Choose assignees by post kind, department or name.")
    String taskAssigneesRequired();

    @Override
    @Message("No current employee matches what you chose.")
    String noOneMatches();

    @Override
    @Message("Person {id} is not a current employee of your company.")
    String notAnEmployee(long id);

    @Override
    @Message("Your company has no current employee named \"{name}\".")
    String noEmployeeNamed(String name);

    @Override
    @Message("{count} current employees are named \"{name}\"; choose by department or post instead.")
    String employeeNameAmbiguous(String name, int count);

    @Override
    @Message("Person {id} is not an assignee of this task.")
    String notAnAssignee(long id);

    @Override
    @Message("Choose whom to remind.")
    String remindWhom();

    @Override
    @Message("A reminder has at most 1000 characters.")
    String messageTooLong();

    @Override
    @Message("The training task was created and {count} people were enrolled.")
    String taskCreated(int count);

    @Override
    @Message("{count} reminders sent.")
    String remindersSent(int count);

    @Override
    @Message("{count} newly matching people were added.")
    String newcomersAdded(int count);

    @Override
    @Message("You are enrolled in this course.")
    String alreadyEnrolled();

    @Override
    @Message("Study")
    String goStudy();

    @Override
    @Message("Enrol")
    String enrol();

    @Override
    @Message("You then study it under My courses.")
    String enrolHint();

    @Override
    @Message("Sign in to enrol")
    String signInToEnrol();

    @Override
    @Message("Worker accounts can enrol in courses.")
    String enrolWorkersOnly();

    @Override
    @Message("Enrol in this course and start studying?")
    String confirmEnrol();

    @Override
    @Message("You are enrolled.")
    String enrolledNow();

    @Override
    @Message("My courses")
    String myCourses();

    @Override
    @Message("Notices")
    String noticesHeading();

    @Override
    @Message("{count} unread")
    String unreadCount(int count);

    @Override
    @Message("Mark as read")
    String markRead();

    @Override
    @Message("You have no courses yet.")
    String noCourses();

    @Override
    @Message("Find courses in the course supermarket")
    String toSupermarket();

    @Override
    @Message("Required")
    String required();

    @Override
    @Message("Self-selected")
    String selfSelected();

    @Override
    @Message("Due {due}")
    String dueBy(java.time.LocalDate due);

    @Override
    @Message("Overdue (due {due})")
    String overdueSince(java.time.LocalDate due);

    @Override
    @Message("Completed")
    String completed();

    @Override
    @Message("Withdrawn")
    String withdrawn();

    @Override
    @Message("Training task: {title}")
    String fromTask(String title);

    @Override
    @Message("See completion")
    String seeCompletion();

    @Override
    @Message("Take the final test")
    String takeTest();

    @Override
    @Message("Continue")
    String continueStudy();

    @Override
    @Message("Lessons")
    String lessons();

    @Override
    @Message("{done} of {total} lessons complete")
    String lessonsDone(int done, int total);

    @Override
    @Message("{percent}% of the video watched")
    String videoPercent(int percent);

    @Override
    @Message("Course page")
    String coursePage();

    @Override
    @Message("Play")
    String play();

    @Override
    @Message("Read")
    String read();

    @Override
    @Message("Opened")
    String documentOpened();

    @Override
    @Message("Not opened")
    String documentNotOpened();

    @Override
    @Message("A video lesson is complete once 95 % of it is watched; a document lesson once opened here.")
    String lessonRule();

    @Override
    @Message("Final test")
    String finalTest();

    @Override
    @Message("The final test opens once every lesson is complete.")
    String testAfterLessons();

    @Override
    @Message("{questions} questions, pass mark {passMark}; attempts used {used} of {max}.")
    String testFacts(int questions, int passMark, int used, int max);

    @Override
    @Message("You passed the test ({score}) and completed the course.")
    String completedScore(int score);

    @Override
    @Message("Submit before {time}.")
    String submitBefore(String time);

    @Override
    @Message("{#if kind == 'SINGLE'}single choice{#else if kind == 'MULTIPLE'}multiple choice{#else}true or false{/if}")
    String questionKind(String kind);

    @Override
    @Message("True")
    String trueAnswer();

    @Override
    @Message("False")
    String falseAnswer();

    @Override
    @Message("Submit")
    String submitTest();

    @Override
    @Message("{done} of {total} lessons complete; the test opens once all are.")
    String lessonsFirst(int done, int total);

    @Override
    @Message("Questions are drawn at random when you start; the server grades your answers.")
    String startHint();

    @Override
    @Message("Start the test")
    String startTest();

    @Override
    @Message("Attempts")
    String attemptsHeading();

    @Override
    @Message("score {score}")
    String scoreOf(Integer score);

    @Override
    @Message("passed")
    String passed();

    @Override
    @Message("not passed")
    String failed();

    @Override
    @Message("not submitted")
    String notSubmitted();

    @Override
    @Message("Test result")
    String resultHeading();

    @Override
    @Message("{correct} of {total} correct; pass mark {passMark}.")
    String resultFacts(int correct, int total, int passMark);

    @Override
    @Message("{left} attempts left.")
    String attemptsLeft(int left);

    @Override
    @Message("Try again")
    String tryAgain();

    @Override
    @Message("correct")
    String answerRight();

    @Override
    @Message("wrong")
    String answerWrong();

    @Override
    @Message("Course completed")
    String completionHeading();

    @Override
    @Message("Test score")
    String testScore();

    @Override
    @Message("Credited study time")
    String creditedTime();

    @Override
    @Message("Class hours of the course")
    String declaredHours();

    @Override
    @Message("Completed at")
    String completedAt();

    @Override
    @Message("Study time counts towards your hours only once the test is passed.")
    String completionNote();

    @Override
    @Message("Training tasks")
    String tasksHeading();

    @Override
    @Message("Completion")
    String chartHeading();

    @Override
    @Message("Task")
    String taskTitle();

    @Override
    @Message("Period")
    String period();

    @Override
    @Message("Assignees")
    String assignees();

    @Override
    @Message("No training tasks yet.")
    String noTasks();

    @Override
    @Message("New training task")
    String newTask();

    @Override
    @Message("Courses (published)")
    String taskCourses();

    @Override
    @Message("By post kind")
    String byPostKind();

    @Override
    @Message("By department (with its sub-departments)")
    String byDepartment();

    @Override
    @Message("By name")
    String byName();

    @Override
    @Message("Names of current employees, one a line or separated by commas.")
    String byNameHint();

    @Override
    @Message("Start")
    String startsOn();

    @Override
    @Message("Deadline")
    String dueOn();

    @Override
    @Message("With both post kinds and departments, current employees matching both are chosen; people chosen by name are added. People hired later are not added silently: the task page offers to add them.")
    String selectionRule();

    @Override
    @Message("Create task")
    String createTask();

    @Override
    @Message("{count} current employees match this task's criteria now but are not on it (new hires, for example).")
    String newlyMatching(int count);

    @Override
    @Message("Add them")
    String addNewlyMatching();

    @Override
    @Message("People hired later are not added to this task silently.")
    String notAddedSilently();

    @Override
    @Message("Overdue")
    String overdueHeading();

    @Override
    @Message("Nobody is overdue.")
    String noneOverdue();

    @Override
    @Message("Remind all {count} overdue")
    String remindAllOverdue(int count);

    @Override
    @Message("Name")
    String person();

    @Override
    @Message("Department · post")
    String departmentPost();

    @Override
    @Message("Status")
    String status();

    @Override
    @Message("Progress")
    String progressHeading();

    @Override
    @Message("Select {name}")
    String remindPerson(String name);

    @Override
    @Message("Reminder text (optional)")
    String reminderMessage();

    @Override
    @Message("Remind the selected")
    String remindSelected();

    @Override
    @Message("{#when status}{#is COMPLETED}Completed{#is IN_PROGRESS}In progress{#is NOT_STARTED}Not started{#is OVERDUE}Overdue{/when}")
    String statusName(TrainingTasks.Status status);

    @Override
    @Message("{#when kind}{#is PRINCIPAL}Principals{#is SAFETY_MANAGER}Safety managers{#is SPECIAL_OPERATION}Special operation workers{#is GENERAL}General workers{/when}")
    String postKind(PostKind kind);

}
