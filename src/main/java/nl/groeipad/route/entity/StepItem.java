package nl.groeipad.route.entity;

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

/** A catalogue item linked to a route step, in order; {@code suggested}: a suggested workplace assignment. */
@Entity
@Table(name = "route_step_item")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = TenantOwned.TENANT_PROPERTY, length = 36)
public class StepItem {

    @Id
    private String id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "step_id")
    private Step step;
    @Column(name = "sort_order")
    private int position;
    @Column(name = "item_id")
    private String itemId;
    private boolean suggested;

    protected StepItem() {
        // for JPA
    }

    StepItem(Step step, int position, String itemId, boolean suggested) {
        this.id = Ids.newId();
        this.step = step;
        this.position = position;
        this.itemId = itemId;
        this.suggested = suggested;
    }

    StepItem copyFor(Step other) {
        return new StepItem(other, position, itemId, suggested);
    }

    void placeAt(int newPosition) {
        this.position = newPosition;
    }

    public String itemId() {
        return itemId;
    }

    /** A suggested workplace assignment (werkplekopdracht), rather than material to study. */
    public boolean suggested() {
        return suggested;
    }

    public int position() {
        return position;
    }
}
