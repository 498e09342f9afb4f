package nl.groeipad.credential.entity;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import nl.groeipad.competency.entity.Level;
import nl.groeipad.platform.entity.Problems.InvalidField;
import nl.groeipad.platform.entity.Sha256;
import nl.groeipad.platform.entity.TenantOwned;
import nl.groeipad.platform.entity.Text;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * A credential of a participant: a certificate the organisation issued through Groeipad ({@link CredentialKind#OWN}),
 * or external proof registered here. Append-only: once stored it never changes; a revocation is a
 * {@link Revocation} of its own. Its id is its public id ({@link PublicIds}, 256 random bits).
 *
 * <p>An own certificate holds everything its PDF, its Open Badges 2.0 assertion and its verification page are made
 * from, as it was when issued (names, titles, the competencies and levels reached, the coach's message), and its
 * Open Badges 3.0 credential as the signed VC-JWT, so later changes to a route, a framework or a name change
 * nothing that was issued.
 */
@Entity
@Table(name = "credential")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = TenantOwned.TENANT_PROPERTY, length = 36)
@NamedQuery(name = Credential.OF_PARTICIPANT, query = """
        select c from Credential c where c.courseId = :courseId and c.participantId = :participantId
        order by c.issuedAt desc, c.id""")
@NamedQuery(name = Credential.ALL, query = "select c from Credential c order by c.issuedAt desc, c.id")
@NamedQuery(name = Credential.ALL_OF_PERSON, query = """
        select c from Credential c where c.participantId = :participantId order by c.issuedAt desc, c.id""")
public class Credential {

    public static final String OF_PARTICIPANT = "Credential.ofParticipant";
    public static final String ALL_OF_PERSON = "Credential.allOfPerson";
    public static final String ALL = "Credential.all";
    public static final int MESSAGE_MAX = 1000;

    @Id
    private String id;
    @Enumerated(EnumType.STRING)
    private CredentialKind kind;
    @Column(name = "course_id")
    private String courseId;
    @Column(name = "participant_id")
    private String participantId;
    @Column(name = "participant_name")
    private String participantName;
    @Column(name = "recipient_email_hash")
    private String recipientEmailHash;
    @Column(name = "recipient_salt")
    private String recipientSalt;
    @Column(name = "subject_kind")
    private String subjectKind;
    @Column(name = "subject_id")
    private String subjectId;
    private String title;
    private String description;
    private String criteria;
    private String message;
    @Column(name = "framework_key")
    private String frameworkKey;
    @Column(name = "framework_title")
    private String frameworkTitle;
    private String achievements;
    private String institution;
    private String qualification;
    private String crebo;
    @Column(name = "certificate_number")
    private String certificateNumber;
    @Column(name = "obtained_on")
    private LocalDate obtainedOn;
    @Column(name = "recorded_by")
    private String recordedBy;
    @Column(name = "recorded_by_name")
    private String recordedByName;
    @Column(name = "organisation_name")
    private String organisationName;
    @Column(name = "issued_at")
    private Instant issuedAt;
    @Column(name = "valid_until")
    private Instant validUntil;
    @Column(name = "base_url")
    private String baseUrl;
    @Column(name = "key_id")
    private String keyId;
    @Column(name = "vc_jwt")
    private String vcJwt;
    @Column(name = "branch_issuer_id")
    private String branchIssuerId;
    @Column(name = "issuer_name")
    private String issuerName;
    @Column(name = "issuer_url")
    private String issuerUrl;
    @Column(name = "organisation_logo_id")
    private String organisationLogoId;
    @Column(name = "branch_logo_id")
    private String branchLogoId;

    protected Credential() {
        // for JPA
    }

    /** Who receives a certificate: the participant in a course, their name, and their e-mail address if the LMS sent one. */
    public record Recipient(String courseId, String participantId, String name, String email) {
        public Recipient {
            Objects.requireNonNull(courseId);
            Objects.requireNonNull(participantId);
            name = name == null || name.isBlank() ? "?" : clip(name.strip(), 200);
        }
    }

    /** What the certificate is for: a route (or a goal), its title, description, criteria and framework. */
    public record Subject(String kind, String id, String title, String description, String criteria,
                          String frameworkKey, String frameworkTitle, List<Achieved> achieved) {
    }

    /** Who issues: the coach and the organisation, at the tool's public base URL. */
    public record Issuer(String userId, String name, String organisationName, String baseUrl) {
    }

    /**
     * A new own certificate. Rules: at least one competency with a level reached; a title; a personal message of
     * at most {@value #MESSAGE_MAX} characters (optional). The signed VC-JWT is added once ({@link #sign}) before it
     * is stored.
     */
    public static Credential issue(Recipient to, Subject subject, Issuer by, String message, Instant now) {
        if (subject.achieved() == null || subject.achieved().isEmpty()) {
            throw new InvalidField("routeId", new Text(
                    "Deze route heeft nog geen doelen met een niveau. Voeg eerst doelen toe aan de route.",
                    "This route has no targets with a level yet. Add targets to the route first."));
        }
        if (subject.title() == null || subject.title().isBlank()) {
            throw new InvalidField("routeId", new Text("Deze route heeft geen naam.", "This route has no name."));
        }
        var trimmed = message == null ? null : message.strip();
        if (trimmed != null && trimmed.length() > MESSAGE_MAX) {
            throw new InvalidField("message", new Text("Je bericht is te lang: hoogstens " + MESSAGE_MAX + " tekens.",
                    "Your message is too long: at most " + MESSAGE_MAX + " characters."));
        }
        var c = new Credential();
        c.id = PublicIds.next();
        c.kind = CredentialKind.OWN;
        c.courseId = to.courseId();
        c.participantId = to.participantId();
        c.participantName = to.name();
        if (to.email() != null && !to.email().isBlank()) {
            c.recipientSalt = PublicIds.next().substring(0, 22);
            c.recipientEmailHash = "sha256$" + sha256(to.email().strip().toLowerCase(Locale.ROOT) + c.recipientSalt);
        }
        c.subjectKind = subject.kind();
        c.subjectId = subject.id();
        c.title = clip(subject.title().strip(), 200);
        c.description = subject.description();
        c.criteria = subject.criteria();
        c.message = trimmed == null || trimmed.isEmpty() ? null : trimmed;
        c.frameworkKey = subject.frameworkKey();
        c.frameworkTitle = subject.frameworkTitle() == null ? null : clip(subject.frameworkTitle(), 200);
        c.achievements = write(subject.achieved());
        c.recordedBy = by.userId();
        c.recordedByName = clip(by.name() == null || by.name().isBlank() ? "?" : by.name(), 200);
        c.organisationName = clip(by.organisationName(), 200);
        c.baseUrl = by.baseUrl();
        c.issuedAt = Objects.requireNonNull(now);
        return c;
    }

    /** What registered proof records: the kind, the school, the qualification (and crebo), date and number. */
    public record External(CredentialKind kind, String institution, String qualification, String crebo, String number,
                           LocalDate obtainedOn) {
    }

    /**
     * Proof obtained elsewhere (an mbo praktijkverklaring, certificate or diploma), registered by the coach or the
     * participant: not issued by us, so never signed. Rules: the kind is one of the three; institution and
     * qualification are required (at most 200 characters); a crebo is 5 digits; a number at most 60 characters; the
     * date is required and not in the future.
     */
    public static Credential register(Recipient of, External proof, Issuer recordedBy, Instant now, LocalDate today) {
        if (proof.kind() == null || proof.kind().issuedByUs()) {
            throw new InvalidField("kind", new Text("Kies wat voor bewijs het is.", "Choose what kind of proof it is."));
        }
        var institution = required("institution", proof.institution(), Text.of("Vul de school of instelling in.",
                "Fill in the school or institution."));
        var qualification = required("qualification", proof.qualification(), Text.of("Vul in waarvoor het is.",
                "Fill in what it is for."));
        var crebo = proof.crebo() == null || proof.crebo().isBlank() ? null : proof.crebo().strip();
        if (crebo != null && !crebo.matches("\\d{5}")) {
            throw new InvalidField("crebo", Text.of("Een crebonummer heeft 5 cijfers.", "A crebo number has 5 digits."));
        }
        var number = proof.number() == null || proof.number().isBlank() ? null : proof.number().strip();
        if (number != null && number.length() > 60) {
            throw new InvalidField("number", Text.of("Het nummer is te lang: hoogstens 60 tekens.",
                    "The number is too long: at most 60 characters."));
        }
        if (proof.obtainedOn() == null || proof.obtainedOn().isAfter(today)) {
            throw new InvalidField("obtainedOn", Text.of("Vul de datum in waarop je het kreeg (niet in de toekomst).",
                    "Fill in the date you received it (not in the future)."));
        }
        var c = new Credential();
        c.id = PublicIds.next();
        c.kind = proof.kind();
        c.courseId = of.courseId();
        c.participantId = of.participantId();
        c.participantName = of.name();
        c.title = qualification;
        c.institution = institution;
        c.qualification = qualification;
        c.crebo = crebo;
        c.certificateNumber = number;
        c.obtainedOn = proof.obtainedOn();
        c.recordedBy = recordedBy.userId();
        c.recordedByName = clip(recordedBy.name() == null || recordedBy.name().isBlank() ? "?" : recordedBy.name(), 200);
        c.organisationName = clip(recordedBy.organisationName(), 200);
        c.issuedAt = Objects.requireNonNull(now);
        return c;
    }

    private static String required(String field, String value, Text message) {
        if (value == null || value.isBlank()) {
            throw new InvalidField(field, message);
        }
        if (value.strip().length() > 200) {
            throw new InvalidField(field, Text.of("Dit is te lang: hoogstens 200 tekens.", "This is too long: at most 200 characters."));
        }
        return value.strip();
    }

    /** The signed Open Badges 3.0 credential, once, before the certificate is stored. */
    public void sign(String keyId, String jwt) {
        if (this.vcJwt != null) {
            throw new IllegalStateException("a credential is signed once");
        }
        this.keyId = Objects.requireNonNull(keyId);
        this.vcJwt = Objects.requireNonNull(jwt);
    }

    /** What a verifier hears, given the revocation if there is one. */
    public CredentialState state(Revocation revocation, Instant now) {
        if (revocation != null) {
            return CredentialState.REVOKED;
        }
        if (validUntil != null && !now.isBefore(validUntil)) {
            return CredentialState.EXPIRED;
        }
        return CredentialState.VALID;
    }

    public String id() {
        return id;
    }

    public CredentialKind kind() {
        return kind;
    }

    public String courseId() {
        return courseId;
    }

    public String participantId() {
        return participantId;
    }

    public String participantName() {
        return participantName;
    }

    public String recipientEmailHash() {
        return recipientEmailHash;
    }

    public String recipientSalt() {
        return recipientSalt;
    }

    public String subjectKind() {
        return subjectKind;
    }

    public String subjectId() {
        return subjectId;
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    public String criteria() {
        return criteria;
    }

    public String message() {
        return message;
    }

    public String frameworkKey() {
        return frameworkKey;
    }

    public String frameworkTitle() {
        return frameworkTitle;
    }

    public List<Achieved> achieved() {
        return read(achievements);
    }

    public String institution() {
        return institution;
    }

    public String qualification() {
        return qualification;
    }

    public String crebo() {
        return crebo;
    }

    public String certificateNumber() {
        return certificateNumber;
    }

    public LocalDate obtainedOn() {
        return obtainedOn;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public String recordedByName() {
        return recordedByName;
    }

    public String organisationName() {
        return organisationName;
    }

    public Instant issuedAt() {
        return issuedAt;
    }

    public Instant validUntil() {
        return validUntil;
    }

    public String baseUrl() {
        return baseUrl;
    }

    public String keyId() {
        return keyId;
    }

    /**
     * Issues this new certificate under a branch issuer (before it is signed and stored): it becomes a branch
     * certificate naming the branch issuer, its name and web address as they are now.
     */
    /**
     * The logos the certificate is issued with ({@link LogoSnapshot} ids; null: none): its PDF shows these for good,
     * whatever is uploaded later. Only before it is signed and stored.
     */
    public void withLogos(String organisationLogo, String branchLogo) {
        if (vcJwt != null || !kind.issuedByUs()) {
            throw new IllegalStateException("the logos are fixed when a certificate is issued");
        }
        this.organisationLogoId = organisationLogo;
        this.branchLogoId = branchLogo;
    }

    public String organisationLogoId() {
        return organisationLogoId;
    }

    public String branchLogoId() {
        return branchLogoId;
    }

    public void underBranch(String issuerId, String name, String url) {
        if (vcJwt != null || kind != CredentialKind.OWN) {
            throw new IllegalStateException("only a new, unsigned own certificate can be issued under a branch issuer");
        }
        this.kind = CredentialKind.BRANCH;
        this.branchIssuerId = Objects.requireNonNull(issuerId);
        this.issuerName = clip(Objects.requireNonNull(name), 200);
        this.issuerUrl = Objects.requireNonNull(url);
    }

    /** The branch issuer this certificate was issued under; null when the organisation issued it itself. */
    public String branchIssuerId() {
        return branchIssuerId;
    }

    /** Who issued it, by name: the branch issuer, or the organisation. */
    public String issuerName() {
        return issuerName != null ? issuerName : organisationName;
    }

    /** The branch issuer's web address when it was issued; null for an own certificate. */
    public String issuerUrl() {
        return issuerUrl;
    }

    public String vcJwt() {
        return vcJwt;
    }

    static String write(List<Achieved> achieved) {
        var array = Json.createArrayBuilder();
        for (var a : achieved) {
            var o = Json.createObjectBuilder().add("key", a.competencyKey()).add("title", a.title())
                    .add("level", a.level().name());
            if (a.competencyId() != null) {
                o.add("id", a.competencyId());
            }
            array.add(o);
        }
        return array.build().toString();
    }

    static List<Achieved> read(String json) {
        if (json == null || json.isBlank()) {
            return List.of();
        }
        try (var reader = Json.createReader(new StringReader(json))) {
            return reader.readArray().getValuesAs(JsonObject.class).stream()
                    .map(o -> new Achieved(o.getString("key"), o.getString("id", null), o.getString("title"),
                            Level.valueOf(o.getString("level"))))
                    .toList();
        }
    }

    static String sha256(String text) {
        return Sha256.hex(text);
    }

    static String clip(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
