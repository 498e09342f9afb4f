package nl.groeipad.catalogue.entity;

import java.util.Locale;
import java.util.Optional;

/** Where an item comes from. */
public enum ItemSource {
    /** Made by a coach of this organisation. */
    OWN("own"),
    /** Copied from another organisation's shared item: read-only; it can be removed or duplicated as own. */
    SHARED_COPY("shared-copy"),
    /** A link to material on an external site such as WERK-portal, Oefenen.nl or Steffie, named by {@code sourceName}. */
    EXTERNAL("external");

    private final String code;

    ItemSource(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<ItemSource> byCode(String value) {
        if (value == null) {
            return Optional.empty();
        }
        var wanted = value.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        for (var source : values()) {
            if (source.code.equals(wanted)) {
                return Optional.of(source);
            }
        }
        return Optional.empty();
    }
}
