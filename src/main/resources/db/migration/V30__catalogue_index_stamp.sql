-- Catalogue search (issue 8, section 12) runs on an in-memory Lucene index per organisation and node
-- (catalogue.control.CatalogueIndexes), a cache of this table. Before every search with text the node reads the
-- organisation's stamp: count(*), sum(version) and max(updated_at) of its items. This index holds exactly those
-- columns, so the stamp is an index-only range scan of the organisation's entries instead of a read of its rows.
CREATE INDEX ix_catalogue_item_stamp ON catalogue_item (tenant_id, updated_at, version);
