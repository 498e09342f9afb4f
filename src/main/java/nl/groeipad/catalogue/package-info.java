/**
 * The catalogue of learning material: the one up-to-date overview of what a participant can do to grow in a
 * competency — online lessons and links, LMS activities, videos, workplace assignments (werkplekopdrachten),
 * offline trainings and conversations — each tagged with the competency and the WPO level(s) A/B/C it trains,
 * the learning styles it suits (doen, kijken, denken, voelen after Kolb), its duration and language, and where
 * it comes from (own, a copy of another organisation's shared item, or an external site such as WERK-portal,
 * Oefenen.nl or Steffie).
 *
 * <h2>Who does what</h2>
 * Coaches and admins add, revise, remove and share their organisation's items; participants may read them
 * (they meet them in their route and plan). A new organisation gets a small starter catalogue when it is registered ({@code StarterCatalogue}).
 *
 * <h2>Sharing between organisations without breaking tenant isolation</h2>
 * An organisation's items live in {@code catalogue_item}, a tenant-owned table behind the central EclipseLink
 * multitenancy like all tenant data. Sharing does not open that table to others. Instead:
 * <ol>
 *   <li>When a coach shares an item, a <em>snapshot</em> of its content is published to the global table
 *       {@code shared_catalogue_item} ({@link nl.groeipad.catalogue.entity.SharedCatalogueItem}), with the
 *       organisation's display name and no personal data (no user ids, no names of people). This is the
 *       deliberate, explicit cross-tenant channel; the entity is marked
 *       {@link nl.groeipad.platform.entity.SharedAcrossTenants @SharedAcrossTenants}, the one allowed exception
 *       to "every entity of a feature is {@code @Multitenant}".</li>
 *   <li>Revising a shared item refreshes its snapshot; un-sharing or removing it deletes the snapshot.</li>
 *   <li>Another organisation's coach searches the shared list ({@code GET /api/v1/catalogue/shared}, which
 *       leaves out the searcher's own shares) and copies an item into their own catalogue: a new tenant-owned
 *       row with source {@code SHARED_COPY} and {@code origin_shared_id}. The copy is read-only (the words are
 *       the sharing organisation's); it can be removed, or duplicated as the organisation's own item.</li>
 *   <li>Copies are independent: they survive un-sharing and the sharing organisation's deletion.</li>
 * </ol>
 * Nothing else crosses tenants: reading, writing and copying all go through the caller's tenant-scoped entity
 * manager; the only query on the global table filters on the snapshot's columns.
 *
 * <h2>Search at scale</h2>
 * Two statements per page, whatever the number of rows; no collections, so no extra query per row. Free text is
 * analysed in Dutch with Apache Lucene (stems, compound parts, phonetic keys;
 * {@link nl.groeipad.catalogue.entity.SearchTerms}) when an item is written, and matched, filtered, ranked and counted
 * by an in-memory Lucene index per organisation and node ({@link nl.groeipad.catalogue.control.CatalogueIndexes}, a
 * cache of the database checked by a one-statement stamp per search), after which the page is loaded by id
 * (docs/catalogue.md). Filters alone stay in the database: the page's ids in title order, each with the total as a
 * sub-select, read from the index on tenant + title, then only the page's rows by id — so a deep page skips index
 * entries, not whole rows. Levels and learning styles are boolean columns; indexes serve the tenant + title order
 * and the common filters (see {@code V3__catalogue.sql} and {@link nl.groeipad.catalogue.control.ItemQuery}). The global shared list matches with LIKE on the stored terms.
 *
 * <h2>For other features</h2>
 * {@link nl.groeipad.catalogue.control.Catalogue}: {@code search(SearchCriteria)}, {@code byId(id)},
 * {@code require(id)}, {@code byIds(ids)} (one query). Competencies are referred to by their stable
 * {@code competency_key}; levels are read and written only in {@link nl.groeipad.catalogue.entity.Levels}.
 */
package nl.groeipad.catalogue;
