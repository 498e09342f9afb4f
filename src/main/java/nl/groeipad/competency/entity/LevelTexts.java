package nl.groeipad.competency.entity;

/**
 * What an indicator looks like at each development level: A, B and C (C = mbo-Entree). A text may be empty
 * while a framework is being written, or when an imported framework has no levels.
 */
public record LevelTexts(String a, String b, String c) {

    public static final int MAX = 2000;

    public LevelTexts {
        a = Checks.optional("levelA", a, MAX);
        b = Checks.optional("levelB", b, MAX);
        c = Checks.optional("levelC", c, MAX);
    }

    public static LevelTexts none() {
        return new LevelTexts(null, null, null);
    }

    public String at(Level level) {
        return switch (level) {
            case A -> a;
            case B -> b;
            case C -> c;
        };
    }

    public boolean isEmpty() {
        return a == null && b == null && c == null;
    }
}
