package nl.groeipad.route.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import nl.groeipad.competency.entity.Level;
import nl.groeipad.platform.entity.Ids;
import nl.groeipad.platform.entity.Problems.NotFound;
import nl.groeipad.platform.entity.Text;
import nl.groeipad.platform.entity.TenantOwned;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

/**
 * One step of a route: what to do (title and plain-language description), for which competency and level,
 * and the catalogue items that help, in order — some flagged as suggested workplace assignments. Changed
 * through its route.
 */
@Entity
@Table(name = "route_step")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = TenantOwned.TENANT_PROPERTY, length = 36)
public class Step {

    @Id
    private String id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "route_id")
    private Route route;
    @Column(name = "sort_order")
    private int position;
    private String title;
    private String description;
    @Column(name = "competency_key")
    private String competencyKey;
    @Column(name = "competency_id")
    private String competencyId;
    @Column(name = "competency_title")
    private String competencyTitle;
    @Enumerated(EnumType.STRING)
    @Column(name = "step_level")
    private Level level;

    @OneToMany(mappedBy = "step", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    @BatchFetch(BatchFetchType.IN)
    private List<StepItem> items = new ArrayList<>();

    protected Step() {
        // for JPA
    }

    Step(Route route, int position, StepDetails details, RouteCompetency competency) {
        this.id = Ids.newId();
        this.route = route;
        this.position = position;
        describe(details, competency);
    }

    Step copyFor(Route other) {
        var copy = new Step(other, position, details(), competency());
        items.forEach(item -> copy.items.add(item.copyFor(copy)));
        return copy;
    }

    void describe(StepDetails details, RouteCompetency competency) {
        this.title = details.title();
        this.description = details.description();
        this.competencyKey = competency.key();
        this.competencyId = competency.id();
        this.competencyTitle = competency.title();
        this.level = details.level();
    }

    /**
     * Links a catalogue item at the end of the step. {@code suggested}: as a suggested workplace assignment,
     * which only a workplace assignment can be. An item is linked to a step once.
     */
    void link(Material material, boolean suggested) {
        if (suggested && !material.workplaceAssignment()) {
            throw RouteRules.notAWorkplaceAssignment();
        }
        if (item(material.itemId()).isPresent()) {
            throw RouteRules.alreadyLinked();
        }
        items.add(new StepItem(this, items.size(), material.itemId(), suggested));
    }

    void unlink(String itemId) {
        items.remove(require(itemId));
        renumber();
    }

    void moveItem(String itemId, int newPosition) {
        var item = require(itemId);
        items.remove(item);
        items.add(Math.clamp(newPosition, 0, items.size()), item);
        renumber();
    }

    void placeAt(int newPosition) {
        this.position = newPosition;
    }

    void parkItems() {
        items.forEach(i -> i.placeAt(Route.parked(i.position())));
    }

    private Optional<StepItem> item(String itemId) {
        return items.stream().filter(i -> i.itemId().equals(itemId)).findFirst();
    }

    private StepItem require(String itemId) {
        return item(itemId).orElseThrow(() -> NotFound.of(Text.of("dit leermateriaal in deze stap", "this material in this step")));
    }

    private void renumber() {
        for (var i = 0; i < items.size(); i++) {
            items.get(i).placeAt(i);
        }
    }

    public String id() {
        return id;
    }

    public int position() {
        return position;
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    public RouteCompetency competency() {
        return new RouteCompetency(competencyKey, competencyId, competencyTitle);
    }

    public Level level() {
        return level;
    }

    public StepDetails details() {
        return new StepDetails(title, description, competencyKey, level);
    }

    public List<StepItem> items() {
        return Collections.unmodifiableList(items);
    }
}
