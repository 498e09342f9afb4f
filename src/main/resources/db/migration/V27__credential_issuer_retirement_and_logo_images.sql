-- Certificates, part three (issue 10, section 2): a branch issuer can be retired, and a certificate keeps the logos it
-- was issued with. Runs unchanged on MySQL 8 / MariaDB 10.11 and on H2 2.x in MySQL mode.
--
-- A retired branch issuer is no longer offered when issuing; it is never deleted, because the certificates issued
-- under it stay verifiable: its profile, its keys (JWKS) and its revocation list stay published.
ALTER TABLE credential_branch_issuer ADD COLUMN retired_at DATETIME(3);

-- Logo images as they were when a certificate was issued (the organisation's and the branch issuer's). Never changed,
-- never deleted; one row per distinct image of the organisation (sha256 of the bytes), shared by its certificates.
CREATE TABLE credential_logo_image (
    id                CHAR(36)      NOT NULL,
    tenant_id         CHAR(36)      NOT NULL,
    sha256            CHAR(64),
    media_type        VARCHAR(20)   NOT NULL,
    content           MEDIUMBLOB    NOT NULL,
    created_at        DATETIME(3)   NOT NULL,
    CONSTRAINT pk_credential_logo_image PRIMARY KEY (id),
    CONSTRAINT fk_credential_logo_image_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id) ON DELETE CASCADE
);
CREATE INDEX ix_credential_logo_image_hash ON credential_logo_image (tenant_id, sha256);

ALTER TABLE credential ADD COLUMN organisation_logo_id CHAR(36);
ALTER TABLE credential ADD COLUMN branch_logo_id CHAR(36);

-- Certificates issued before this migration: the best that is known is the logo as it is now, so that is kept for
-- them (from now on it no longer follows a new upload). The image rows reuse the ids of their sources.
INSERT INTO credential_logo_image (id, tenant_id, sha256, media_type, content, created_at)
    SELECT id, tenant_id, NULL, media_type, content, uploaded_at FROM credential_logo;
INSERT INTO credential_logo_image (id, tenant_id, sha256, media_type, content, created_at)
    SELECT id, tenant_id, NULL, logo_type, logo, created_at FROM credential_branch_issuer WHERE logo IS NOT NULL;
UPDATE credential SET organisation_logo_id =
    (SELECT l.id FROM credential_logo l WHERE l.tenant_id = credential.tenant_id)
    WHERE kind IN ('OWN', 'BRANCH');
UPDATE credential SET branch_logo_id = branch_issuer_id
    WHERE branch_issuer_id IS NOT NULL
      AND EXISTS (SELECT 1 FROM credential_branch_issuer b WHERE b.id = credential.branch_issuer_id AND b.logo IS NOT NULL);
