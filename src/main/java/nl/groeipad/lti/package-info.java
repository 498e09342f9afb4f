/**
 * LTI 1.3 Core, Security Framework 1.0 and Dynamic Registration 1.0, built on Nimbus JOSE JWT and the
 * Nimbus OAuth 2.0 / OpenID Connect SDK: the OIDC third-party initiated login, the launch validator that
 * walks the specification step by step, the tool's key ring, LIS role mapping and the short-lived session
 * token that the front end uses after a launch.
 */
package nl.groeipad.lti;
