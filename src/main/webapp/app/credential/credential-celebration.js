import { html, nothing } from 'lit';
import { LightElement } from '../shared/light-element.js';
import { t } from '../i18n.js';
import { celebrated, listMine } from './credential-api.js';
import { achievedList } from './parts.js';
import './credential-actions.js';

/**
 * The celebration on the participant's home when a certificate was issued to them: big words, the coach's message,
 * download, share, add to a backpack. Shown until the participant closes it (then never again for that
 * certificate). The confetti moves only without prefers-reduced-motion (credential.css). Shows nothing otherwise.
 */
export class CredentialCelebration extends LightElement {
  static properties = {
    credential: { state: true },
  };

  constructor() {
    super();
    this.credential = null;
  }

  connectedCallback() {
    super.connectedCallback();
    this.#load();
  }

  async #load() {
    try {
      const mine = await listMine();
      this.credential = (mine ?? []).find((c) => c.issuedByUs && c.state === 'valid' && !c.celebrated) ?? null;
    } catch {
      this.credential = null; // the home works without it
    }
  }

  async #close() {
    const id = this.credential.id;
    this.credential = null;
    try {
      await celebrated(id);
    } catch {
      // shown again next time: no harm
    }
  }

  render() {
    const c = this.credential;
    if (!c) return nothing;
    return html`
      <section class="celebration" aria-labelledby="celebration-title">
        <div class="celebration__confetti" aria-hidden="true">${[...Array(12)].map(() => html`<span></span>`)}</div>
        <p class="celebration__medal" aria-hidden="true">🏅</p>
        <h2 id="celebration-title" class="celebration__title">${t('credential.celebrate.title')}</h2>
        <p class="celebration__lead">${t('credential.celebrate.lead', { title: c.title })}</p>
        <p>${t('credential.celebrate.proud')}</p>
        ${achievedList(c)}
        ${c.message ? html`
          <figure class="celebration__message">
            <blockquote><p>${c.message}</p></blockquote>
            <figcaption>${t('credential.message', { name: c.issuedBy })}</figcaption>
          </figure>` : nothing}
        <credential-actions .credential=${c}></credential-actions>
        <p><button class="button button--secondary" type="button" @click=${() => this.#close()}>${t('credential.celebrate.close')}</button></p>
      </section>
    `;
  }
}

customElements.define('credential-celebration', CredentialCelebration);
