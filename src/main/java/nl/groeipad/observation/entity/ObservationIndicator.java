package nl.groeipad.observation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import nl.groeipad.platform.entity.Ids;
import nl.groeipad.platform.entity.TenantOwned;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/** A behavioural indicator observed (fixed when the observation starts), with its competency's key. */
@Entity
@Table(name = "observation_indicator")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = TenantOwned.TENANT_PROPERTY, length = 36)
public class ObservationIndicator {

    @Id
    private String id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "observation_id")
    private Observation observation;
    @Column(name = "sort_order")
    private int position;
    @Column(name = "indicator_id")
    private String indicatorId;
    @Column(name = "competency_key")
    private String competencyKey;

    protected ObservationIndicator() {
    }

    ObservationIndicator(Observation observation, int position, String indicatorId, String competencyKey) {
        this.id = Ids.newId();
        this.observation = observation;
        this.position = position;
        this.indicatorId = indicatorId;
        this.competencyKey = competencyKey;
    }

    public int position() {
        return position;
    }

    public String indicatorId() {
        return indicatorId;
    }

    public String competencyKey() {
        return competencyKey;
    }
}
