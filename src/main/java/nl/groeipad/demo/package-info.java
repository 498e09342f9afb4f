/**
 * Demo mode: a built-in test platform so a newcomer can try Groeipad without an LMS. It is registered as a
 * tenant like any platform and launches people through the very same {@code /lti/login} and
 * {@code /lti/launch} validation path (its id_tokens are signed with its own key, published at
 * {@code /demo/jwks} and fetched over HTTP like any platform's). Off unless {@code groeipad.demo.enabled}.
 */
package nl.groeipad.demo;
