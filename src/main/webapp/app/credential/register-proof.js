import { html, nothing } from 'lit';
import { LightElement } from '../shared/light-element.js';
import { formProblem } from '../shared/form-problem.js';
import { t } from '../i18n.js';
import { registerFor, registerMine, uploadDocument } from './credential-api.js';
import { live } from './parts.js';

const KINDS = ['mbo-praktijkverklaring', 'mbo-certificate', 'diploma'];

/**
 * A form to register proof obtained elsewhere (an mbo praktijkverklaring, certificate or diploma): the school,
 * what it is for (and the crebo), the number, the date and the document (PDF or photo). For the participant
 * themselves, or with `course` and `userId` for their coach. Fires "registered" when done.
 */
export class RegisterProof extends LightElement {
  static properties = {
    course: { attribute: false },
    userId: { attribute: false },
    open: { state: true },
    busy: { state: true },
    message: { state: true },
  };

  constructor() {
    super();
    this.course = null;
    this.userId = null;
    this.open = false;
    this.busy = false;
    this.message = null;
  }

  async #submit(event) {
    event.preventDefault();
    if (this.busy) return;
    const form = event.target;
    const value = (name) => form.elements[name].value.trim();
    const body = {
      kind: value('kind'), institution: value('institution'), qualification: value('qualification'),
      crebo: value('crebo') || null, number: value('number') || null, obtainedOn: value('obtainedOn') || null,
    };
    const file = form.elements.document.files?.[0];
    this.busy = true;
    formProblem(this).clear(form);
    try {
      const created = this.userId ? await registerFor(this.course.id, this.userId, body) : await registerMine(body);
      if (file) await uploadDocument(created.id, file);
      form.reset();
      this.open = false;
      this.message = { kind: 'success', text: t('credential.register.done') };
      this.dispatchEvent(new CustomEvent('registered', { bubbles: true, composed: true }));
    } catch (error) {
      this.message = { kind: 'error', text: formProblem(this).show(form, error) };
    } finally {
      this.busy = false;
    }
  }

  render() {
    return html`
      ${live(this.message)}
      ${this.open ? this.#form() : html`
        <button class="button button--secondary" type="button" @click=${() => { this.open = true; this.message = null; }}>${t('credential.register.open')}</button>`}
    `;
  }

  #form() {
    return html`
      <form class="form register-proof" novalidate @submit=${this.#submit}>
        <h3>${t('credential.register.title')}</h3>
        <p>${t('credential.register.intro')}</p>
        <div class="field">
          <label for="proof-kind">${t('credential.register.kind')}</label>
          <select id="proof-kind" name="kind">
            ${KINDS.map((k) => html`<option value=${k}>${t(`credential.kind.${k}`)}</option>`)}
          </select>
        </div>
        ${this.#field('institution', t('credential.register.institution'), { required: true })}
        ${this.#field('qualification', t('credential.register.qualification'), { required: true })}
        ${this.#field('crebo', t('credential.register.crebo'), { inputmode: 'numeric' })}
        ${this.#field('number', t('credential.register.number'))}
        ${this.#field('obtainedOn', t('common.date'), { type: 'date', required: true })}
        <div class="field">
          <label for="proof-document">${t('credential.register.document')}</label>
          <input id="proof-document" name="document" type="file" accept="application/pdf,image/jpeg,image/png">
        </div>
        <button class="button" type="submit" aria-disabled=${this.busy ? 'true' : 'false'}>${t('common.keep')}</button>
        <button class="button button--secondary" type="button" @click=${() => (this.open = false)}>${t('common.cancel')}</button>
      </form>
    `;
  }

  #field(name, label, { type = 'text', required = false, inputmode } = {}) {
    const id = `proof-${name}`;
    return html`
      <div class="field">
        <label for=${id}>${label}</label>
        <input id=${id} name=${name} type=${type} ?required=${required} inputmode=${inputmode ?? nothing}>
      </div>
    `;
  }
}

customElements.define('register-proof', RegisterProof);
