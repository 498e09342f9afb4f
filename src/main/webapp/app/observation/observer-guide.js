import { html, nothing } from 'lit';
import { LightElement } from '../shared/light-element.js';
import { getGuide } from './observation-api.js';
import { t } from '../i18n.js';
import './messages.js';

let cached;

/** The observer's checklist and pitfalls (from the server, in the session's language), shown before starting and concluding. */
export class ObserverGuide extends LightElement {
  static properties = { guide: { state: true }, rules: { type: Boolean } };

  connectedCallback() {
    super.connectedCallback();
    cached ??= getGuide().catch(() => null);
    cached.then((guide) => { this.guide = guide; });
  }

  render() {
    const guide = this.guide;
    if (!guide) return nothing;
    return html`
      <section class="observer-guide" aria-label=${t('observation.guide.title')}>
        <p class="observer-guide__title"><strong>${t('observation.guide.title')}</strong></p>
        <p class="observer-guide__heading">${t('observation.guide.checklist')}</p>
        <ul>${guide.checklist.map((item) => html`<li>${item}</li>`)}</ul>
        <p class="observer-guide__heading">${t('observation.guide.pitfalls')}</p>
        <ul>${guide.pitfalls.map((p) => html`<li><strong>${p.name}</strong>: ${p.meaning}</li>`)}</ul>
        ${this.rules ? html`
          <p class="observer-guide__heading">${t('observation.rules')}</p>
          <p>${guide.conclusionRule}</p>
          <p>${guide.masteryRule}</p>` : nothing}
      </section>
    `;
  }
}

customElements.define('observer-guide', ObserverGuide);
