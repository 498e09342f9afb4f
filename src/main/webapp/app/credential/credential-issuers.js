import { html, nothing } from 'lit';
import { LightElement } from '../shared/light-element.js';
import { userMessage } from '../api.js';
import { formProblem } from '../shared/form-problem.js';
import { t } from '../i18n.js';
import {
  addIssuer, listIssuers, organisationLogo, organisationLogoUrl, retireIssuer, rotateIssuerKey, saveIssuer, uploadIssuerLogo,
  uploadOrganisationLogo,
} from './credential-api.js';
import { live } from './parts.js';
import './messages.js';

/**
 * "Certificaten: logo en branches" (admins, next to the house style): the organisation's logo on its certificates
 * and its branch issuers (name, https address, logo, signing keys; a new key on request; retire one, after a
 * confirmation: it is no longer offered when issuing, its certificates stay verifiable). Every change names the
 * version shown (If-Match); a stale answer shows the newest state with the server's words.
 */
export class CredentialIssuers extends LightElement {
  static properties = {
    organisation: { attribute: false },
    issuers: { state: true },
    logo: { state: true },
    logoSrc: { state: true },
    status: { state: true },
    busy: { state: true },
  };

  constructor() {
    super();
    this.organisation = null;
    this.issuers = null;
    this.logo = null;
    this.logoSrc = null;
    this.status = null;
    this.busy = false;
  }

  connectedCallback() {
    super.connectedCallback();
    this.#load();
  }

  disconnectedCallback() {
    super.disconnectedCallback();
    if (this.logoSrc) URL.revokeObjectURL(this.logoSrc);
  }

  async #load() {
    try {
      [this.issuers, this.logo] = await Promise.all([listIssuers(), organisationLogo()]);
      if (this.logoSrc) URL.revokeObjectURL(this.logoSrc);
      this.logoSrc = this.logo?.present ? await organisationLogoUrl() : null;
    } catch (error) {
      this.status = { kind: 'error', text: userMessage(error) };
    }
  }

  /** One change; `form` (if any) has its refused fields marked, and is emptied after success when `reset`. */
  async #run(action, success, form, { reset = true } = {}) {
    if (this.busy) return;
    this.busy = true;
    this.status = null;
    formProblem(this).clear(form);
    try {
      await action();
      if (reset) form?.reset();
      this.status = { kind: 'success', text: t(success) };
    } catch (error) {
      this.status = { kind: 'error', text: formProblem(this).show(form, error) };
    } finally {
      this.busy = false;
      await this.#load();
    }
  }

  #uploadOrganisationLogo(event) {
    event.preventDefault();
    const file = event.target.elements.logo.files[0];
    this.#run(() => uploadOrganisationLogo(file ?? new Blob([], { type: 'image/png' }), this.logo?.version ?? 0),
      'issuers.logo.saved', event.target);
  }

  #add(event) {
    event.preventDefault();
    const f = event.target.elements;
    this.#run(() => addIssuer({ name: f.name.value.trim(), url: f.url.value.trim() }), 'issuers.added', event.target);
  }

  #save(event, issuer) {
    event.preventDefault();
    const f = event.target.elements;
    this.#run(() => saveIssuer(issuer.id, { name: f.name.value.trim(), url: f.url.value.trim() }, issuer.version),
      'issuers.saved', event.target, { reset: false });
  }

  #uploadLogo(event, issuer) {
    event.preventDefault();
    const file = event.target.elements.logo.files[0];
    this.#run(() => uploadIssuerLogo(issuer.id, file ?? new Blob([], { type: 'image/png' }), issuer.version),
      'issuers.logo.saved', event.target);
  }

  #rotate(issuer) {
    this.#run(() => rotateIssuerKey(issuer.id, issuer.version), 'issuers.rotated');
  }

  #retire(issuer) {
    if (this.busy || !confirm(t('issuers.retire.confirm', { name: issuer.name }))) return;
    this.#run(() => retireIssuer(issuer.id, issuer.version), 'issuers.retired');
  }

  #field(id, name, label, value, { type = 'text', hint = null } = {}) {
    const described = hint ? `${id}-hint` : nothing;
    return html`
      <div class="field">
        <label for=${id}>${label}</label>
        ${hint ? html`<p class="field__hint" id="${id}-hint">${hint}</p>` : nothing}
        <input id=${id} name=${name} type=${type} .value=${value ?? ''} maxlength=${type === 'url' ? 500 : 200}
          aria-describedby=${described}>
      </div>
    `;
  }

  #logoForm(id, onSubmit) {
    return html`
      <form class="form" novalidate @submit=${onSubmit}>
        <div class="field">
          <label for=${id}>${t('issuers.logo.label')}</label>
          <input id=${id} name="logo" type="file" accept="image/png,image/jpeg">
        </div>
        <button class="button button--secondary" type="submit" aria-disabled=${this.busy ? 'true' : 'false'}>
          ${t('issuers.logo.upload')}</button>
      </form>
    `;
  }

  #issuer(issuer) {
    const active = issuer.keys.filter((k) => k.active).length;
    return html`
      <li class="issuer" data-id=${issuer.id}>
        <h4>${issuer.name}</h4>
        ${issuer.logo
          ? html`<img class="issuer__logo" src=${issuer.logo} alt=${t('issuers.logo.alt', { name: issuer.name })}>`
          : nothing}
        <form class="form" novalidate @submit=${(e) => this.#save(e, issuer)}>
          ${this.#field(`issuer-${issuer.id}-name`, 'name', t('issuers.name'), issuer.name)}
          ${this.#field(`issuer-${issuer.id}-url`, 'url', t('issuers.url'), issuer.url,
            { type: 'url', hint: t('issuers.url.hint') })}
          <button class="button button--secondary" type="submit" aria-disabled=${this.busy ? 'true' : 'false'}>
            ${t('common.save')}</button>
        </form>
        ${this.#logoForm(`issuer-${issuer.id}-logo`, (e) => this.#uploadLogo(e, issuer))}
        <p>${t('issuers.keys', { active, retired: issuer.keys.length - active })}</p>
        <button class="button button--secondary" type="button" aria-disabled=${this.busy ? 'true' : 'false'}
          @click=${() => this.#rotate(issuer)}>${t('issuers.rotate')}</button>
        <p>${t('issuers.retire.hint')}</p>
        <button class="button button--secondary issuer__retire" type="button"
          aria-disabled=${this.busy ? 'true' : 'false'}
          @click=${() => this.#retire(issuer)}>${t('issuers.retire', { name: issuer.name })}</button>
      </li>
    `;
  }

  #active() {
    return (this.issuers ?? []).filter((i) => !i.retiredAt);
  }

  #retired() {
    return (this.issuers ?? []).filter((i) => i.retiredAt);
  }

  render() {
    return html`
      <section class="panel credential-issuers" aria-labelledby="issuers-title">
        <h2 id="issuers-title" class="panel__title">${t('issuers.title')}</h2>
        <p>${t('issuers.intro')}</p>
        ${live(this.status)}
        <h3>${t('issuers.orgLogo.title')}</h3>
        ${this.logoSrc
          ? html`<p>${t('issuers.orgLogo.present')}</p><img class="issuer__logo" src=${this.logoSrc} alt=${t('issuers.logo.alt', { name: this.organisation?.name ?? '' })}>`
          : html`<p>${t('issuers.orgLogo.none')}</p>`}
        ${this.#logoForm('issuers-org-logo', (e) => this.#uploadOrganisationLogo(e))}
        <h3>${t('issuers.list.title')}</h3>
        ${this.#active().length
          ? html`<ul class="issuers">${this.#active().map((i) => this.#issuer(i))}</ul>`
          : html`<p>${t('issuers.list.none')}</p>`}
        ${this.#retired().length
          ? html`
            <h3>${t('issuers.retired.title')}</h3>
            <p>${t('issuers.retired.intro')}</p>
            <ul class="issuers issuers--retired">
              ${this.#retired().map((i) => html`<li class="issuer" data-id=${i.id}>${i.name}</li>`)}
            </ul>`
          : nothing}
        <h3>${t('issuers.add.title')}</h3>
        <form id="issuer-add" class="form" novalidate @submit=${(e) => this.#add(e)}>
          ${this.#field('issuer-new-name', 'name', t('issuers.name'), '', )}
          ${this.#field('issuer-new-url', 'url', t('issuers.url'), '',
            { type: 'url', hint: t('issuers.url.hint') })}
          <button class="button" type="submit" aria-disabled=${this.busy ? 'true' : 'false'}>${t('issuers.add')}</button>
        </form>
      </section>
    `;
  }
}

customElements.define('credential-issuers', CredentialIssuers);
