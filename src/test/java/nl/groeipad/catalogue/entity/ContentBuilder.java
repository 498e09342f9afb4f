package nl.groeipad.catalogue.entity;

/** Item content for tests: valid by default (a workplace assignment for "Veilig werken", level A); change one thing per test. */
public final class ContentBuilder {

    private String title = "Veiligheidsronde met je begeleider";
    private String description = "Loop een ronde en wijs drie gevaren aan.";
    private ItemKind kind = ItemKind.WORKPLACE_ASSIGNMENT;
    private String url;
    private CompetencyRef competency = CompetencyRef.titled("Veilig werken");
    private Levels levels = Levels.ofCode("A");
    private LearningStyles styles = LearningStyles.of(LearningStyle.DOING);
    private Integer minutes = 20;
    private String language = "nl";

    public static ContentBuilder validContent() {
        return new ContentBuilder();
    }

    public ContentBuilder title(String value) {
        title = value;
        return this;
    }

    public ContentBuilder description(String value) {
        description = value;
        return this;
    }

    public ContentBuilder kind(ItemKind value) {
        kind = value;
        return this;
    }

    public ContentBuilder url(String value) {
        url = value;
        return this;
    }

    /** An online lesson with an https address. */
    public ContentBuilder online() {
        kind = ItemKind.ONLINE_LESSON;
        url = "https://www.oefenen.nl/";
        return this;
    }

    public ContentBuilder competency(CompetencyRef value) {
        competency = value;
        return this;
    }

    public ContentBuilder levels(String code) {
        levels = Levels.ofCode(code);
        return this;
    }

    public ContentBuilder styles(LearningStyle... value) {
        styles = LearningStyles.of(value);
        return this;
    }

    public ContentBuilder minutes(Integer value) {
        minutes = value;
        return this;
    }

    public ContentBuilder language(String value) {
        language = value;
        return this;
    }

    public ItemContent build() {
        return new ItemContent(title, description, kind, url, competency, levels, styles, minutes, language);
    }
}
