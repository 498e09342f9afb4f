package nl.groeipad.catalogue.entity;

import nl.groeipad.platform.entity.Problems.GroeipadProblem;
import nl.groeipad.platform.entity.Text;

/** A catalogue rule said no (HTTP 422): the request was understood, but the item does not allow it. */
public final class CatalogueRejection extends GroeipadProblem {

    private CatalogueRejection(String type, Text text) {
        super(type, text);
    }

    /** A copy of another organisation's shared item keeps that organisation's words. */
    public static CatalogueRejection readOnlyCopy() {
        return new CatalogueRejection("catalogue-read-only-copy", new Text(
                "Dit leermateriaal is gedeeld door een andere organisatie. Je kunt het niet aanpassen. "
                        + "Maak er een eigen kopie van als je het wilt veranderen.",
                "Another organisation shared this material. You cannot change it. "
                        + "Make your own duplicate if you want to change it."));
    }

    /** Only an organisation's own material (or its own links) may be shared with others. */
    public static CatalogueRejection notYoursToShare() {
        return new CatalogueRejection("catalogue-not-yours-to-share", new Text(
                "Dit leermateriaal komt van een andere organisatie. Alleen je eigen leermateriaal kun je delen.",
                "This material comes from another organisation. You can only share your own material."));
    }

    /** Copying is for other organisations' material; an organisation's own item is already in its catalogue. */
    public static CatalogueRejection ownSharedItem() {
        return new CatalogueRejection("catalogue-own-shared-item", new Text(
                "Dit leermateriaal is van je eigen organisatie. Het staat al in jullie leermateriaal.",
                "This material belongs to your own organisation. It is already in your catalogue."));
    }
}
