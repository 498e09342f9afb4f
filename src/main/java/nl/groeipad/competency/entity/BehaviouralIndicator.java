package nl.groeipad.competency.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import nl.groeipad.platform.entity.Ids;
import nl.groeipad.platform.entity.TenantOwned;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * A behavioural indicator (gedragsindicator): observable, SMART behaviour that shows a competency, e.g.
 * "Vraagt een collega om advies als hij iets niet weet", described at the development levels A, B and C and
 * scored 1–5. Coaches observe and score against it; plans point at its row id in one framework version.
 */
@Entity
@Table(name = "behavioural_indicator")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = TenantOwned.TENANT_PROPERTY, length = 36)
public class BehaviouralIndicator {

    public static final int DESCRIPTION_MAX = 5000;

    @Id
    private String id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "competency_id")
    private Competency competency;
    @Column(name = "indicator_key")
    private String key;
    @Column(name = "sort_order")
    private int position;
    private String code;
    private String description;
    @Column(name = "level_a")
    private String levelA;
    @Column(name = "level_b")
    private String levelB;
    @Column(name = "level_c")
    private String levelC;
    @Column(name = "last_change")
    private String lastChange;
    @Column(name = "case_item")
    private String caseItem;
    @Column(name = "case_parent_link")
    private String caseParentLink;

    protected BehaviouralIndicator() {
    }

    BehaviouralIndicator(Competency competency, int position, String code, String description, LevelTexts levels,
                         CaseOrigin origin, Instant now) {
        this.id = Ids.newId();
        this.competency = competency;
        this.key = Checks.key("key", origin.key());
        this.position = position;
        this.code = Checks.optional("code", code, Checks.CODE);
        this.description = Checks.required("description", description, DESCRIPTION_MAX);
        setLevels(Objects.requireNonNull(levels));
        this.lastChange = origin.lastChange() != null ? origin.lastChange() : Framework.stamp(now);
        this.caseItem = origin.item();
        this.caseParentLink = origin.parentLink();
    }

    BehaviouralIndicator copyInto(Competency draft) {
        var copy = new BehaviouralIndicator();
        copy.id = Ids.newId();
        copy.competency = draft;
        copy.key = key;
        copy.position = position;
        copy.code = code;
        copy.description = description;
        copy.levelA = levelA;
        copy.levelB = levelB;
        copy.levelC = levelC;
        copy.lastChange = lastChange;
        copy.caseItem = caseItem;
        copy.caseParentLink = caseParentLink;
        return copy;
    }

    void revise(String newCode, String newDescription, LevelTexts newLevels, Instant now) {
        var c = Checks.optional("code", newCode, Checks.CODE);
        var d = Checks.required("description", newDescription, DESCRIPTION_MAX);
        if (!Objects.equals(c, code) || !d.equals(description) || !Objects.requireNonNull(newLevels).equals(levels())) {
            code = c;
            description = d;
            setLevels(newLevels);
            lastChange = Framework.stamp(now);
        }
    }

    void placeAt(Competency newCompetency, int newPosition) {
        if (newCompetency != competency || newPosition != Framework.unparked(position)) {
            caseParentLink = null;
        }
        competency = newCompetency;
        position = newPosition;
    }

    /** To a temporary position below zero before its list is renumbered (see {@link Framework#parkAround}). */
    void park() {
        position = Framework.parked(position);
    }

    private void setLevels(LevelTexts levels) {
        levelA = levels.a();
        levelB = levels.b();
        levelC = levels.c();
    }

    public String id() {
        return id;
    }

    public String key() {
        return key;
    }

    public Competency competency() {
        return competency;
    }

    public int position() {
        return position;
    }

    public String code() {
        return code;
    }

    public String description() {
        return description;
    }

    public LevelTexts levels() {
        return new LevelTexts(levelA, levelB, levelC);
    }

    /** What this indicator asks at a development level; C is the mbo-Entree standard. */
    public String at(Level level) {
        return levels().at(level);
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
