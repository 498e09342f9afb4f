package nl.groeipad.people.entity;

/** Personal details a platform may send with a launch; every field is optional. */
public record PersonalDetails(String givenName, String familyName, String name, String email, String locale) {
}
