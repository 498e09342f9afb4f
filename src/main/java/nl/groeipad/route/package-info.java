/**
 * Development routes (ontwikkelroutes): the way from where a participant stands to the level they work
 * towards, in steps a person understands.
 *
 * <h2>What a route is</h2>
 * A route is built on one version of a competency framework. It names <b>target competencies</b>, each with
 * the WPO level (A, B or C) the route works towards, and <b>ordered steps</b>: a title and a plain-language
 * description of what to do, the competency and level the step works on, linked <b>catalogue items</b> in
 * order, some of them flagged as <b>suggested workplace assignments</b> (werkplekopdrachten).
 *
 * <h2>Templates and personal routes</h2>
 * <ul>
 *   <li>A <b>template</b> belongs to the organisation; coaches (and admins) create and edit templates.
 *       Participants never see templates. Every organisation gets the starter route "Starten in de
 *       groenvoorziening" on the starter framework, once, when it is registered.</li>
 *   <li>A <b>personal route</b> is a participant's own route in one course: a copy of a template (it keeps a
 *       reference to the template it came from) or built from scratch. The coach of that course adapts it
 *       with the same operations; the template does not change. A participant has at most one active personal
 *       route per course; giving another one archives the previous. The participant reads it ("Mijn route").</li>
 * </ul>
 *
 * <h2>Rules and where they live</h2>
 * The aggregate {@link nl.groeipad.route.entity.Route} holds the rules: a title is required; a target level is
 * A, B or C; every competency a target or step names must belong to the route's framework version (the
 * control passes that version, read through {@code competency.control.Frameworks}, as a
 * {@link nl.groeipad.route.entity.FrameworkVersion}); an item is linked to a step once; only a workplace
 * assignment can be a suggested workplace assignment. Who may do what is the access policy
 * ({@code people.control.CourseAccess}), applied in {@link nl.groeipad.route.control.Routes}: coaches of the
 * organisation for templates, the coach of the course for personal routes, the participant for their own route
 * only; anything else is 404 (403 for a participant who tries a coach's action).
 *
 * <h2>Other features</h2>
 * Competencies are referred to by key and by the version's competency row id; catalogue items by id, read
 * through {@code catalogue.control.Catalogue} (one query per route view).
 */
package nl.groeipad.route;
