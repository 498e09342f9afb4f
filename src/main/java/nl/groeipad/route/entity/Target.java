package nl.groeipad.route.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import nl.groeipad.competency.entity.Level;
import nl.groeipad.platform.entity.Ids;
import nl.groeipad.platform.entity.TenantOwned;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/** A target competency of a route with the level (A, B or C) the route works towards. Changed through its route. */
@Entity
@Table(name = "route_target")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = TenantOwned.TENANT_PROPERTY, length = 36)
public class Target {

    @Id
    private String id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "route_id")
    private Route route;
    @Column(name = "sort_order")
    private int position;
    @Column(name = "competency_key")
    private String competencyKey;
    @Column(name = "competency_id")
    private String competencyId;
    @Column(name = "competency_title")
    private String competencyTitle;
    @Enumerated(EnumType.STRING)
    @Column(name = "target_level")
    private Level level;

    protected Target() {
        // for JPA
    }

    Target(Route route, int position, RouteCompetency competency, Level level) {
        this.id = Ids.newId();
        this.route = route;
        this.position = position;
        this.competencyKey = competency.key();
        this.competencyId = competency.id();
        this.competencyTitle = competency.title();
        this.level = level;
    }

    Target copyFor(Route other) {
        return new Target(other, position, competency(), level);
    }

    void aimAt(Level newLevel) {
        this.level = newLevel;
    }

    void placeAt(int newPosition) {
        this.position = newPosition;
    }

    public String id() {
        return id;
    }

    public RouteCompetency competency() {
        return new RouteCompetency(competencyKey, competencyId, competencyTitle);
    }

    public String competencyKey() {
        return competencyKey;
    }

    public Level level() {
        return level;
    }

    public int position() {
        return position;
    }
}
