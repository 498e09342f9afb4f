import { html, nothing } from 'lit';
import { LightElement } from '../shared/light-element.js';
import { userMessage } from '../api.js';
import { formProblem } from '../shared/form-problem.js';
import { t } from '../i18n.js';
import { downloadDocument, issueCertificate, listOfParticipant, revokeCertificate } from './credential-api.js';
import { issuerChoices } from './credential-api.js';
import './messages.js';
import './register-proof.js';
import './participant-completion.js';
import { externalFacts, achievedList, live, longDate, originLine, stateLine } from './parts.js';

/**
 * The "Certificaten" section on a participant's page for their coach: what was issued or registered, revoking a
 * certificate with a reason, and issuing a certificate for the participant's route with a personal message.
 * GET/POST /api/v1/courses/{c}/participants/{u}/credentials, POST /api/v1/credentials/{id}/revocation.
 */
export class ParticipantCredentials extends LightElement {
  static properties = {
    course: { attribute: false },
    userId: { attribute: false },
    credentials: { state: true },
    error: { state: true },
    message: { state: true },
    revoking: { state: true },
    busy: { state: true },
    routeState: { state: true },
    branches: { state: true },
  };

  constructor() {
    super();
    this.course = null;
    this.userId = null;
    this.credentials = null;
    this.error = null;
    this.message = null;
    this.revoking = null;
    this.busy = false;
    this.routeState = null;
    this.branches = [];
  }

  willUpdate(changed) {
    if ((changed.has('userId') || changed.has('course')) && this.userId && this.course?.id) this.#load();
  }

  async #load() {
    this.error = null;
    try {
      [this.credentials, this.branches] = await Promise.all([listOfParticipant(this.course.id, this.userId),
        issuerChoices().catch(() => [])]);
    } catch (error) {
      this.error = error;
    }
  }

  async #issue(event) {
    event.preventDefault();
    if (this.busy) return;
    this.busy = true;
    const form = event.target;
    formProblem(this).clear(form);
    try {
      const message = form.elements.message.value.trim();
      const body = message ? { message } : {};
      if (form.elements.kind?.value === 'branch') {
        body.kind = 'branch';
        body.branchIssuerId = form.elements.branchIssuerId.value;
      }
      await issueCertificate(this.course.id, this.userId, body);
      form.reset();
      this.message = { kind: 'success', text: t('credential.coach.issued') };
      await this.#load();
      await this.querySelector('participant-completion')?.load();
    } catch (error) {
      this.message = { kind: 'error', text: formProblem(this).show(form, error) };
    } finally {
      this.busy = false;
    }
  }

  async #revoke(event, c) {
    event.preventDefault();
    if (this.busy) return;
    this.busy = true;
    const form = event.target;
    formProblem(this).clear(form);
    try {
      await revokeCertificate(c.id, form.elements.reason.value.trim());
      this.revoking = null;
      this.message = { kind: 'success', text: t('credential.coach.revoked') };
      await this.#load();
    } catch (error) {
      this.message = { kind: 'error', text: formProblem(this).show(form, error) };
    } finally {
      this.busy = false;
    }
  }

  async #document(c) {
    try {
      await downloadDocument(c.id);
    } catch (error) {
      this.message = { kind: 'error', text: userMessage(error) };
    }
  }

  render() {
    return html`
      <section class="panel participant-credentials" aria-labelledby="participant-credentials-title">
        <h2 id="participant-credentials-title">${t('credential.coach.title')}</h2>
        ${this.error ? html`<div class="message message--error" role="alert"><p>${userMessage(this.error)}</p></div>` : this.#body()}
      </section>
    `;
  }

  /** Own certificate or branch certificate, and under which branch issuer (only when the organisation has some). */
  #kindChoice() {
    return html`
      <fieldset class="choices">
        <legend>${t('issuers.kind.legend')}</legend>
        <label class="choice"><input type="radio" name="kind" value="own" checked>
          <span class="choice__label">${t('issuers.kind.own')}</span></label>
        <label class="choice"><input type="radio" name="kind" value="branch">
          <span class="choice__label">${t('issuers.kind.branch')}</span></label>
      </fieldset>
      <div class="field">
        <label for="credential-branch">${t('issuers.kind.choose')}</label>
        <select id="credential-branch" name="branchIssuerId">
          ${this.branches.map((b) => html`<option value=${b.id}>${b.name}</option>`)}
        </select>
      </div>
    `;
  }

  #body() {
    if (!this.credentials) return nothing;
    return html`
      ${this.credentials.length
        ? html`<ul class="credentials">${this.credentials.map((c) => this.#item(c))}</ul>`
        : html`<p>${t('credential.coach.none')}</p>`}
      ${live(this.message)}
      <participant-completion .course=${this.course} .userId=${this.userId}
        @completion-changed=${(e) => { this.routeState = e.detail.route?.state ?? null; this.#load(); }}></participant-completion>
      ${this.routeState === 'passed' || this.routeState === 'issued' ? html`
      <h3>${t('credential.coach.issueTitle')}</h3>
      <p>${t('credential.coach.issueIntro')}</p>
      <form class="form" novalidate @submit=${this.#issue}>
        ${this.branches?.length ? this.#kindChoice() : nothing}
        <div class="field">
          <label for="credential-message">${t('credential.coach.message')}</label>
          <textarea id="credential-message" name="message" rows="3" maxlength="1000"></textarea>
        </div>
        <button class="button" type="submit" aria-disabled=${this.busy ? 'true' : 'false'}>${t('credential.coach.issue')}</button>
      </form>` : nothing}
      <register-proof .course=${this.course} .userId=${this.userId} @registered=${() => this.#load()}></register-proof>
    `;
  }

  #item(c) {
    return html`
      <li class="credential credential--${c.issuedByUs ? 'own' : 'registered'}" data-id=${c.id}>
        <h3 class="credential__title">${c.title}</h3>
        <p>${t('credential.issuedOn', { date: longDate(c.issuedAt) })}</p>
        ${originLine(c)}
        ${c.issuedByUs ? stateLine(c) : externalFacts(c, (x) => this.#document(x))}
        ${achievedList(c)}
        ${c.issuedByUs && c.state === 'valid' ? this.#revokeControl(c) : nothing}
      </li>
    `;
  }

  #revokeControl(c) {
    if (this.revoking !== c.id) {
      return html`<button class="button button--secondary" type="button" @click=${() => (this.revoking = c.id)}>${t('credential.coach.revoke')}</button>`;
    }
    const id = `revoke-reason-${c.id}`;
    return html`
      <form class="form" novalidate @submit=${(e) => this.#revoke(e, c)}>
        <div class="field">
          <label for=${id}>${t('credential.coach.reason')}</label>
          <input id=${id} name="reason" type="text" maxlength="500" required>
        </div>
        <button class="button" type="submit">${t('credential.coach.revokeConfirm')}</button>
        <button class="button button--secondary" type="button" @click=${() => (this.revoking = null)}>${t('common.cancel')}</button>
      </form>
    `;
  }
}

customElements.define('participant-credentials', ParticipantCredentials);
