package org.anxue.learning.tasks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.anxue.org.Company;
import org.anxue.org.PostKind;
import org.anxue.org.roster.RosterAccess;
import org.anxue.web.AppException;
import org.anxue.web.LocalizedMessages;
import org.anxue.web.WebRequest;
import org.jboss.resteasy.reactive.RestForm;

/**
 * 培训任务 (/company/assignments): the company admin's tasks with a completion chart and the form to
 * create one; a task's dashboard with completion per person, the overdue list and reminders.
 */
@Path("/company/assignments")
@RolesAllowed("COMPANY_ADMIN")
@Produces(MediaType.TEXT_HTML)
public class TrainingTaskPages {

    /** What the create form had, to show it again with the error. */
    public record Form(String title, List<String> courseIds, List<String> postKinds, List<String> departmentIds,
            String names, String startsOn, String dueOn) {

        public boolean hasCourse(long id) {
            return courseIds.contains(Long.toString(id));
        }

        public boolean hasKind(PostKind kind) {
            return postKinds.contains(kind.name());
        }

        public boolean hasDepartment(long id) {
            return departmentIds.contains(Long.toString(id));
        }
    }

    public record ListPage(Company company, List<TrainingTasks.TaskSummary> tasks, List<TrainingTasks.Option> courses,
            List<TrainingTasks.Option> departments, List<PostKind> kinds, Form form, String error, String chartJson,
            String today) {

        /** Pixels: room for a bar per task and the legend. */
        public int chartHeight() {
            return tasks.size() * 48 + 120;
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(ListPage page);

        static native TemplateInstance task(Company company, TrainingTasks.Dashboard dashboard, String notice,
                                            String chartJson);
    }

    @Inject
    RosterAccess access;

    @Inject
    TrainingTasks tasks;

    @Inject
    LocalizedMessages messages;

    @Inject
    WebRequest web;

    @Inject
    ObjectMapper json;

    @GET
    public TemplateInstance list() {
        Company company = access.own();
        String today = tasks.today().toString();
        return Templates.list(page(company, new Form("", List.of(), List.of(), List.of(), "", today,
                tasks.today().plusDays(30).toString()), null));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@RestForm String title, @RestForm("courseId") List<String> courseIds,
                           @RestForm("postKind") List<String> postKinds,
                           @RestForm("departmentId") List<String> departmentIds, @RestForm String names,
                           @RestForm String startsOn, @RestForm String dueOn) {
        Company company = access.own();
        Form form = new Form(title == null ? "" : title, nonNull(courseIds), nonNull(postKinds), nonNull(departmentIds),
                names == null ? "" : names, startsOn == null ? "" : startsOn, dueOn == null ? "" : dueOn);
        try {
            long id = tasks.create(company.id, access.accountId(), new TrainingTasks.TaskInput(form.title(),
                    ids(form.courseIds()), form.postKinds(), ids(form.departmentIds()), List.of(),
                    Arrays.stream(form.names().split("[\\n,，、;；]+")).map(String::strip).filter(s -> !s.isEmpty())
                            .toList(), form.startsOn(), form.dueOn()));
            return Response.seeOther(URI.create("/company/assignments/" + id + "?done=created")).build();
        } catch (AppException e) {
            if (!"study".equals(e.bundle())) {
                throw e;
            }
            String message = messages.get(web.locale(), "study", e.key(), e.args());
            return Response.status(e.status()).entity(Templates.list(page(company, form, message))).build();
        }
    }

    @GET
    @Path("{taskId: \\d+}")
    public TemplateInstance task(@PathParam("taskId") long taskId, @QueryParam("done") String done,
                                 @QueryParam("n") Integer n) {
        Company company = access.own();
        TrainingTasks.Dashboard dashboard = tasks.dashboard(company.id, taskId);
        String notice = done == null ? null : switch (done) {
            case "created" -> messages.get(web.locale(), "study", "taskCreated", dashboard.task().assignees());
            case "reminded" -> messages.get(web.locale(), "study", "remindersSent", n == null ? 0 : n);
            case "added" -> messages.get(web.locale(), "study", "newcomersAdded", n == null ? 0 : n);
            default -> null;
        };
        return Templates.task(company, dashboard, notice, chart(List.of(dashboard.task())));
    }

    @POST
    @Path("{taskId: \\d+}/reminders")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response remind(@PathParam("taskId") long taskId, @RestForm("personId") List<String> personIds,
                           @RestForm String overdue, @RestForm String message) {
        Company company = access.own();
        int sent = tasks.remind(company.id, taskId, ids(nonNull(personIds)), "true".equals(overdue),
                access.accountId(), message);
        return Response.seeOther(URI.create("/company/assignments/" + taskId + "?done=reminded&n=" + sent)).build();
    }

    @POST
    @Path("{taskId: \\d+}/newly-matching")
    public Response addNewlyMatching(@PathParam("taskId") long taskId) {
        Company company = access.own();
        int added = tasks.addNewlyMatching(company.id, taskId);
        return Response.seeOther(URI.create("/company/assignments/" + taskId + "?done=added&n=" + added)).build();
    }

    private ListPage page(Company company, Form form, String error) {
        List<TrainingTasks.TaskSummary> list = tasks.list(company.id);
        return new ListPage(company, list, tasks.publishedCourses(), tasks.departments(company.id),
                Arrays.asList(PostKind.values()), form, error, chart(list), tasks.today().toString());
    }

    /** The chart's data: per task, completed / in progress / not started / overdue. */
    private String chart(List<TrainingTasks.TaskSummary> list) {
        Map<String, Object> data = new LinkedHashMap<>();
        List<String> names = new ArrayList<>();
        List<Integer> completed = new ArrayList<>();
        List<Integer> inProgress = new ArrayList<>();
        List<Integer> notStarted = new ArrayList<>();
        List<Integer> overdue = new ArrayList<>();
        for (TrainingTasks.TaskSummary task : list) {
            names.add(task.title());
            completed.add(task.completed());
            inProgress.add(task.inProgress());
            notStarted.add(task.notStarted());
            overdue.add(task.overdue());
        }
        data.put("tasks", names);
        data.put("series", List.of(
                Map.of("name", messages.get(web.locale(), "study", "statusName", TrainingTasks.Status.COMPLETED), "data", completed, "key", "COMPLETED"),
                Map.of("name", messages.get(web.locale(), "study", "statusName", TrainingTasks.Status.IN_PROGRESS), "data", inProgress, "key", "IN_PROGRESS"),
                Map.of("name", messages.get(web.locale(), "study", "statusName", TrainingTasks.Status.NOT_STARTED), "data", notStarted, "key", "NOT_STARTED"),
                Map.of("name", messages.get(web.locale(), "study", "statusName", TrainingTasks.Status.OVERDUE), "data", overdue, "key", "OVERDUE")));
        try {
            return json.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> nonNull(List<String> values) {
        return values == null ? List.of() : values.stream().filter(v -> v != null && !v.isBlank()).toList();
    }

    private static List<Long> ids(List<String> values) {
        List<Long> ids = new ArrayList<>();
        for (String value : values) {
            try {
                ids.add(Long.parseLong(value.strip()));
            } catch (NumberFormatException e) {
                throw AppException.badRequest();
            }
        }
        return ids;
    }
}
