package nl.groeipad.platform.control;

/** CDI event: an organisation (a platform registration) was registered or removed on this node. */
public record TenantsChanged() {
}
