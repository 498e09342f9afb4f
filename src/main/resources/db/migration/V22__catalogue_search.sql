-- Catalogue search in Dutch (issue 8, section 12): the analysed terms of an item — Dutch stems, the parts of
-- compounds, phonetic keys for typos — made in Java with Apache Lucene's analysis (catalogue.entity.SearchTerms)
-- and matched with LIKE, so the database stays the only index (no index per node to keep fresh) and the same
-- scripts run on MariaDB/MySQL and H2. Byte comparison (utf8mb4_bin) like search_text: the terms are normalised.
-- 3000 characters keep catalogue_item under InnoDB's 65,535-byte row limit. Existing rows start empty and are
-- analysed once per organisation at the next start (catalogue.control.SearchTermsCatchUp).
ALTER TABLE catalogue_item ADD COLUMN search_terms VARCHAR(3000) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL DEFAULT ' ';
ALTER TABLE shared_catalogue_item ADD COLUMN search_terms VARCHAR(3000) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL DEFAULT ' ';
