package nl.groeipad.competency.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.groeipad.platform.entity.Ids;
import nl.groeipad.platform.entity.TenantOwned;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * A competency in one framework version, e.g. "Advies vragen en anderen erbij betrekken", with its behavioural
 * indicators in order. Its key stays the same in every version of the framework; other features refer to it
 * by that key. Changed only through its {@link Framework}, and only while that version is a draft.
 */
@Entity
@Table(name = "competency")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = TenantOwned.TENANT_PROPERTY, length = 36)
public class Competency {

    public static final int DESCRIPTION_MAX = 10000;

    @Id
    private String id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "framework_id")
    private Framework framework;
    @Column(name = "competency_key")
    private String key;
    @Column(name = "group_key")
    private String groupKey;
    @Column(name = "sort_order")
    private int position;
    private String code;
    private String title;
    private String description;
    @Column(name = "last_change")
    private String lastChange;
    @Column(name = "case_item")
    private String caseItem;
    @Column(name = "case_parent_link")
    private String caseParentLink;

    @OneToMany(mappedBy = "competency", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    @BatchFetch(BatchFetchType.IN)
    private List<BehaviouralIndicator> indicators = new ArrayList<>();

    protected Competency() {
    }

    Competency(Framework framework, String groupKey, int position, String code, String title, String description,
               CaseOrigin origin, Instant now) {
        this.id = Ids.newId();
        this.framework = framework;
        this.key = Checks.key("key", origin.key());
        this.groupKey = groupKey;
        this.position = position;
        this.code = Checks.optional("code", code, Checks.CODE);
        this.title = Checks.required("title", title, Checks.TITLE);
        this.description = Checks.optional("description", description, DESCRIPTION_MAX);
        this.lastChange = origin.lastChange() != null ? origin.lastChange() : Framework.stamp(now);
        this.caseItem = origin.item();
        this.caseParentLink = origin.parentLink();
    }

    Competency copyInto(Framework draft) {
        var copy = new Competency();
        copy.id = Ids.newId();
        copy.framework = draft;
        copy.key = key;
        copy.groupKey = groupKey;
        copy.position = position;
        copy.code = code;
        copy.title = title;
        copy.description = description;
        copy.lastChange = lastChange;
        copy.caseItem = caseItem;
        copy.caseParentLink = caseParentLink;
        indicators.forEach(i -> copy.indicators.add(i.copyInto(copy)));
        return copy;
    }

    void describe(String newCode, String newTitle, String newDescription, Instant now) {
        var c = Checks.optional("code", newCode, Checks.CODE);
        var t = Checks.required("title", newTitle, Checks.TITLE);
        var d = Checks.optional("description", newDescription, DESCRIPTION_MAX);
        if (!Objects.equals(c, code) || !t.equals(title) || !Objects.equals(d, description)) {
            code = c;
            title = t;
            description = d;
            lastChange = Framework.stamp(now);
        }
    }

    void placeAt(String newGroupKey, int newPosition) {
        if (!Objects.equals(newGroupKey, groupKey) || newPosition != Framework.unparked(position)) {
            caseParentLink = null;
        }
        groupKey = newGroupKey;
        position = newPosition;
    }

    /** To a temporary position below zero before its list is renumbered (see {@link Framework#parkAround}). */
    void park() {
        position = Framework.parked(position);
    }

    BehaviouralIndicator addIndicator(String code, String description, LevelTexts levels, CaseOrigin origin, Instant now) {
        var indicator = new BehaviouralIndicator(this, indicators.size(), code, description, levels, origin, now);
        indicators.add(indicator);
        return indicator;
    }

    void removeIndicator(BehaviouralIndicator indicator) {
        indicators.remove(indicator);
        renumber();
    }

    void moveIndicator(BehaviouralIndicator indicator, int newPosition) {
        indicators.remove(indicator);
        indicators.add(Math.clamp(newPosition, 0, indicators.size()), indicator);
        renumber();
    }

    void parkIndicators() {
        indicators.forEach(BehaviouralIndicator::park);
    }

    private void renumber() {
        for (var i = 0; i < indicators.size(); i++) {
            indicators.get(i).placeAt(this, i);
        }
    }

    public Optional<BehaviouralIndicator> indicator(String indicatorId) {
        return indicators.stream().filter(i -> i.id().equals(indicatorId)).findFirst();
    }

    public Optional<BehaviouralIndicator> indicatorByKey(String indicatorKey) {
        return indicators.stream().filter(i -> i.key().equals(indicatorKey)).findFirst();
    }

    public List<BehaviouralIndicator> indicators() {
        return indicators.stream().sorted(java.util.Comparator.comparingInt(BehaviouralIndicator::position)).toList();
    }

    public Framework framework() {
        return framework;
    }

    public String id() {
        return id;
    }

    public String key() {
        return key;
    }

    public String groupKey() {
        return groupKey;
    }

    public int position() {
        return position;
    }

    public String code() {
        return code;
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    public String lastChange() {
        return lastChange;
    }

    public String caseItem() {
        return caseItem;
    }

    public String caseParentLink() {
        return caseParentLink;
    }
}
