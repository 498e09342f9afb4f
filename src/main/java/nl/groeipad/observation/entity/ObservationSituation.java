package nl.groeipad.observation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import nl.groeipad.platform.entity.Ids;
import nl.groeipad.platform.entity.TenantOwned;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/** A work situation the coach named ("inpakken lijn 2", "magazijn"). */
@Entity
@Table(name = "observation_situation")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = TenantOwned.TENANT_PROPERTY, length = 36)
public class ObservationSituation {

    @Id
    private String id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "observation_id")
    private Observation observation;
    @Column(name = "sort_order")
    private int position;
    private String name;
    @Column(name = "added_by")
    private String addedBy;
    @Column(name = "added_at")
    private Instant addedAt;

    protected ObservationSituation() {
    }

    ObservationSituation(Observation observation, int position, String name, String addedBy, Instant now) {
        this.id = Ids.newId();
        this.observation = observation;
        this.position = position;
        this.name = name;
        this.addedBy = addedBy;
        this.addedAt = now;
    }

    public String id() {
        return id;
    }

    public int position() {
        return position;
    }

    public String name() {
        return name;
    }

    public String addedBy() {
        return addedBy;
    }

    public Instant addedAt() {
        return addedAt;
    }

    public String observationId() {
        return observation.id();
    }
}
