-- Catalogue search as an index lookup (issue 8, section 12): the analysed terms of an item (V22's search_terms, made by
-- catalogue.entity.SearchTerms: Dutch stems, compound parts, phonetic keys) also as one row per term, so that a search
-- word is a range scan of ix_*_term_lookup ("term LIKE 'stem%'" or "term = 'part'") instead of LIKE scans over every
-- item of the organisation. Written by JPA with the item (an element collection of CatalogueItem and
-- SharedCatalogueItem), in the same transaction; removed with the item (and with the organisation) by the cascade.
-- Existing items get their rows from catalogue.control.SearchTermsCatchUp at the next start (ANALYSIS_VERSION v2).
-- ASCII compared as bytes, as search_terms; the character set sits in a MariaDB/MySQL-only comment for H2.
CREATE TABLE catalogue_item_term (
    item_id CHAR(36)     NOT NULL,
    term    VARCHAR(100) /*!40101 CHARACTER SET ascii COLLATE ascii_bin */ NOT NULL,
    CONSTRAINT pk_catalogue_item_term PRIMARY KEY (item_id, term),
    CONSTRAINT fk_catalogue_item_term_item FOREIGN KEY (item_id) REFERENCES catalogue_item (id) ON DELETE CASCADE
);
CREATE INDEX ix_catalogue_item_term_lookup ON catalogue_item_term (term, item_id);

CREATE TABLE shared_catalogue_item_term (
    item_id CHAR(36)     NOT NULL,
    term    VARCHAR(100) /*!40101 CHARACTER SET ascii COLLATE ascii_bin */ NOT NULL,
    CONSTRAINT pk_shared_catalogue_item_term PRIMARY KEY (item_id, term),
    CONSTRAINT fk_shared_catalogue_item_term_item FOREIGN KEY (item_id) REFERENCES shared_catalogue_item (id) ON DELETE CASCADE
);
CREATE INDEX ix_shared_catalogue_item_term_lookup ON shared_catalogue_item_term (term, item_id);
