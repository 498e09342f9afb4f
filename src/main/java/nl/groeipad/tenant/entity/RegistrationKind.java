package nl.groeipad.tenant.entity;

import nl.groeipad.platform.entity.Published;

/** How a platform came to be registered. */
@Published
public enum RegistrationKind {
    /** LTI Dynamic Registration 1.0, started by the platform's administrator. */
    DYNAMIC,
    /** Entered by an operator on the admin page or through the admin API. */
    MANUAL,
    /** The built-in test platform of demo mode. */
    DEMO
}
