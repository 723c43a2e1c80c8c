package org.anxue.learning.tasks;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.anxue.org.roster.RosterAccess;
import org.anxue.web.AppException;

/**
 * A company's training tasks as JSON, for its company admins (signed in or with the company's API
 * token); another company's tasks are 404, other roles 403.
 */
@Path("/api/companies/{companyId}/training-tasks")
@RolesAllowed("COMPANY_ADMIN")
@Produces(MediaType.APPLICATION_JSON)
public class TrainingTaskApi {

    /** Whom to remind: the listed assignees, or every overdue one. */
    public record ReminderRequest(List<Long> personIds, Boolean overdue, String message) {
    }

    @Inject
    RosterAccess access;

    @Inject
    TrainingTasks tasks;

    @GET
    public List<TrainingTasks.TaskSummary> list(@PathParam("companyId") long companyId) {
        return tasks.list(access.writable(companyId).id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@PathParam("companyId") long companyId, TrainingTasks.TaskInput input) {
        if (input == null) {
            throw AppException.badRequest();
        }
        long id = tasks.create(access.writable(companyId).id, access.accountId(), input);
        return Response.status(201).entity(tasks.dashboard(companyId, id)).build();
    }

    @GET
    @Path("{taskId}")
    public TrainingTasks.Dashboard dashboard(@PathParam("companyId") long companyId, @PathParam("taskId") long taskId) {
        return tasks.dashboard(access.writable(companyId).id, taskId);
    }

    @POST
    @Path("{taskId}/reminders")
    @Consumes(MediaType.APPLICATION_JSON)
    public Map<String, Integer> remind(@PathParam("companyId") long companyId, @PathParam("taskId") long taskId,
                                       ReminderRequest request) {
        ReminderRequest r = request == null ? new ReminderRequest(List.of(), false, null) : request;
        int sent = tasks.remind(access.writable(companyId).id, taskId, r.personIds(),
                Boolean.TRUE.equals(r.overdue()), access.accountId(), r.message());
        return Map.of("sent", sent);
    }

    /** Adds the employees who match the task's post kinds/departments now but were not there when it was created. */
    @POST
    @Path("{taskId}/newly-matching")
    public Map<String, Integer> addNewlyMatching(@PathParam("companyId") long companyId,
                                                 @PathParam("taskId") long taskId) {
        return Map.of("added", tasks.addNewlyMatching(access.writable(companyId).id, taskId));
    }
}
