-- The catalogue's revision per organisation (catalogue.control.CatalogueRevisions): raised in the same transaction
-- by every insert, update and delete of one of the organisation's catalogue items (an EclipseLink descriptor event on
-- CatalogueItem, so no write path can forget it). The per-organisation Lucene index (CatalogueIndexes) compares it
-- before every search with text: a primary-key read instead of V30's aggregate over the organisation's items, and
-- exact — V30's stamp (count, sum of versions, newest change in whole seconds) missed a removal and an addition that
-- cancelled out within one second. No row yet means revision 0: the first write to the catalogue inserts it.
-- Runs unchanged on MariaDB 10.11 and on H2 2.x in MySQL mode.
CREATE TABLE catalogue_revision (
    tenant_id  CHAR(36) NOT NULL,
    revision   BIGINT   NOT NULL,
    PRIMARY KEY (tenant_id)
);
