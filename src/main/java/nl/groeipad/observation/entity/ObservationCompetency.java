package nl.groeipad.observation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Optional;
import nl.groeipad.platform.entity.Ids;
import nl.groeipad.platform.entity.TenantOwned;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/** A competency observed, with its result once the observation is concluded. */
@Entity
@Table(name = "observation_competency")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = TenantOwned.TENANT_PROPERTY, length = 36)
public class ObservationCompetency {

    @Id
    private String id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "observation_id")
    private Observation observation;
    @Column(name = "sort_order")
    private int position;
    @Column(name = "competency_key")
    private String competencyKey;
    @Column(name = "competency_title")
    private String competencyTitle;
    private Boolean reached;
    @Column(name = "indicators_reached")
    private Integer indicatorsReached;
    @Column(name = "indicators_total")
    private Integer indicatorsTotal;

    protected ObservationCompetency() {
    }

    ObservationCompetency(Observation observation, int position, String key, String title) {
        this.id = Ids.newId();
        this.observation = observation;
        this.position = position;
        this.competencyKey = key;
        this.competencyTitle = title;
    }

    void concluded(CompetencyResult result) {
        this.reached = result.reached();
        this.indicatorsReached = result.indicatorsReached();
        this.indicatorsTotal = result.indicatorsTotal();
    }

    public int position() {
        return position;
    }

    public String competencyKey() {
        return competencyKey;
    }

    public String competencyTitle() {
        return competencyTitle;
    }

    /** Empty until concluded. */
    public Optional<Boolean> reached() {
        return Optional.ofNullable(reached);
    }

    public Integer indicatorsReached() {
        return indicatorsReached;
    }

    public Integer indicatorsTotal() {
        return indicatorsTotal;
    }
}
