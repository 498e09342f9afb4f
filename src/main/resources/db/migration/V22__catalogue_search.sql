-- Catalogue search in Dutch (issue 8, section 12): the analysed terms of an item — Dutch stems, the parts of
-- compounds, phonetic keys for typos — made in Java with Apache Lucene's analysis (catalogue.entity.SearchTerms)
-- and matched with LIKE, so the database stays the only index (no index per node to keep fresh) and the same
-- scripts run on MariaDB/MySQL and H2. ASCII, compared as bytes: the terms are folded to ASCII (others are left out).
-- ASCII keeps catalogue_item under InnoDB's 65,535-byte row limit (3000 utf8mb4 characters would not fit).
-- Existing rows start empty and are analysed once per organisation at the next start
-- (catalogue.control.SearchTermsCatchUp). The character set sits in a MariaDB/MySQL-only comment: H2 takes no
-- CHARACTER SET before DEFAULT in ALTER TABLE.
ALTER TABLE catalogue_item ADD COLUMN search_terms VARCHAR(3000) /*!40101 CHARACTER SET ascii COLLATE ascii_bin */ NOT NULL DEFAULT ' ';
ALTER TABLE shared_catalogue_item ADD COLUMN search_terms VARCHAR(3000) /*!40101 CHARACTER SET ascii COLLATE ascii_bin */ NOT NULL DEFAULT ' ';
