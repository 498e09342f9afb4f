-- Starter content: what every organisation gets once when it is registered (the starter competency framework
-- "Werknemersvaardigheden (WPO-stijl)", twenty items of starter material and the starter route), one row per tenant
-- and kind. The row commits together with the content, so a kind is imported once even when several nodes or
-- requests meet (the unique key lets one win), and what coaches later remove does not come back. Replaces the
-- catalogue_seed and route_seed rows and the check for the framework's key.
CREATE TABLE tenant_starter_content (
    id            CHAR(36)      NOT NULL,
    tenant_id     CHAR(36)      NOT NULL,
    content       VARCHAR(64)   NOT NULL,
    imported_at   DATETIME(3)   NOT NULL,
    CONSTRAINT pk_tenant_starter_content PRIMARY KEY (id),
    CONSTRAINT uq_tenant_starter_content UNIQUE (tenant_id, content),
    CONSTRAINT fk_tenant_starter_content_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id) ON DELETE CASCADE
);

INSERT INTO tenant_starter_content (id, tenant_id, content, imported_at)
    SELECT MIN(id), tenant_id, 'starter-framework-v1', MIN(created_at) FROM competency_framework
    WHERE framework_key = '33bf07cf-48aa-43c1-b27d-e4900d3d3cba' GROUP BY tenant_id;

INSERT INTO tenant_starter_content (id, tenant_id, content, imported_at)
    SELECT id, tenant_id, 'starter-catalogue-v1', imported_at FROM catalogue_seed WHERE seed_name = 'demo-catalogue-v1';

INSERT INTO tenant_starter_content (id, tenant_id, content, imported_at)
    SELECT id, tenant_id, 'starter-route-v1', imported_at FROM route_seed WHERE seed_name = 'demo-route-v1';

DROP TABLE catalogue_seed;
DROP TABLE route_seed;
