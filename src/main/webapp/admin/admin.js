// Operator page for MANUAL LTI registration. Protected by the admin secret, which the operator
// types once; it is kept in sessionStorage and sent as the X-Admin-Secret header.
// Its URLs are in admin-api.js.
import { html, nothing } from 'lit';
import { LightElement } from '../app/shared/light-element.js';
import { ApiError, userMessage } from '../app/api.js';
import { getLocale, setLocale, t } from '../app/i18n.js';
import { clearFields, showProblem } from '../app/shared/form-errors.js';
import {
  createRegistration, getToolConfiguration, linkRegistration, listRegistrations, removeRegistration, unlinkRegistration,
} from './admin-api.js';
import './messages.js';

const SECRET_KEY = 'groeipad.adminSecret';
const CONFIG_FIELDS = ['loginUrl', 'redirectUrl', 'jwksUrl', 'registerUrl', 'domain'];
const FORM_FIELDS = ['name', 'issuer', 'clientId', 'authUrl', 'tokenUrl', 'jwksUrl', 'deploymentIds'];
const URL_FIELDS = ['issuer', 'authUrl', 'tokenUrl', 'jwksUrl'];
/** Columns and fields named with a word of shared/messages.js; the others are 'admin.col.<name>' / 'admin.form.<name>'. */
const SHARED_LABELS = { name: 'common.name', kind: 'common.kind' };

function readSecret() {
  try {
    return sessionStorage.getItem(SECRET_KEY);
  } catch {
    return null;
  }
}

function writeSecret(value) {
  try {
    if (value) sessionStorage.setItem(SECRET_KEY, value);
    else sessionStorage.removeItem(SECRET_KEY);
  } catch {
    // no storage: the key lives in memory only
  }
}


export class GroeipadAdmin extends LightElement {
  static properties = {
    secret: { state: true },
    secretError: { state: true },
    config: { state: true },
    registrations: { state: true },
    loadError: { state: true },
    formMessage: { state: true }, // { kind, text }
    notice: { state: true }, // { area: 'config' | 'list', text }: copy and delete feedback
    saving: { state: true },
    pendingDelete: { state: true },
  };

  constructor() {
    super();
    document.documentElement.lang = setLocale(new URLSearchParams(location.search).get('lang') ?? 'nl');
    document.title = `${t('admin.area')} – Groeipad`;
    this.secret = readSecret();
    this.secretError = null;
    this.config = null;
    this.registrations = null;
    this.loadError = null;
    this.formMessage = null;
    this.notice = null;
    this.saving = false;
    this.pendingDelete = null;
  }

  connectedCallback() {
    super.connectedCallback();
    if (this.secret) this.#load();
  }

  async #load() {
    this.loadError = null;
    try {
      const [config, registrations] = await Promise.all([
        getToolConfiguration(this.secret),
        listRegistrations(this.secret),
      ]);
      this.config = config;
      this.registrations = registrations ?? [];
    } catch (error) {
      if (this.#wrongSecret(error)) return;
      this.loadError = userMessage(error);
    }
  }

  /** A 401/403 means the key is wrong (or was changed): ask for it again. */
  #wrongSecret(error) {
    if (!(error instanceof ApiError) || (error.status !== 401 && error.status !== 403)) return false;
    writeSecret(null);
    this.secret = null;
    this.config = null;
    this.registrations = null;
    this.secretError = t('admin.secret.wrong');
    this.updateComplete.then(() => this.querySelector('#admin-secret')?.focus());
    return true;
  }

  #submitSecret(event) {
    event.preventDefault();
    const value = event.target.elements.secret.value.trim();
    if (!value) {
      this.secretError = t('admin.secret.required');
      event.target.elements.secret.focus();
      return;
    }
    writeSecret(value);
    this.secretError = null;
    this.secret = value;
    this.#load();
  }

  #logout() {
    writeSecret(null);
    this.secret = null;
    this.config = null;
    this.registrations = null;
    this.notice = null;
  }

  async #copy(label, value) {
    try {
      await navigator.clipboard.writeText(value);
      this.notice = { area: 'config', text: t('admin.copied', { label }) };
    } catch {
      this.notice = { area: 'config', text: t('admin.copyFailed') };
    }
  }

  async #create(event) {
    event.preventDefault();
    if (this.saving) return;
    const form = event.target;
    const values = Object.fromEntries(FORM_FIELDS.map((f) => [f, form.elements[f].value.trim()]));
    const body = { ...values, deploymentIds: values.deploymentIds.split(',').map((s) => s.trim()).filter(Boolean) };
    const empty = FORM_FIELDS.filter((f) => !values[f]).map((field) => ({ field, message: t('admin.form.required') }));
    this.formMessage = null;
    clearFields(form);
    if (empty.length) return this.#showProblem(form, { errors: empty });

    this.saving = true;
    try {
      const created = await createRegistration(this.secret, body);
      form.reset();
      await this.#load();
      // The list above grew by a row: the message goes next to the button the admin just pressed, scrolled into view.
      this.formMessage = { kind: 'success', text: t('admin.form.saved', { name: created?.name ?? values.name }) };
      await this.updateComplete;
      this.querySelector('#form-message')?.scrollIntoView({ block: 'center' });
    } catch (error) {
      if (this.#wrongSecret(error)) return;
      if (error instanceof ApiError && error.status === 409 && !error.problem.detail) {
        this.formMessage = { kind: 'error', text: t('admin.form.conflict') };
      } else {
        // "deploymentIds[0]" marks the deployment field ("Deployment-ID's"), "issuer" the issuer field
        this.#showProblem(form, error);
      }
    } finally {
      this.saving = false;
    }
  }

  /** The fields a problem names marked in the form (message under each, focus on the first); the sentence names them. */
  #showProblem(form, problem) {
    this.formMessage = { kind: 'error', text: showProblem(form, problem) };
  }

  async #askDelete(registration) {
    this.pendingDelete = registration;
    await this.updateComplete;
    this.querySelector('#delete-dialog').showModal();
  }

  async #confirmDelete(event) {
    event.preventDefault();
    const registration = this.pendingDelete;
    this.querySelector('#delete-dialog').close();
    try {
      await removeRegistration(this.secret, registration.id, { ifMatch: registration.version });
      this.notice = { area: 'list', text: t('admin.deleted', { name: registration.name }) };
      await this.#load();
    } catch (error) {
      if (this.#wrongSecret(error)) return;
      this.notice = { area: 'list', text: userMessage(error) };
      // Someone else changed the registration meanwhile (e.g. a deployment was added): show the newest list.
      if (error instanceof ApiError && error.isStale) await this.#load();
    }
    this.querySelector('#list-title')?.focus();
  }

  /** Issue 8 §15: the registration's launches use another registration's organisation (or, unlinked, its own). */
  async #link(event, registration) {
    event.preventDefault();
    const organisationId = event.target.elements.organisation.value;
    if (!organisationId) return;
    const organisation = this.registrations.find((r) => r.id === organisationId);
    await this.#rowChange(registration, () => linkRegistration(this.secret, registration.id, organisationId,
      { ifMatch: registration.version }),
    t('admin.org.linked', { name: registration.name, organisation: organisation?.name ?? '' }), event.target);
  }

  async #unlink(registration) {
    await this.#rowChange(registration, () => unlinkRegistration(this.secret, registration.id,
      { ifMatch: registration.version }), t('admin.org.unlinked', { name: registration.name }));
  }

  /**
   * A change in one row; its feedback goes to the list's notice, and the focus with it, where the admin looks next —
   * unless the refusal names the row's field (`organisationId`): then that field is marked and has the focus.
   */
  async #rowChange(registration, change, success, form = null) {
    clearFields(form);
    try {
      await change();
      this.notice = { area: 'list', text: success };
      await this.#load();
    } catch (error) {
      if (this.#wrongSecret(error)) return;
      if (error instanceof ApiError && error.isStale) {
        this.notice = { area: 'list', text: userMessage(error) };
        await this.#load();
      } else {
        this.notice = { area: 'list', text: showProblem(form, error, { aliases: { organisationId: 'organisation' } }) };
        if (form?.querySelector('[aria-invalid="true"]')) return;
      }
    }
    await this.updateComplete;
    this.querySelector('#list-title')?.focus();
  }

  render() {
    const other = getLocale() === 'en' ? 'nl' : 'en';
    return html`
      <header class="app-header app-header--wide">
        <div class="app-header__inner">
          <p class="app-header__brand">
            <span class="app-header__name">Groeipad</span>
            <span class="app-header__org">${t('admin.area')}</span>
          </p>
          <nav class="app-header__nav" aria-label=${t('admin.area')}>
            <a href="?lang=${other}" lang=${other} hreflang=${other}>${t('admin.otherLanguage')}</a>
          </nav>
        </div>
      </header>
      <main class="content content--wide">
        <h1>${t('admin.title')}</h1>
        <p class="lead">${t('admin.intro')}</p>
        ${this.secret ? this.#adminArea() : this.#secretForm()}
      </main>
      ${this.#deleteDialog()}
    `;
  }

  #secretForm() {
    const describedBy = this.secretError ? 'admin-secret-hint admin-secret-error' : 'admin-secret-hint';
    return html`
      <section class="panel" aria-labelledby="secret-title">
        <h2 id="secret-title">${t('admin.secret.title')}</h2>
        <form class="form" novalidate @submit=${this.#submitSecret}>
          <div class="field">
            <label for="admin-secret">${t('admin.secret.label')}</label>
            <p class="field__hint" id="admin-secret-hint">${t('admin.secret.hint')}</p>
            <input id="admin-secret" name="secret" type="password" autocomplete="current-password"
              aria-invalid=${this.secretError ? 'true' : 'false'} aria-describedby=${describedBy}>
            ${this.secretError ? html`<p class="field__error" id="admin-secret-error">${this.secretError}</p>` : nothing}
          </div>
          <button class="button" type="submit">${t('admin.secret.submit')}</button>
        </form>
      </section>
    `;
  }

  #adminArea() {
    if (this.loadError) {
      return html`
        <div class="message message--error" role="alert"><p>${this.loadError}</p></div>
        <div class="button-row">
          <button class="button" type="button" @click=${() => this.#load()}>${t('app.retry')}</button>
          <button class="button button--secondary" type="button" @click=${this.#logout}>${t('admin.logout')}</button>
        </div>
      `;
    }
    if (!this.config || !this.registrations) {
      return html`<p class="loading" role="status"><span class="spinner" aria-hidden="true"></span>${t('admin.loading')}</p>`;
    }
    return html`
      <p><button class="button button--secondary button--small" type="button" @click=${this.#logout}>${t('admin.logout')}</button></p>
      ${this.#configSection()} ${this.#listSection()} ${this.#formSection()}
    `;
  }

  #configSection() {
    return html`
      <section class="panel" aria-labelledby="config-title">
        <h2 id="config-title">${t('admin.config.title')}</h2>
        <p>${t('admin.config.intro')}</p>
        <dl class="values">
          ${CONFIG_FIELDS.filter((f) => this.config[f]).map((f) => {
            const label = t(`admin.config.${f}`);
            return html`
              <div class="values__item">
                <dt>${label}</dt>
                <dd>
                  <code>${this.config[f]}</code>
                  <button class="button button--secondary button--small" type="button"
                    @click=${() => this.#copy(label, this.config[f])}>
                    ${t('admin.copy')}<span class="visually-hidden"> ${label}</span>
                  </button>
                </dd>
              </div>
            `;
          })}
        </dl>
        ${this.#notice('config')}
      </section>
    `;
  }

  #listSection() {
    const dateFormat = new Intl.DateTimeFormat(getLocale(), { dateStyle: 'medium' });
    const date = (iso) => (iso && !Number.isNaN(Date.parse(iso)) ? dateFormat.format(new Date(iso)) : '');
    return html`
      <section class="panel" aria-labelledby="list-title">
        <h2 id="list-title" tabindex="-1">${t('admin.list.title')}</h2>
        ${this.#notice('list')}
        <p class="field__hint" id="org-hint">${t('admin.org.chooseHint')}</p>
        ${this.registrations.length === 0
          ? html`<p class="empty">${t('admin.list.empty')}</p>`
          : html`
              <div class="table-wrap" role="region" aria-labelledby="list-caption" tabindex="0">
                <table class="registrations">
                  <caption id="list-caption">${t('admin.list.caption')}</caption>
                  <thead>
                    <tr>
                      <th scope="col">${t('common.name')}</th>
                      <th scope="col">${t('admin.col.platform')}</th>
                      <th scope="col">${t('admin.col.deploymentIds')}</th>
                      <th scope="col">${t('admin.col.organisation')}</th>
                      <th scope="col">${t('admin.col.actions')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    ${this.registrations.map(
                      (r) => html`
                        <tr>
                          <td>
                            <span class="registrations__name">${r.name}</span>
                            <span class="registrations__meta">${t(`admin.kind.${r.kind}`)} · ${date(r.createdAt)}</span>
                          </td>
                          <td>
                            <code>${r.issuer}</code>
                            <span class="registrations__meta">${t('admin.clientIdLabel')} <code>${r.clientId}</code></span>
                          </td>
                          <td>${(r.deploymentIds ?? []).join(', ')}</td>
                          <td>${this.#organisationCell(r)}</td>
                          <td>
                            <button class="button button--danger button--small" type="button" @click=${() => this.#askDelete(r)}>
                              ${t('admin.delete')}<span class="visually-hidden"> ${r.name}</span>
                            </button>
                          </td>
                        </tr>
                      `,
                    )}
                  </tbody>
                </table>
              </div>
            `}
      </section>
    `;
  }

  /** Which organisation's data the registration's launches use, and the control to link or unlink it. */
  #organisationCell(r) {
    const ownId = r.organisationId ?? r.id;
    if (ownId !== r.id) {
      const organisation = this.registrations.find((o) => o.id === ownId);
      return html`
        <span>${t('admin.org.partOf', { name: organisation?.name ?? ownId })}</span>
        <button class="button button--secondary button--small" type="button" @click=${() => this.#unlink(r)}>
          ${t('admin.org.unlink')}<span class="visually-hidden"> ${r.name}</span>
        </button>
      `;
    }
    const members = this.registrations.filter((o) => o.id !== r.id && o.organisationId === r.id);
    if (members.length) return html`<span>${t('admin.org.with', { names: members.map((m) => m.name).join(', ') })}</span>`;
    const candidates = this.registrations.filter((o) => o.id !== r.id && (o.organisationId ?? o.id) === o.id);
    if (!candidates.length) return html`<span>${t('admin.org.own')}</span>`;
    const id = `org-${r.id}`;
    return html`
      <form class="registrations__link" @submit=${(e) => this.#link(e, r)}>
        <label for=${id}>${t('admin.org.choose')}<span class="visually-hidden"> ${r.name}</span></label>
        <select id=${id} name="organisation" aria-describedby="org-hint">
          <option value="">${t('admin.org.none')}</option>
          ${candidates.map((o) => html`<option value=${o.id}>${o.name}</option>`)}
        </select>
        <button class="button button--secondary button--small" type="submit">
          ${t('admin.org.link')}<span class="visually-hidden"> ${r.name}</span>
        </button>
      </form>
    `;
  }

  /** A polite live region inside a section, so feedback appears next to what the user did. */
  #notice(area) {
    const text = this.notice?.area === area ? this.notice.text : null;
    return html`<div class="live" aria-live="polite">${text ? html`<p class="message message--info">${text}</p>` : nothing}</div>`;
  }

  #formSection() {
    return html`
      <section class="panel" aria-labelledby="form-title">
        <h2 id="form-title">${t('admin.form.title')}</h2>
        <p>${t('admin.form.intro')}</p>
        <form class="form" novalidate @submit=${this.#create}>
          ${FORM_FIELDS.map((f) => this.#field(f))}
          <button class="button" type="submit" aria-disabled=${this.saving ? 'true' : 'false'}>
            ${this.saving ? t('common.saving') : t('admin.form.submit')}
          </button>
          <div class="live" aria-live="polite">
            ${this.formMessage ? html`<p class="message message--${this.formMessage.kind}" id="form-message">${this.formMessage.text}</p>` : nothing}
          </div>
        </form>
      </section>
    `;
  }

  #field(name) {
    const id = `reg-${name}`;
    const isUrl = URL_FIELDS.includes(name);
    return html`
      <div class="field">
        <label for=${id}>${t(SHARED_LABELS[name] ?? `admin.form.${name}`)}</label>
        <p class="field__hint" id="${id}-hint">${t(`admin.form.${name}.hint`)}</p>
        <input id=${id} name=${name} type=${isUrl ? 'url' : 'text'} inputmode=${isUrl ? 'url' : 'text'}
          autocomplete="off" spellcheck="false" required
          aria-describedby="${id}-hint">
      </div>
    `;
  }

  #deleteDialog() {
    const name = this.pendingDelete?.name ?? '';
    return html`
      <dialog id="delete-dialog" aria-labelledby="delete-title" aria-describedby="delete-explain"
        @close=${() => (this.pendingDelete = null)}>
        <form method="dialog" @submit=${this.#confirmDelete}>
          <h2 id="delete-title">${t('admin.delete.question', { name })}</h2>
          <p id="delete-explain">${t('admin.delete.explain')}</p>
          <div class="button-row">
            <button class="button button--danger-solid" type="submit">${t('admin.delete.yes')}</button>
            <button class="button button--secondary" type="button" autofocus
              @click=${() => this.querySelector('#delete-dialog').close()}>${t('admin.delete.no')}</button>
          </div>
        </form>
      </dialog>
    `;
  }
}

customElements.define('groeipad-admin', GroeipadAdmin);
