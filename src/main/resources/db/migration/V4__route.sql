-- Development routes (ontwikkelroutes), issue 3 section 3.
-- Runs unchanged on MySQL 8 / MariaDB 10.11 and on H2 2.x in MySQL mode.
--
-- A route is either a TEMPLATE the coaches of an organisation build, or a PERSONAL route: a participant's
-- own copy (of a template, or built from scratch) in one course. Both are stored in the same tables and
-- edited the same way. A route is built on one framework VERSION (framework_id = the version row); its
-- targets and steps name competencies by their stable key plus that version's competency row id, and keep
-- the competency title for display (a published version never changes, so the title stays true).
-- Catalogue items are referred to by id, without a foreign key (another feature's table).
--
-- active_key is "<course_id>/<participant_id>" while a personal route is the participant's active route,
-- else NULL: the unique constraint allows one active personal route per participant per course, also under
-- concurrent requests.

CREATE TABLE route (
    id                 CHAR(36)      NOT NULL,
    tenant_id          CHAR(36)      NOT NULL,
    kind               VARCHAR(16)   NOT NULL,
    title              VARCHAR(200)  NOT NULL,
    description        VARCHAR(4000),
    framework_id       CHAR(36)      NOT NULL,
    framework_key      CHAR(36)      NOT NULL,
    framework_title    VARCHAR(2000) NOT NULL,
    framework_version  INT           NOT NULL,
    template_id        CHAR(36),
    course_id          CHAR(36),
    participant_id     CHAR(36),
    status             VARCHAR(16)   NOT NULL,
    active_key         VARCHAR(80),
    created_by         CHAR(36),
    created_at         DATETIME(3)   NOT NULL,
    updated_at         DATETIME(3)   NOT NULL,
    CONSTRAINT pk_route PRIMARY KEY (id),
    CONSTRAINT uq_route_active UNIQUE (tenant_id, active_key),
    CONSTRAINT fk_route_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id) ON DELETE CASCADE
);
CREATE INDEX ix_route_kind ON route (tenant_id, kind, title);
CREATE INDEX ix_route_participant ON route (tenant_id, course_id, participant_id);

-- Target competencies with the level (A, B or C) the route works towards; one row per competency.
CREATE TABLE route_target (
    id                 CHAR(36)      NOT NULL,
    tenant_id          CHAR(36)      NOT NULL,
    route_id           CHAR(36)      NOT NULL,
    sort_order         INT           NOT NULL,
    competency_key     CHAR(36)      NOT NULL,
    competency_id      CHAR(36)      NOT NULL,
    competency_title   VARCHAR(2000) NOT NULL,
    target_level       CHAR(1)       NOT NULL,
    CONSTRAINT pk_route_target PRIMARY KEY (id),
    CONSTRAINT uq_route_target UNIQUE (route_id, competency_key),
    CONSTRAINT fk_route_target_route FOREIGN KEY (route_id) REFERENCES route (id) ON DELETE CASCADE,
    CONSTRAINT fk_route_target_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id) ON DELETE CASCADE
);

-- Ordered steps: what to do, in plain language, for which competency and level.
CREATE TABLE route_step (
    id                 CHAR(36)      NOT NULL,
    tenant_id          CHAR(36)      NOT NULL,
    route_id           CHAR(36)      NOT NULL,
    sort_order         INT           NOT NULL,
    title              VARCHAR(200)  NOT NULL,
    description        VARCHAR(4000),
    competency_key     CHAR(36)      NOT NULL,
    competency_id      CHAR(36)      NOT NULL,
    competency_title   VARCHAR(2000) NOT NULL,
    step_level         CHAR(1)       NOT NULL,
    CONSTRAINT pk_route_step PRIMARY KEY (id),
    CONSTRAINT fk_route_step_route FOREIGN KEY (route_id) REFERENCES route (id) ON DELETE CASCADE,
    CONSTRAINT fk_route_step_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id) ON DELETE CASCADE
);
CREATE INDEX ix_route_step_route ON route_step (route_id, sort_order);

-- Catalogue items linked to a step, in order; suggested = a suggested workplace assignment.
CREATE TABLE route_step_item (
    id                 CHAR(36)      NOT NULL,
    tenant_id          CHAR(36)      NOT NULL,
    step_id            CHAR(36)      NOT NULL,
    sort_order         INT           NOT NULL,
    item_id            CHAR(36)      NOT NULL,
    suggested          BOOLEAN       NOT NULL,
    CONSTRAINT pk_route_step_item PRIMARY KEY (id),
    CONSTRAINT uq_route_step_item UNIQUE (step_id, item_id),
    CONSTRAINT fk_route_step_item_step FOREIGN KEY (step_id) REFERENCES route_step (id) ON DELETE CASCADE,
    CONSTRAINT fk_route_step_item_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id) ON DELETE CASCADE
);
CREATE INDEX ix_route_step_item_step ON route_step_item (step_id, sort_order);

-- Marks that the demo route was imported into an organisation, so it is imported once (also when two first
-- requests race, and not again after the coaches removed it).
CREATE TABLE route_seed (
    id                 CHAR(36)      NOT NULL,
    tenant_id          CHAR(36)      NOT NULL,
    seed_name          VARCHAR(60)   NOT NULL,
    imported_at        DATETIME(3)   NOT NULL,
    CONSTRAINT pk_route_seed PRIMARY KEY (id),
    CONSTRAINT uq_route_seed UNIQUE (tenant_id, seed_name),
    CONSTRAINT fk_route_seed_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id) ON DELETE CASCADE
);
