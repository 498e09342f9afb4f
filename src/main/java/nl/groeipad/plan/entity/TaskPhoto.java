package nl.groeipad.plan.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import nl.groeipad.platform.entity.TenantOwned;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * The bytes of the one photo a task may have, stored in the database (so every node serves it and a
 * backup holds it), in a table of its own so that reading tasks never reads images.
 */
@Entity
@Table(name = "plan_task_photo")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = TenantOwned.TENANT_PROPERTY, length = 36)
public class TaskPhoto {

    @Id
    @Column(name = "task_id")
    private String taskId;
    @Column(name = "media_type")
    private String mediaType;
    @Lob
    private byte[] content;
    @Column(name = "uploaded_at")
    private Instant uploadedAt;

    protected TaskPhoto() {
    }

    /** The photo of a task; the task is told. */
    public TaskPhoto(Task task, Photo photo, Instant at) {
        this.taskId = task.id();
        replaceWith(task, photo, at);
    }

    /** A new photo in place of the old one. */
    public void replaceWith(Task task, Photo photo, Instant at) {
        if (!task.id().equals(taskId)) {
            throw new IllegalArgumentException("the photo of another task");
        }
        this.mediaType = photo.mediaType();
        this.content = photo.content();
        this.uploadedAt = Objects.requireNonNull(at);
        task.photoAdded(photo, at);
    }

    public String taskId() {
        return taskId;
    }

    public String mediaType() {
        return mediaType;
    }

    public byte[] content() {
        return content.clone();
    }

    public Instant uploadedAt() {
        return uploadedAt;
    }
}
