-- A login's state is now the OIDC state parameter itself, MAC'd by the tool (lti.control.LoginStates): a login writes
-- nothing, and single use comes from the state's nonce in lti_used_nonce. Logins begun before the upgrade (at most ten
-- minutes old) are refused at their launch as "expired or already used"; the person opens Groeipad again.
DROP TABLE lti_login_state;
