package nl.groeipad.catalogue.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import nl.groeipad.platform.entity.Ids;
import nl.groeipad.platform.entity.Problems.InvalidField;
import nl.groeipad.platform.entity.TenantId;
import nl.groeipad.platform.entity.TenantOwned;
import nl.groeipad.platform.entity.Text;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * One piece of learning material in an organisation's catalogue: an online lesson, a video, an LMS activity,
 * a workplace assignment (werkplekopdracht), an offline training or a conversation, with the competency and
 * level(s) it trains.
 *
 * <p>Life cycle:
 * <ul>
 *   <li>A coach <b>creates</b> it as the organisation's {@link ItemSource#OWN own} material, or as a link to an
 *       {@link ItemSource#EXTERNAL external} site (then it names the site and has an https address).</li>
 *   <li>Coaches of the organisation {@link #revise revise} and remove it.</li>
 *   <li>A coach may {@link #shareWithOtherOrganisations share} it: a snapshot is published to the global list of
 *       shared material; revising a shared item refreshes that snapshot; {@link #stopSharing() un-sharing}
 *       withdraws it (copies other organisations made stay theirs).</li>
 *   <li>Another organisation {@link #copyOf copies} a shared snapshot into its own catalogue as a
 *       {@link ItemSource#SHARED_COPY shared copy}: read-only, because the words are the sharing organisation's.
 *       It can be removed, or {@link #duplicateAsOwn duplicated as own} material that is then free to change.</li>
 * </ul>
 * Its {@link #version()} rises with every change (revised, shared, withdrawn); a change names the version it was
 * made on (If-Match), so two coaches revising one item never silently overwrite each other.
 */
@Entity
@Table(name = "catalogue_item")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = TenantOwned.TENANT_PROPERTY, length = 36)
@NamedQuery(name = CatalogueItem.BY_IDS, query = "select i from CatalogueItem i where i.id in :ids")
@NamedQuery(name = CatalogueItem.COPIES_OF,
        query = "select i.originSharedId, i.id from CatalogueItem i where i.originSharedId in :sharedIds")
@NamedQuery(name = CatalogueItem.COMPETENCIES, query = """
        select distinct i.content.competencyKey, i.content.competencyTitle from CatalogueItem i
        where i.content.competencyKey is not null or i.content.competencyTitle is not null
        order by i.content.competencyTitle, i.content.competencyKey""")
public class CatalogueItem {

    public static final String BY_IDS = "CatalogueItem.byIds";
    public static final String COPIES_OF = "CatalogueItem.copiesOf";
    public static final String COMPETENCIES = "CatalogueItem.competencies";
    public static final int SOURCE_NAME_MAX = 200;

    @Id
    private String id;
    @Version
    private int version;
    @Embedded
    private ItemContent content;
    @Enumerated(EnumType.STRING)
    private ItemSource source;
    @Column(name = "source_name")
    private String sourceName;
    @Column(name = "origin_shared_id")
    private String originSharedId;
    @Column(name = "shared_id")
    private String sharedId;
    @Column(name = "created_by")
    private String createdBy;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "updated_at")
    private Instant updatedAt;

    protected CatalogueItem() {
        // for JPA
    }

    private CatalogueItem(ItemContent content, ItemSource source, String sourceName, String originSharedId,
                          String createdBy, Instant now) {
        this.id = Ids.newId();
        this.content = Objects.requireNonNull(content);
        this.source = source;
        this.sourceName = sourceName;
        this.originSharedId = originSharedId;
        this.createdBy = createdBy;
        this.createdAt = Objects.requireNonNull(now);
        this.updatedAt = now;
    }

    /**
     * New material of this organisation: {@link ItemSource#OWN own}, or an {@link ItemSource#EXTERNAL external}
     * link that names its site and has a web address.
     *
     * @param createdBy the coach's user id; null for material Groeipad imports itself (the demo catalogue)
     */
    public static CatalogueItem create(ItemContent content, ItemSource source, String sourceName, String createdBy,
                                       Instant now) {
        return new CatalogueItem(content, checkSource(source), checkSourceName(source, sourceName, content),
                null, createdBy, now);
    }

    /** A read-only copy of another organisation's shared material, in this organisation's catalogue. */
    public static CatalogueItem copyOf(SharedCatalogueItem shared, String copiedBy, Instant now) {
        return new CatalogueItem(shared.content().copy(), ItemSource.SHARED_COPY, shared.organisationName(),
                shared.id(), copiedBy, now);
    }

    /** Coaches change their own material; a copy of another organisation's material cannot be changed. */
    public void revise(ItemContent newContent, ItemSource newSource, String newSourceName, Instant now) {
        if (isReadOnly()) {
            throw CatalogueRejection.readOnlyCopy();
        }
        var checkedSource = checkSource(newSource);
        this.sourceName = checkSourceName(checkedSource, newSourceName, Objects.requireNonNull(newContent));
        this.source = checkedSource;
        this.content = newContent;
        this.updatedAt = now;
    }

    /**
     * Publishes a snapshot of this item to the global list of shared material, under the organisation's
     * display name. Only own material and own links can be shared.
     */
    public SharedCatalogueItem shareWithOtherOrganisations(TenantId owner, String organisationName, Instant now) {
        if (isReadOnly()) {
            throw CatalogueRejection.notYoursToShare();
        }
        if (isShared()) {
            throw new IllegalStateException("already shared as " + sharedId);
        }
        var snapshot = new SharedCatalogueItem(owner, this, organisationName, now);
        this.sharedId = snapshot.id();
        return snapshot;
    }

    /** Withdraws the item from the shared list; answers the snapshot to remove, if it was shared. */
    public Optional<String> stopSharing() {
        var was = Optional.ofNullable(sharedId);
        sharedId = null;
        return was;
    }

    /** A new, changeable item of this organisation with the same content (e.g. to adapt a shared copy). */
    public CatalogueItem duplicateAsOwn(String by, Instant now) {
        return new CatalogueItem(content.copy(), ItemSource.OWN, null, null, by, now);
    }

    public boolean isReadOnly() {
        return source == ItemSource.SHARED_COPY;
    }

    public boolean isShared() {
        return sharedId != null;
    }

    private static ItemSource checkSource(ItemSource source) {
        if (source != ItemSource.OWN && source != ItemSource.EXTERNAL) {
            throw new InvalidField("source", new Text("Kies of dit eigen leermateriaal is of een link naar een andere site.",
                    "Choose whether this is your own material or a link to another site."));
        }
        return source;
    }

    private static String checkSourceName(ItemSource source, String sourceName, ItemContent content) {
        if (source == ItemSource.OWN) {
            return null;
        }
        var name = ItemContent.optionalText("sourceName", sourceName, SOURCE_NAME_MAX);
        if (name == null) {
            throw new InvalidField("sourceName", new Text("Vul de naam van de site in, bijvoorbeeld Oefenen.nl.",
                    "Enter the name of the site, for example Oefenen.nl."));
        }
        if (content.url() == null) {
            throw new InvalidField("url", new Text("Een link naar een andere site heeft een webadres nodig (https://).",
                    "A link to another site needs a web address (https://)."));
        }
        return name;
    }

    public String id() {
        return id;
    }

    /** Rises with every change to the item; 0 until first stored. */
    public int version() {
        return version;
    }

    /** The item as a person names it: "het leermateriaal ‘Veilig stilzetten’". */
    public Text label() {
        return new Text("het leermateriaal ‘" + content.title() + "’", "the material ‘" + content.title() + "’");
    }

    /**
     * Analyses the content again for search ({@link SearchTerms}), e.g. when the analysis changed; the words stay as
     * they are. True when the stored terms differ.
     */
    public boolean renewSearchTerms() {
        var renewed = content.copy();
        if (java.util.Objects.equals(renewed.searchTerms(), content.searchTerms())
                && java.util.Objects.equals(renewed.searchText(), content.searchText())) {
            return false;
        }
        content = renewed;
        return true;
    }

    public ItemContent content() {
        return content;
    }

    public ItemSource source() {
        return source;
    }

    public String sourceName() {
        return sourceName;
    }

    public String originSharedId() {
        return originSharedId;
    }

    public String sharedId() {
        return sharedId;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
