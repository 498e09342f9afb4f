-- V31's catalogue revision belongs to its organisation like everything else it stored: removing a registration
-- (TenantRegistry.remove, which relies on ON DELETE CASCADE) now removes its row too. Rows of organisations removed
-- before this migration go first, or the constraint could not be added.
DELETE FROM catalogue_revision WHERE tenant_id NOT IN (SELECT id FROM tenant);
ALTER TABLE catalogue_revision ADD CONSTRAINT fk_catalogue_revision_tenant
    FOREIGN KEY (tenant_id) REFERENCES tenant (id) ON DELETE CASCADE;

-- V30's index served the catalogue's stamp, an aggregate over the organisation's items that V31's revision replaced;
-- no query reads it any more, and every write to a catalogue item paid for it.
-- Runs unchanged on MariaDB 10.11 and on H2 2.x in MySQL mode.
ALTER TABLE catalogue_item DROP INDEX ix_catalogue_item_stamp;
