package nl.groeipad.plan.boundary;

import nl.groeipad.platform.boundary.Uploads;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import nl.groeipad.plan.boundary.PlanRequests.NoteRequest;
import nl.groeipad.plan.boundary.PlanRequests.TaskRequest;
import nl.groeipad.plan.control.PlanViews.LessonView;
import nl.groeipad.plan.control.PlanViews.TaskView;
import nl.groeipad.plan.control.Plans;
import nl.groeipad.plan.control.TaskBoard;
import nl.groeipad.plan.entity.Photo;
import nl.groeipad.plan.entity.TaskId;
import nl.groeipad.platform.control.CurrentSession;
import nl.groeipad.platform.boundary.IfMatch;
import nl.groeipad.platform.entity.Precondition;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/**
 * A task: the participant ticks it off ({@code POST …/done}), undoes that ({@code DELETE …/done}), writes a
 * note or adds a photo; the coach changes or removes it; both may look at its photo. A task is read as part of
 * its plan (or the board); its {@code version} there is what the coach's change or removal names in If-Match.
 * The participant's actions need no precondition (see {@code TaskBoard}).
 */
@Path("v1/tasks")
@RequestScoped
@SecurityRequirement(name = "session")
public class TasksResource {

    @Inject
    CurrentSession session;

    @Inject
    TaskBoard board;

    @Inject
    Plans plans;

    @POST
    @Path("{id}/done")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "I did this task (participant); ticking a done task again changes nothing",
            description = "An idempotent state transition: no precondition needed (If-Match is checked when sent).")
    public TaskView done(@PathParam("id") String id,
            @HeaderParam(IfMatch.HEADER) @Parameter(in = ParameterIn.HEADER, description = IfMatch.OPTIONAL) String ifMatch) {
        var s = session.require();
        return board.tickOff(s, TaskId.of(id), Precondition.optional(ifMatch), null);
    }

    @DELETE
    @Path("{id}/done")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Undo the tick (participant); the note and photo stay",
            description = "An idempotent state transition: no precondition needed (If-Match is checked when sent).")
    public TaskView undo(@PathParam("id") String id,
            @HeaderParam(IfMatch.HEADER) @Parameter(in = ParameterIn.HEADER, description = IfMatch.OPTIONAL) String ifMatch) {
        var s = session.require();
        return board.undo(s, TaskId.of(id), Precondition.optional(ifMatch));
    }

    @PUT
    @Path("{id}/note")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Write a short note (at most 500 characters) with the task (participant); empty removes it",
            description = "No precondition needed: only the participant writes the note, replacing it whole "
                    + "(If-Match is checked when sent).")
    public TaskView note(@PathParam("id") String id,
            @HeaderParam(IfMatch.HEADER) @Parameter(in = ParameterIn.HEADER, description = IfMatch.OPTIONAL) String ifMatch,
            @NotNull(message = "{body.note}") @Valid NoteRequest request) {
        var s = session.require();
        return board.writeNote(s, TaskId.of(id), Precondition.optional(ifMatch), request.note());
    }

    @PUT
    @Path("{id}/photo")
    @Consumes("image/*")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add or replace the task's photo (participant): JPEG, PNG or WebP of at most 2 MB",
            description = "No precondition needed: only the participant adds the photo, replacing it whole "
                    + "(If-Match is checked when sent).")
    public TaskView photo(@PathParam("id") String id,
            @HeaderParam(IfMatch.HEADER) @Parameter(in = ParameterIn.HEADER, description = IfMatch.OPTIONAL) String ifMatch,
            InputStream body) throws IOException {
        var s = session.require();
        var seen = Precondition.optional(ifMatch);
        // Read one byte past the limit, never more: the domain refuses what is too large.
        var bytes = Uploads.readAtMost(body, Photo.MAX_BYTES);
        return board.addPhoto(s, TaskId.of(id), seen, bytes);
    }

    @DELETE
    @Path("{id}/photo")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Remove the task's photo (participant)",
            description = "No precondition needed: only the participant adds or removes the photo "
                    + "(If-Match is checked when sent).")
    public TaskView removePhoto(@PathParam("id") String id,
            @HeaderParam(IfMatch.HEADER) @Parameter(in = ParameterIn.HEADER, description = IfMatch.OPTIONAL) String ifMatch) {
        var s = session.require();
        return board.removePhoto(s, TaskId.of(id), Precondition.optional(ifMatch));
    }

    @GET
    @Path("{id}/photo")
    @Operation(summary = "The task's photo, for its participant and their coaches")
    public Response photo(@PathParam("id") String id) {
        var photo = board.photo(session.require(), TaskId.of(id));
        return Response.ok(photo.content(), photo.mediaType())
                .header("Content-Disposition", "inline")
                .header("Content-Security-Policy", "default-src 'none'; sandbox").build();
    }

    @GET
    @Path("{id}/lesson")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "How to start the task's learning material (\"Begin\"): its web address or its steps",
            description = "For the task's participant and their coaches; 404 for a task without learning material.")
    public LessonView lesson(@PathParam("id") String id) {
        return board.lesson(session.require(), TaskId.of(id));
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a task's title, day or learning material (coach)",
            description = "Read-modify-write: If-Match with the task's version is required.")
    @APIResponse(responseCode = "200", description = "The task as stored now, with its new version (also its ETag)")
    @APIResponse(responseCode = "412", description = IfMatch.STALE)
    @APIResponse(responseCode = "428", description = IfMatch.MISSING)
    public TaskView change(@PathParam("id") String id,
            @HeaderParam(IfMatch.HEADER) @Parameter(in = ParameterIn.HEADER, required = true, description = IfMatch.REQUIRED) String ifMatch,
            @NotNull(message = "{body.task}") @Valid TaskRequest request) {
        var s = session.require();
        return plans.changeTask(s, TaskId.of(id), Precondition.required(ifMatch), request.details());
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Remove a task with its note and photo (coach)",
            description = "If-Match with the task's version is required: only the task as the coach saw it is removed.")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "412", description = IfMatch.STALE)
    @APIResponse(responseCode = "428", description = IfMatch.MISSING)
    public Response remove(@PathParam("id") String id,
            @HeaderParam(IfMatch.HEADER) @Parameter(in = ParameterIn.HEADER, required = true, description = IfMatch.REQUIRED) String ifMatch) {
        var s = session.require();
        plans.removeTask(s, TaskId.of(id), Precondition.required(ifMatch));
        return Response.noContent().build();
    }
}
