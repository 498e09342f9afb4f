-- lti2 (issue 8 §14, §15).
-- §14: a login state keeps what the platform sent to start the login, so that a launch whose cookie the browser
-- blocked inside the platform's frame can be started again, top-level, with the same parameters.
ALTER TABLE lti_login_state ADD COLUMN login_hint TEXT;
ALTER TABLE lti_login_state ADD COLUMN message_hint TEXT;
ALTER TABLE lti_login_state ADD COLUMN target_link_uri TEXT;
ALTER TABLE lti_login_state ADD COLUMN client_id VARCHAR(255);
ALTER TABLE lti_login_state ADD COLUMN deployment_id VARCHAR(255);

-- §15: one organisation, several registrations. A registration linked to another one's organisation launches into
-- that organisation's data (its tenant id); keys, issuer, client_id and deployments stay its own. NULL: its own
-- organisation. No cascade: an organisation with linked registrations is not removed before they are unlinked.
ALTER TABLE tenant ADD COLUMN organisation_id CHAR(36);
ALTER TABLE tenant ADD CONSTRAINT fk_tenant_organisation FOREIGN KEY (organisation_id) REFERENCES tenant (id);
