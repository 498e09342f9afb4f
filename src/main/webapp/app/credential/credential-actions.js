import { html, nothing } from 'lit';
import { LightElement } from '../shared/light-element.js';
import { userMessage } from '../api.js';
import { t } from '../i18n.js';
import { downloadPdf } from './credential-api.js';
import { live, shareLink } from './parts.js';

/**
 * What a participant can do with a certificate we issued: download the PDF (Dutch or English), share the link of
 * its verification page, add it to a backpack (the Open Badges 2.0 assertion's address to copy).
 */
export class CredentialActions extends LightElement {
  static properties = {
    credential: { attribute: false },
    message: { state: true },
    showBackpack: { state: true },
  };

  constructor() {
    super();
    this.credential = null;
    this.message = null;
    this.showBackpack = false;
  }

  async #pdf(lang) {
    try {
      await downloadPdf(this.credential.id, lang);
    } catch (error) {
      this.message = { kind: 'error', text: userMessage(error) };
    }
  }

  async #share() {
    const done = await shareLink(this.credential);
    this.message = done ? { kind: 'success', text: t('credential.shareDone') } : null;
    if (!done) this.showBackpack = false;
  }

  render() {
    const c = this.credential;
    if (!c?.links) return nothing;
    const id = `backpack-${c.id}`;
    return html`
      <div class="credential__actions">
        <button class="button" type="button" @click=${() => this.#pdf()}>${t('credential.pdf')}</button>
        <button class="button button--secondary" type="button" @click=${() => this.#share()}>${t('credential.share')}</button>
        <button class="button button--secondary" type="button" aria-expanded=${this.showBackpack ? 'true' : 'false'}
          aria-controls=${id} @click=${() => (this.showBackpack = !this.showBackpack)}>${t('credential.backpack')}</button>
        <button class="button button--secondary" type="button" lang="en" @click=${() => this.#pdf('en')}>${t('credential.pdfEnglish')}</button>
        <a class="button button--secondary" href=${c.links.verify} target="_blank" rel="noopener">${t('credential.verify')} <span class="visually-hidden">${t('common.opensNew')}</span></a>
      </div>
      <div id=${id} ?hidden=${!this.showBackpack} class="credential__backpack">
        <label for="${id}-url">${t('credential.backpackHelp')}</label>
        <input id="${id}-url" type="text" readonly .value=${c.links.assertion} @focus=${(e) => e.target.select()}>
      </div>
      ${live(this.message)}
    `;
  }
}

customElements.define('credential-actions', CredentialActions);
