package nl.groeipad.plan.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
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
import nl.groeipad.plan.control.PlanViews.TaskView;
import nl.groeipad.plan.control.Plans;
import nl.groeipad.plan.control.TaskBoard;
import nl.groeipad.plan.entity.Photo;
import nl.groeipad.platform.control.CurrentSession;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/**
 * A task: the participant ticks it off ({@code POST …/done}), undoes that ({@code DELETE …/done}), writes a
 * note or adds a photo; the coach changes or removes it; both may look at its photo.
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
    @Operation(summary = "I did this task (participant); ticking a done task again changes nothing")
    public TaskView done(@PathParam("id") String id) {
        return board.tickOff(session.require(), id, null);
    }

    @DELETE
    @Path("{id}/done")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Undo the tick (participant); the note and photo stay")
    public TaskView undo(@PathParam("id") String id) {
        return board.undo(session.require(), id);
    }

    @PUT
    @Path("{id}/note")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Write a short note (at most 500 characters) with the task (participant); empty removes it")
    public TaskView note(@PathParam("id") String id,
            @NotNull(message = "{body.note}") @Valid NoteRequest request) {
        return board.writeNote(session.require(), id, request.note());
    }

    @PUT
    @Path("{id}/photo")
    @Consumes("image/*")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add or replace the task's photo (participant): JPEG, PNG or WebP of at most 2 MB")
    public TaskView photo(@PathParam("id") String id, InputStream body) throws IOException {
        var s = session.require();
        // Read one byte past the limit, never more: the domain refuses what is too large.
        var bytes = body == null ? new byte[0] : body.readNBytes(Photo.MAX_BYTES + 1);
        return board.addPhoto(s, id, bytes);
    }

    @DELETE
    @Path("{id}/photo")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Remove the task's photo (participant)")
    public TaskView removePhoto(@PathParam("id") String id) {
        return board.removePhoto(session.require(), id);
    }

    @GET
    @Path("{id}/photo")
    @Operation(summary = "The task's photo, for its participant and their coaches")
    public Response photo(@PathParam("id") String id) {
        var photo = board.photo(session.require(), id);
        return Response.ok(photo.content(), photo.mediaType())
                .header("Content-Disposition", "inline")
                .header("Content-Security-Policy", "default-src 'none'; sandbox").build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a task's title, day or learning material (coach)")
    public TaskView change(@PathParam("id") String id,
            @NotNull(message = "{body.task}") @Valid TaskRequest request) {
        return plans.changeTask(session.require(), id, request.details());
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Remove a task with its note and photo (coach)")
    public Response remove(@PathParam("id") String id) {
        plans.removeTask(session.require(), id);
        return Response.noContent().build();
    }
}
