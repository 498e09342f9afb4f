package nl.groeipad.route.entity;

/** What a route is for. */
public enum RouteKind {
    /** A route of the organisation that coaches copy for participants; participants never see it. */
    TEMPLATE,
    /** One participant's own route in one course. */
    PERSONAL
}
