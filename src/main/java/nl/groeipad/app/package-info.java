/**
 * The composition root: the JAX-RS applications that put the features together ({@code /api},
 * {@code /ims/case/v1p0}, {@code /lti}, {@code /demo}). The only package that knows every feature's resources;
 * nothing depends on it. A new resource is registered here, in the application it belongs to.
 */
package nl.groeipad.app;
