package nl.groeipad.route.entity;

/** Whether a personal route is the one the participant follows now. Templates are always active. */
public enum RouteStatus {
    ACTIVE,
    /** Replaced by another personal route; kept, so what was done stays known. */
    ARCHIVED
}
