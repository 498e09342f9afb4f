import { LitElement } from 'lit';

/**
 * Base class for all Groeipad components: renders into the light DOM, so /app/app.css and the
 * theme tokens style every component the same way, and labels, ids and aria-* references work
 * across components.
 */
export class LightElement extends LitElement {
  createRenderRoot() {
    return this;
  }
}
