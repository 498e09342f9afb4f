package nl.groeipad.people.entity;

import nl.groeipad.platform.entity.Published;

/** Personal details a platform may send with a launch; every field is optional. */
@Published
public record PersonalDetails(String givenName, String familyName, String name, String email, String locale) {
}
