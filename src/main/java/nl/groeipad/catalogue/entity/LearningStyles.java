package nl.groeipad.catalogue.entity;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import nl.groeipad.platform.entity.Problems.InvalidField;
import nl.groeipad.platform.entity.Text;

/** The learning styles an item suits; stored as one boolean column per style so each can be filtered on. */
public record LearningStyles(Set<LearningStyle> styles) {

    public static final LearningStyles NONE = new LearningStyles(Set.of());

    public LearningStyles {
        styles = styles == null || styles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(styles));
    }

    public static LearningStyles of(LearningStyle... styles) {
        return new LearningStyles(Set.of(styles));
    }

    /** Codes such as {@code ["doing","watching"]} (Dutch words work too); null means none. */
    public static LearningStyles parse(Collection<String> codes) {
        if (codes == null) {
            return NONE;
        }
        var parsed = EnumSet.noneOf(LearningStyle.class);
        for (var code : codes) {
            parsed.add(LearningStyle.byCode(code).orElseThrow(() -> invalid("learningStyles")));
        }
        return new LearningStyles(parsed);
    }

    public static InvalidField invalid(String field) {
        return new InvalidField(field, new Text("Kies een leerstijl: doen, kijken, denken of voelen.",
                "Choose a learning style: doing, watching, thinking or feeling."));
    }

    public boolean has(LearningStyle style) {
        return styles.contains(style);
    }

    /** Codes in the fixed order of {@link LearningStyle}. */
    public List<String> codes() {
        return styles.stream().sorted().map(LearningStyle::code).toList();
    }
}
