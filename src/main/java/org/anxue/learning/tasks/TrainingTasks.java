package org.anxue.learning.tasks;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.anxue.learning.completion.CourseProgress;
import org.anxue.learning.completion.StudyProgress;
import org.anxue.learning.enrolment.Enrolling;
import org.anxue.learning.playback.LearningConfig;
import org.anxue.org.PostKind;
import org.anxue.web.AppException;

/**
 * 培训任务: a company assigns published courses to some of its current employees, with a start and
 * a deadline. Assignees are chosen by post kind and/or department (with its sub-departments) —
 * both given: people matching both — and/or by name; creating the task enrols each of them in each
 * course (self_selected = false), all in one transaction. The criteria are kept: people hired later
 * into a matching post are not added silently, the dashboard counts them and the admin may add them
 * ({@link #addNewlyMatching}). Every query is scoped to the company.
 */
@ApplicationScoped
public class TrainingTasks {

    /** What the admin asks for. Dates as ISO text (yyyy-MM-dd); names: current employees' names. */
    public record TaskInput(String title, List<Long> courseIds, List<String> postKinds, List<Long> departmentIds,
            List<Long> personIds, List<String> names, String startsOn, String dueOn) {
    }

    public record CourseRef(long id, Long versionId, String title) {
    }

    @io.quarkus.qute.TemplateEnum
    public enum Status { COMPLETED, IN_PROGRESS, NOT_STARTED, OVERDUE }

    public record CourseStatus(long courseId, String title, boolean completed, int completeLessons, int totalLessons,
            int percent) {
    }

    /** {@code completedOn}: the study day the last of the task's courses was completed, or null. */
    public record PersonStatus(long personId, String name, String department, String post, Status status,
            int percent, List<CourseStatus> courses, LocalDate completedOn) {
    }

    /** How many assignees had completed the task by the end of a day. */
    public record DayCount(LocalDate day, int completed) {
    }

    public record TaskSummary(long id, String title, LocalDate startsOn, LocalDate dueOn, List<CourseRef> courses,
            List<String> postKinds, List<Long> departmentIds, Instant createdAt, int assignees, int completed,
            int inProgress, int notStarted, int overdue) {

        public int completedPercent() {
            return assignees == 0 ? 0 : completed * 100 / assignees;
        }
    }

    public record Dashboard(TaskSummary task, List<PersonStatus> people, int newlyMatching, List<DayCount> timeline) {

        public List<PersonStatus> overdue() {
            return people.stream().filter(p -> p.status() == Status.OVERDUE).toList();
        }
    }

    public record Option(long id, String name) {
    }

    private record Task(long id, String title, LocalDate startsOn, LocalDate dueOn, List<String> postKinds,
            List<Long> departmentIds, Instant createdAt) {
    }

    private final DataSource dataSource;
    private final Enrolling enrolling;
    private final StudyProgress progress;
    private final Notices notices;
    private final LearningConfig learning;
    private final Clock clock = Clock.systemUTC();

    TrainingTasks(DataSource dataSource, Enrolling enrolling, StudyProgress progress, Notices notices,
                  LearningConfig learning) {
        this.dataSource = dataSource;
        this.enrolling = enrolling;
        this.progress = progress;
        this.notices = notices;
        this.learning = learning;
    }

    /** Today in the study-day time zone (deadlines are days there). */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(learning.studyDayZone()));
    }

    /** Creates the task and enrols its assignees; returns its id. 400 with a message for bad input. */
    @Transactional
    public long create(long companyId, Long accountId, TaskInput input) {
        String title = input.title() == null ? "" : input.title().strip();
        if (title.isEmpty() || title.length() > 200) {
            throw new AppException(400, "study:taskTitleRequired");
        }
        LocalDate starts = date(input.startsOn(), "study:taskStartRequired");
        LocalDate due = date(input.dueOn(), "study:taskDueRequired");
        if (due.isBefore(starts)) {
            throw new AppException(400, "study:taskDueBeforeStart");
        }
        Set<Long> courseIds = new LinkedHashSet<>(input.courseIds() == null ? List.of() : input.courseIds());
        if (courseIds.isEmpty()) {
            throw new AppException(400, "study:taskCoursesRequired");
        }
        List<String> kinds = new ArrayList<>();
        for (String kind : input.postKinds() == null ? List.<String>of() : input.postKinds()) {
            if (kind == null || kind.isBlank()) {
                continue;
            }
            try {
                kinds.add(PostKind.valueOf(kind.strip()).name());
            } catch (IllegalArgumentException e) {
                throw new AppException(400, "study:unknownPostKind", kind);
            }
        }
        List<Long> departments = new ArrayList<>(new LinkedHashSet<>(
                input.departmentIds() == null ? List.of() : input.departmentIds()));
        Instant now = clock.instant();
        try (Connection connection = dataSource.getConnection()) {
            for (long course : courseIds) {
                try (PreparedStatement query = connection.prepareStatement(
                        "select 1 from course where id = ? and published_version_id is not null")) {
                    query.setLong(1, course);
                    try (ResultSet r = query.executeQuery()) {
                        if (!r.next()) {
                            throw new AppException(400, "study:courseNotPublished", course);
                        }
                    }
                }
            }
            for (long department : departments) {
                try (PreparedStatement query = connection.prepareStatement(
                        "select 1 from department where id = ? and company_id = ?")) {
                    query.setLong(1, department);
                    query.setLong(2, companyId);
                    try (ResultSet r = query.executeQuery()) {
                        if (!r.next()) {
                            throw new AppException(400, "study:unknownDepartment", department);
                        }
                    }
                }
            }
            Set<Long> byName = named(connection, companyId, input.personIds(), input.names());
            Set<Long> byCriteria = (kinds.isEmpty() && departments.isEmpty()) ? Set.of()
                    : matching(connection, companyId, kinds, departments);
            if (kinds.isEmpty() && departments.isEmpty() && byName.isEmpty()) {
                throw new AppException(400, "study:taskAssigneesRequired");
            }
            Set<Long> everyone = new LinkedHashSet<>(byCriteria);
            everyone.addAll(byName);
            if (everyone.isEmpty()) {
                throw new AppException(400, "study:noOneMatches");
            }
            long taskId;
            try (PreparedStatement insert = connection.prepareStatement("""
                    insert into training_task (company_id, title, starts_on, due_on, post_kinds, department_ids,
                        created_by, created_at) values (?, ?, ?, ?, ?, ?, ?, ?) returning id""")) {
                insert.setLong(1, companyId);
                insert.setString(2, title);
                insert.setDate(3, Date.valueOf(starts));
                insert.setDate(4, Date.valueOf(due));
                insert.setArray(5, connection.createArrayOf("varchar", kinds.toArray()));
                insert.setArray(6, connection.createArrayOf("bigint", departments.toArray()));
                if (accountId == null) {
                    insert.setNull(7, java.sql.Types.BIGINT);
                } else {
                    insert.setLong(7, accountId);
                }
                insert.setTimestamp(8, Timestamp.from(now));
                try (ResultSet r = insert.executeQuery()) {
                    r.next();
                    taskId = r.getLong(1);
                }
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "insert into training_task_course (task_id, course_id) values (?, ?)")) {
                for (long course : courseIds) {
                    insert.setLong(1, taskId);
                    insert.setLong(2, course);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            assign(connection, taskId, everyone, byName, courseIds, now);
            return taskId;
        } catch (SQLException e) {
            throw new IllegalStateException("could not create a training task", e);
        }
    }

    /** Adds the current employees who match the task's post kinds/departments now but are not assignees yet. */
    @Transactional
    public int addNewlyMatching(long companyId, long taskId) {
        try (Connection connection = dataSource.getConnection()) {
            Task task = task(connection, companyId, taskId);
            Set<Long> newcomers = newlyMatching(connection, companyId, task);
            assign(connection, taskId, newcomers, Set.of(), courseIds(connection, taskId), clock.instant());
            return newcomers.size();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Sends a reminder notice to the given assignees, or to every overdue one when {@code overdueOnly};
     * returns how many were sent. People who are not assignees of the task are refused (400).
     */
    @Transactional
    public int remind(long companyId, long taskId, Collection<Long> personIds, boolean overdueOnly, Long accountId,
                      String message) {
        Dashboard dashboard = dashboard(companyId, taskId);
        Set<Long> targets = new LinkedHashSet<>();
        if (overdueOnly) {
            dashboard.overdue().forEach(p -> targets.add(p.personId()));
        } else {
            Set<Long> assignees = new HashSet<>();
            dashboard.people().forEach(p -> assignees.add(p.personId()));
            for (long person : personIds == null ? List.<Long>of() : personIds) {
                if (!assignees.contains(person)) {
                    throw new AppException(400, "study:notAnAssignee", person);
                }
                targets.add(person);
            }
            if (targets.isEmpty()) {
                throw new AppException(400, "study:remindWhom");
            }
        }
        TaskSummary task = dashboard.task();
        String text = message == null || message.isBlank()
                ? "请在 " + task.dueOn() + " 前完成培训任务「" + task.title() + "」。Please complete the training task \""
                        + task.title() + "\" by " + task.dueOn() + "."
                : message.strip();
        if (text.length() > 1000) {
            throw new AppException(400, "study:messageTooLong");
        }
        return notices.send(targets, companyId, taskId, text, accountId, clock.instant());
    }

    /** The company's tasks, newest first, with their figures. */
    @Transactional
    public List<TaskSummary> list(long companyId) {
        List<TaskSummary> summaries = new ArrayList<>();
        try (Connection connection = dataSource.getConnection()) {
            for (long id : ids(connection,
                    "select id from training_task where company_id = ? order by created_at desc, id desc", companyId)) {
                summaries.add(dashboard(connection, companyId, id).task());
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return summaries;
    }

    /** One task's completion per person (404 for another company's task). */
    @Transactional
    public Dashboard dashboard(long companyId, long taskId) {
        try (Connection connection = dataSource.getConnection()) {
            return dashboard(connection, companyId, taskId);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The company's departments, as choices (path names). */
    @Transactional
    public List<Option> departments(long companyId) {
        return options("""
                with recursive tree as (
                    select id, name::text as path from department where company_id = ? and parent_id is null
                    union all
                    select d.id, tree.path || ' / ' || d.name from department d join tree on d.parent_id = tree.id)
                select id, path from tree order by path""", companyId);
    }

    /** Published courses a task may assign, by title. */
    @Transactional
    public List<Option> publishedCourses() {
        return options("""
                select c.id, v.title from course c join course_version v on v.id = c.published_version_id
                order by v.title""");
    }

    private List<Option> options(String sql, Object... params) {
        try (Connection connection = dataSource.getConnection()) {
            return rows(connection, sql, r -> new Option(r.getLong(1), r.getString(2)), params);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    // --- internals ----------------------------------------------------------------------------------

    private static LocalDate date(String text, String key) {
        if (text == null || text.isBlank()) {
            throw new AppException(400, key);
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new AppException(400, "study:badDate", text);
        }
    }

    private void assign(Connection connection, long taskId, Collection<Long> people, Set<Long> byName,
                        Collection<Long> courseIds, Instant now) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("""
                insert into training_task_assignee (task_id, person_id, by_name, assigned_at) values (?, ?, ?, ?)
                on conflict do nothing""")) {
            for (long person : people) {
                insert.setLong(1, taskId);
                insert.setLong(2, person);
                insert.setBoolean(3, byName.contains(person));
                insert.setTimestamp(4, Timestamp.from(now));
                insert.addBatch();
            }
            insert.executeBatch();
        }
        for (long course : courseIds) {
            enrolling.enrolAll(people, course, false);
        }
    }

    /** Current employees named by id or by name; 400 for anyone else, or a name that is not unique. */
    private static Set<Long> named(Connection connection, long companyId, List<Long> personIds, List<String> names)
            throws SQLException {
        Set<Long> found = new LinkedHashSet<>();
        for (Long person : personIds == null ? List.<Long>of() : personIds) {
            if (person == null) {
                continue;
            }
            try (PreparedStatement query = connection.prepareStatement(
                    "select 1 from employment where company_id = ? and person_id = ? and end_date is null")) {
                query.setLong(1, companyId);
                query.setLong(2, person);
                try (ResultSet r = query.executeQuery()) {
                    if (!r.next()) {
                        throw new AppException(400, "study:notAnEmployee", person);
                    }
                }
            }
            found.add(person);
        }
        for (String name : names == null ? List.<String>of() : names) {
            if (name == null || name.isBlank()) {
                continue;
            }
            List<Long> matches = ids(connection, """
                    select distinct p.id from employment e join person p on p.id = e.person_id
                    where e.company_id = ? and e.end_date is null and p.name = ?""", companyId, name.strip());
            if (matches.isEmpty()) {
                throw new AppException(400, "study:noEmployeeNamed", name.strip());
            }
            if (matches.size() > 1) {
                throw new AppException(400, "study:employeeNameAmbiguous", name.strip(), matches.size());
            }
            found.add(matches.get(0));
        }
        return found;
    }

    /** Current employees in one of the post kinds (if any given) and one of the departments or below (if any given). */
    private static Set<Long> matching(Connection connection, long companyId, List<String> kinds, List<Long> departments)
            throws SQLException {
        java.sql.Array kindArray = connection.createArrayOf("varchar", kinds.toArray());
        java.sql.Array deptArray = connection.createArrayOf("bigint", departments.toArray());
        return new LinkedHashSet<>(ids(connection, """
                with recursive depts as (
                    select id from department where company_id = ? and id = any (?::bigint[])
                    union
                    select d.id from department d join depts on d.parent_id = depts.id)
                select distinct e.person_id from employment e
                where e.company_id = ? and e.end_date is null
                  and (cardinality(?::varchar[]) = 0 or e.post_kind = any (?::varchar[]))
                  and (cardinality(?::bigint[]) = 0 or e.department_id in (select id from depts))
                order by e.person_id""", companyId, deptArray, companyId, kindArray, kindArray, deptArray));
    }

    private static Set<Long> newlyMatching(Connection connection, long companyId, Task task) throws SQLException {
        if (task.postKinds().isEmpty() && task.departmentIds().isEmpty()) {
            return Set.of();
        }
        Set<Long> people = matching(connection, companyId, task.postKinds(), task.departmentIds());
        people.removeAll(assignees(connection, task.id()));
        return people;
    }

    private static Set<Long> assignees(Connection connection, long taskId) throws SQLException {
        return new LinkedHashSet<>(ids(connection, "select person_id from training_task_assignee where task_id = ?", taskId));
    }

    private static List<Long> courseIds(Connection connection, long taskId) throws SQLException {
        return ids(connection, "select course_id from training_task_course where task_id = ? order by course_id", taskId);
    }

    /** The first column of a query's rows, as ids (parameters bound in order). */
    private static List<Long> ids(Connection connection, String sql, Object... params) throws SQLException {
        return rows(connection, sql, r -> r.getLong(1), params);
    }

    private interface RowMapper<T> {
        T map(ResultSet r) throws SQLException;
    }

    /** A query's rows, mapped (parameters bound in order). */
    private static <T> List<T> rows(Connection connection, String sql, RowMapper<T> mapper, Object... params)
            throws SQLException {
        List<T> out = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                query.setObject(i + 1, params[i]);
            }
            try (ResultSet r = query.executeQuery()) {
                while (r.next()) {
                    out.add(mapper.map(r));
                }
            }
        }
        return out;
    }

    private static Task task(Connection connection, long companyId, long taskId) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("""
                select title, starts_on, due_on, post_kinds, department_ids, created_at
                from training_task where id = ? and company_id = ?""")) {
            query.setLong(1, taskId);
            query.setLong(2, companyId);
            try (ResultSet r = query.executeQuery()) {
                if (!r.next()) {
                    throw new AppException(404, "study:taskNotFound");
                }
                return new Task(taskId, r.getString(1), r.getDate(2).toLocalDate(), r.getDate(3).toLocalDate(),
                        Arrays.asList((String[]) r.getArray(4).getArray()),
                        Arrays.asList((Long[]) r.getArray(5).getArray()), r.getTimestamp(6).toInstant());
            }
        }
    }

    /** Completed assignees by the end of each day from the start to today (at most the last 366 days). */
    private static List<DayCount> timeline(Task task, List<PersonStatus> people, LocalDate today) {
        List<DayCount> days = new ArrayList<>();
        LocalDate from = task.startsOn().isBefore(today.minusDays(365)) ? today.minusDays(365) : task.startsOn();
        List<LocalDate> completed = people.stream().map(PersonStatus::completedOn).filter(d -> d != null).sorted().toList();
        for (LocalDate day = from; !day.isAfter(today); day = day.plusDays(1)) {
            LocalDate end = day;
            days.add(new DayCount(day, (int) completed.stream().filter(d -> !d.isAfter(end)).count()));
        }
        return days;
    }

    private Dashboard dashboard(Connection connection, long companyId, long taskId) throws SQLException {
        Task task = task(connection, companyId, taskId);
        List<CourseRef> courses = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("""
                select c.id, c.published_version_id,
                       coalesce(pv.title, (select v.title from course_version v where v.course_id = c.id
                                           order by v.number desc limit 1))
                from training_task_course tc join course c on c.id = tc.course_id
                left join course_version pv on pv.id = c.published_version_id
                where tc.task_id = ? order by c.id""")) {
            query.setLong(1, taskId);
            try (ResultSet r = query.executeQuery()) {
                while (r.next()) {
                    courses.add(new CourseRef(r.getLong(1), (Long) r.getObject(2, Long.class), r.getString(3)));
                }
            }
        }
        record Person(long id, String name, String department, String post) {
        }
        Map<Long, Person> people = new LinkedHashMap<>();
        try (PreparedStatement query = connection.prepareStatement("""
                select p.id, p.name, d.name, po.name
                from training_task_assignee a join person p on p.id = a.person_id
                left join lateral (select e.department_id, e.post_id from employment e
                                   where e.person_id = p.id and e.company_id = ?
                                   order by (e.end_date is null) desc, e.start_date desc limit 1) e on true
                left join department d on d.id = e.department_id
                left join post po on po.id = e.post_id
                where a.task_id = ? order by p.name, p.id""")) {
            query.setLong(1, companyId);
            query.setLong(2, taskId);
            try (ResultSet r = query.executeQuery()) {
                while (r.next()) {
                    people.put(r.getLong(1), new Person(r.getLong(1), r.getString(2), r.getString(3), r.getString(4)));
                }
            }
        }
        Map<String, Instant> completions = new HashMap<>();
        if (!people.isEmpty()) {
            try (PreparedStatement query = connection.prepareStatement("""
                    select person_id, course_id, min(completed_at) from course_completion
                    where person_id = any (?::bigint[]) and course_id = any (?::bigint[])
                    group by person_id, course_id""")) {
                query.setArray(1, connection.createArrayOf("bigint", people.keySet().toArray()));
                query.setArray(2, connection.createArrayOf("bigint", courses.stream().map(CourseRef::id).toArray()));
                try (ResultSet r = query.executeQuery()) {
                    while (r.next()) {
                        completions.put(r.getLong(1) + "/" + r.getLong(2), r.getTimestamp(3).toInstant());
                    }
                }
            }
        }
        List<Long> versions = courses.stream().map(CourseRef::versionId).filter(v -> v != null).toList();
        Map<StudyProgress.Key, CourseProgress> studied = people.isEmpty() || versions.isEmpty() ? new HashMap<>()
                : progress.of(people.keySet(), versions);
        LocalDate today = today();
        List<PersonStatus> statuses = new ArrayList<>();
        int completed = 0;
        int inProgress = 0;
        int notStarted = 0;
        int overdue = 0;
        for (Person person : people.values()) {
            List<CourseStatus> courseStatuses = new ArrayList<>();
            boolean all = true;
            boolean started = false;
            int percentSum = 0;
            Instant last = null;
            for (CourseRef course : courses) {
                Instant completedAt = completions.get(person.id() + "/" + course.id());
                boolean done = completedAt != null;
                if (done && (last == null || completedAt.isAfter(last))) {
                    last = completedAt;
                }
                CourseProgress p = course.versionId() == null ? null
                        : studied.get(new StudyProgress.Key(person.id(), course.versionId()));
                int percent = done ? 100 : p == null ? 0 : Math.min(99, p.videoPercent());
                courseStatuses.add(new CourseStatus(course.id(), course.title(), done,
                        p == null ? 0 : p.completeLessons(), p == null ? 0 : p.totalLessons(), percent));
                all &= done;
                started |= done || (p != null && p.started());
                percentSum += percent;
            }
            Status status = all ? Status.COMPLETED : today.isAfter(task.dueOn()) ? Status.OVERDUE
                    : started ? Status.IN_PROGRESS : Status.NOT_STARTED;
            switch (status) {
                case COMPLETED -> completed++;
                case OVERDUE -> overdue++;
                case IN_PROGRESS -> inProgress++;
                case NOT_STARTED -> notStarted++;
            }
            statuses.add(new PersonStatus(person.id(), person.name(), person.department(), person.post(), status,
                    courses.isEmpty() ? 0 : percentSum / courses.size(), courseStatuses,
                    all && last != null ? LocalDate.ofInstant(last, learning.studyDayZone()) : null));
        }
        TaskSummary summary = new TaskSummary(task.id(), task.title(), task.startsOn(), task.dueOn(), courses,
                task.postKinds(), task.departmentIds(), task.createdAt(), people.size(), completed, inProgress,
                notStarted, overdue);
        return new Dashboard(summary, statuses, newlyMatching(connection, companyId, task).size(),
                timeline(task, statuses, today));
    }
}
