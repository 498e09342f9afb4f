import { html, nothing } from 'lit';
import { LightElement } from '../shared/light-element.js';
import { userMessage } from '../api.js';
import { t } from '../i18n.js';
import { downloadDocument, listMine } from './credential-api.js';
import { externalFacts, achievedList, longDate, originLine, stateLine } from './parts.js';
import './credential-actions.js';
import './register-proof.js';

/**
 * "Mijn diploma's en bewijzen": every certificate issued to the participant and every proof registered for them,
 * newest first; registered proof is marked as such. GET /api/v1/me/credentials.
 */
export class MyCredentials extends LightElement {
  static properties = {
    credentials: { state: true },
    error: { state: true },
    documentError: { state: true },
  };

  constructor() {
    super();
    this.credentials = null;
    this.error = null;
  }

  connectedCallback() {
    super.connectedCallback();
    this.#load();
  }

  async #load() {
    try {
      this.credentials = await listMine();
    } catch (error) {
      this.error = error;
    }
  }

  async #document(c) {
    this.documentError = null;
    try {
      await downloadDocument(c.id);
    } catch (error) {
      this.documentError = error;
    }
  }

  render() {
    return html`
      <h1>${t('credential.mine.title')}</h1>
      <p class="lead">${t('credential.mine.intro')}</p>
      ${this.#body()}
      ${this.documentError ? html`<div class="message message--error" role="alert"><p>${userMessage(this.documentError)}</p></div>` : nothing}
      <register-proof @registered=${() => this.#load()}></register-proof>
    `;
  }

  #body() {
    if (this.error) return html`<div class="message message--error" role="alert"><p>${userMessage(this.error)}</p></div>`;
    if (!this.credentials) return html`<p class="loading" role="status"><span class="spinner" aria-hidden="true"></span>${t('common.wait')}</p>`;
    if (!this.credentials.length) return html`<div class="message message--info"><p>${t('credential.mine.empty')}</p></div>`;
    return html`<ul class="credentials">${this.credentials.map((c) => this.#item(c))}</ul>`;
  }

  #item(c) {
    return html`
      <li class="credential credential--${c.issuedByUs ? 'own' : 'registered'}" data-id=${c.id}>
        <h2 class="credential__title">${c.title}</h2>
        <p>${t('credential.issuedOn', { date: longDate(c.issuedAt) })}</p>
        ${originLine(c)}
        ${c.issuedByUs ? stateLine(c) : externalFacts(c, (x) => this.#document(x))}
        ${achievedList(c)}
        ${c.issuedByUs && c.state !== 'revoked' ? html`<credential-actions .credential=${c}></credential-actions>` : nothing}
      </li>
    `;
  }
}

customElements.define('my-credentials', MyCredentials);
