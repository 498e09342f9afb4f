package nl.groeipad.competency.entity;

/**
 * What an imported CASE node brings along besides what Groeipad models: its identifier (which becomes the
 * node's key), its lastChangeDateTime, the full CFItem JSON and the JSON of the isChildOf association that
 * placed it. Kept verbatim so an export gives the package back without loss.
 *
 * @param key        the CASE identifier, a UUID; null for a new key
 * @param lastChange the CASE lastChangeDateTime (RFC 3339)
 * @param item       the CFItem as JSON, or null
 * @param parentLink the isChildOf CFAssociation as JSON, or null
 */
public record CaseOrigin(String key, String lastChange, String item, String parentLink) {

    /** A node written in Groeipad: no CASE past. */
    public static CaseOrigin none() {
        return new CaseOrigin(null, null, null, null);
    }

    public static CaseOrigin withKey(String key) {
        return new CaseOrigin(key, null, null, null);
    }
}
