/**
 * Tenants: one tenant is one LMS registration (issuer + client_id, with its endpoints and deployment ids),
 * created by LTI Dynamic Registration, by an operator (manual registration) or by demo mode. Everything
 * Groeipad stores about people and their learning belongs to exactly one tenant.
 */
package nl.groeipad.tenant;
