import { html, nothing } from 'lit';
import { LightElement } from '../shared/light-element.js';
import { userMessage } from '../api.js';
import { t } from '../i18n.js';
import { downloadRegister, listRegister } from './credential-api.js';
import { longDate, originLine, stateLine } from './parts.js';

/**
 * The issuing register for the organisation's admins: who received what, when, from whom, revoked or not; with a
 * CSV download. GET /api/v1/organisation/credentials(/export/csv).
 */
export class IssuingRegister extends LightElement {
  static properties = {
    entries: { state: true },
    error: { state: true },
  };

  constructor() {
    super();
    this.entries = null;
    this.error = null;
  }

  connectedCallback() {
    super.connectedCallback();
    listRegister().then((entries) => (this.entries = entries)).catch((error) => (this.error = error));
  }

  async #csv() {
    try {
      await downloadRegister();
    } catch (error) {
      this.error = error;
    }
  }

  render() {
    return html`
      <h1>${t('credential.register.list.title')}</h1>
      <p class="lead">${t('credential.register.list.intro')}</p>
      ${this.error ? html`<div class="message message--error" role="alert"><p>${userMessage(this.error)}</p></div>` : nothing}
      <p><button class="button button--secondary" type="button" @click=${() => this.#csv()}>${t('credential.register.list.csv')}</button></p>
      ${this.#body()}
    `;
  }

  #body() {
    if (!this.entries) return this.error ? nothing : html`<p class="loading" role="status"><span class="spinner" aria-hidden="true"></span>${t('common.wait')}</p>`;
    if (!this.entries.length) return html`<p>${t('credential.register.list.empty')}</p>`;
    return html`<ul class="credentials">
      ${this.entries.map((e) => html`
        <li class="credential credential--${e.issuedByUs ? 'own' : 'registered'}">
          <h2 class="credential__title">${e.title}</h2>
          <p>${t('credential.register.list.for', { name: e.participant })} · ${longDate(e.issuedAt)}</p>
          <p>${t('credential.register.list.by', { name: e.recordedBy })}</p>
          ${e.issuedByUs ? nothing : originLine(e)}
          ${e.issuedByUs ? stateLine({ state: e.revokedAt ? 'revoked' : 'valid', revokedAt: e.revokedAt, revocationReason: e.revocationReason }) : nothing}
        </li>`)}
    </ul>`;
  }
}

customElements.define('issuing-register', IssuingRegister);
