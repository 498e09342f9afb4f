import { html, nothing } from 'lit';
import { LightElement } from '../shared/light-element.js';
import { ApiError, userMessage } from '../api.js';
import { formProblem } from '../shared/form-problem.js';
import { formatDay, formatMoment } from '../plan/dates.js';
import * as api from './observation-api.js';
import * as queue from './offline-queue.js';
import { isPhoto, waitingCount, withWaiting } from './offline-rules.js';
import { icon } from '../shared/icons.js';
import { shrink } from '../plan/photos.js';
import { t } from '../i18n.js';
import './messages.js';
import './observer-guide.js';
import './evidence-photos.js';

/**
 * One observation for its coach (#/observations/<userId>/<id>), phone first: choose the work situation, then per
 * behaviour one tap on a score 1–5 (the scale's words on the buttons, the behaviour and its text at the observed
 * level in view) or "niet gezien". Changing a score asks why (a correction; history stays). Below: add a situation
 * (If-Match), and concluding with the guide again, what is missing, the rater signals, the second observer's
 * differences and the results so far; once concluded, the results.
 * Works without a connection (issue 9 §2): every tap goes through the offline queue (offline-queue.js) with an
 * idempotency key and is sent at once when possible; otherwise it waits on this device, shows as "wacht" and is
 * counted ("Nog 3 scores te versturen"); refused ones are listed with the reason. The observation's last answer is
 * kept on the device, so the page opens without a connection too.
 * Evidence: "Maak een foto" adds a photo to the chosen work situation; it goes through the same queue (its own
 * idempotency key), so a photo taken without a connection waits on this device and is counted too.
 */
export class ObservePage extends LightElement {
  static properties = {
    course: { attribute: false },
    userId: { attribute: false },
    observationId: { attribute: false },
    observation: { state: true },
    situationId: { state: true },
    pending: { state: true },
    status: { state: true },
    error: { state: true },
    busy: { state: true },
    queued: { state: true },
    offline: { state: true },
    hadQueue: { state: true },
  };

  constructor() {
    super();
    this.notes = {};
    this.queued = [];
    this.onQueueChanged = () => this.#queueChanged();
  }

  connectedCallback() {
    super.connectedCallback();
    globalThis.addEventListener(queue.QUEUE_CHANGED, this.onQueueChanged);
  }

  disconnectedCallback() {
    globalThis.removeEventListener(queue.QUEUE_CHANGED, this.onQueueChanged);
    super.disconnectedCallback();
  }

  get #waiting() {
    return this.queued.filter((item) => !item.failed);
  }

  /** The queue changed (a tap, or items sent when the connection came back): show it; reload what was sent. */
  async #queueChanged() {
    if (!this.observationId) return;
    const before = this.#waiting.length;
    this.queued = await queue.queued(this.observationId).catch(() => []);
    if (this.queued.length) this.hadQueue = true;
    if (this.base) this.#show(this.base);
    if (this.#waiting.length < before) this.#load();
  }

  get #who() {
    return [this.course?.id ?? '', this.userId ?? ''];
  }

  willUpdate(changed) {
    if ((changed.has('course') || changed.has('userId') || changed.has('observationId'))
      && this.course?.id && this.userId && this.observationId) this.#load();
  }

  async #load() {
    this.queued = await queue.queued(this.observationId).catch(() => []);
    if (this.queued.length) this.hadQueue = true;
    try {
      const observation = await api.getObservation(...this.#who, this.observationId);
      this.offline = false;
      this.error = null;
      this.#show(observation);
      queue.keepView(observation);
    } catch (error) {
      const kept = error instanceof ApiError ? null : await queue.keptView(this.observationId);
      if (kept) {
        this.offline = true;
        this.#show(this.base?.id === kept.id && this.base.version > kept.version ? this.base : kept);
      } else if (!this.base) {
        this.error = error;
      }
    }
  }

  /** The observation as stored (`base`), shown with the scores still waiting on this device. */
  #show(base) {
    this.base = base;
    const observation = withWaiting(base, this.queued, base.you ?? 'lead');
    this.observation = observation;
    if (!observation.situations.some((s) => s.id === this.situationId)) this.situationId = observation.situations[0]?.id;
  }

  /** My current entry for an indicator in the chosen situation. */
  #current(indicatorId) {
    const me = this.observation.you ?? 'lead';
    return this.observation.entries.find((e) => e.current && e.observer === me
      && e.indicatorId === indicatorId && e.situationId === this.situationId);
  }

  #valueLabel(entry) {
    if (!entry) return '';
    return entry.notSeen ? t('observation.score.notSeen') : `${entry.score} ${this.observation.scale[entry.score - 1]}`;
  }

  /** One tap: a first score is saved at once; changing one asks why first. */
  async #tap(indicator, value) {
    const current = this.#current(indicator.id);
    const same = current && (value === 'not-seen' ? current.notSeen : current.score === value);
    if (same) return;
    if (current?.waiting) {
      this.status = { kind: 'info', text: t('observation.offline.changeLater') };
      return;
    }
    if (current) {
      this.pending = { indicatorId: indicator.id, value, corrects: current.id };
      return;
    }
    await this.#record(indicator, value);
  }

  async #record(indicator, value, correction) {
    this.status = null;
    this.busy = true;
    const body = {
      indicatorId: indicator.id,
      situationId: this.situationId,
      ...(value === 'not-seen' ? { notSeen: true } : { score: value }),
      note: this.notes[indicator.id] || null,
      ...(correction ?? {}),
    };
    try {
      // every tap goes through the queue (with its idempotency key) and is sent at once when there is a connection
      const item = await queue.enqueue({ courseId: this.course.id, userId: this.userId, observationId: this.observation.id, body });
      this.pending = null;
      this.notes[indicator.id] = '';
      await queue.flush();
      const after = (await queue.queued(this.observation.id)).find((queued) => queued.key === item.key);
      if (!after) {
        this.status = { kind: 'success', text: t('observation.score.saved') };
      } else if (after.failed) {
        // refused at once (e.g. a correction without a reason): shown here as before, not kept in the list
        await queue.discard(after.key);
        if (after.failed.fields?.length) {
          // a correction's refused reason is marked in the correction form; a refused score is said above
          this.pending = correction ? { indicatorId: indicator.id, value, corrects: correction.corrects } : null;
          await this.updateComplete;
          const form = correction ? this.querySelector(`#correct-${CSS.escape(indicator.id)}`) : null;
          this.status = { kind: 'error', text: formProblem(this).show(form, { errors: after.failed.fields }) };
        } else {
          this.status = { kind: 'error', text: after.failed.message };
          if (after.failed.status === 409) this.#load();
        }
      } else {
        this.status = { kind: 'info', text: t('observation.offline.kept') };
      }
    } catch (error) {
      this.status = { kind: 'error', text: userMessage(error) };
    } finally {
      this.busy = false;
    }
  }

  async #correct(event, indicator) {
    event.preventDefault();
    const reason = new FormData(event.target).get('reason');
    await this.#record(indicator, this.pending.value, { corrects: this.pending.corrects, reason });
  }

  /** A photo taken (or chosen): made smaller when big, queued with its own key, sent at once when possible. */
  async #photoChosen(event) {
    const input = event.target;
    const file = input.files?.[0];
    if (!file) return;
    this.status = { kind: 'info', text: t('observation.photo.busy') };
    this.busy = true;
    try {
      const blob = await shrink(file);
      input.value = '';
      const item = await queue.enqueuePhoto({
        courseId: this.course.id, userId: this.userId, observationId: this.observation.id, situationId: this.situationId, blob,
      });
      await queue.flush();
      const after = (await queue.queued(this.observation.id)).find((queued) => queued.key === item.key);
      if (!after) {
        this.status = { kind: 'success', text: t('observation.photo.saved') };
        this.#load();
      } else if (after.failed) {
        // refused at once (too large, no photo): shown here, not kept in the list
        await queue.discard(after.key);
        this.status = { kind: 'error', text: after.failed.message };
      } else {
        this.status = { kind: 'info', text: t('observation.photo.kept') };
      }
    } catch (error) {
      this.status = { kind: 'error', text: userMessage(error) };
    } finally {
      this.busy = false;
    }
  }

  /** The photos of one situation (or all): stored ones, then those still waiting on this device. */
  #photos(o, situationId) {
    const name = (id) => o.situations.find((s) => s.id === id)?.name ?? '';
    const stored = (o.photos ?? []).filter((p) => !situationId || p.situationId === situationId).map((p) => ({
      id: p.id,
      alt: t('observation.photo.alt', { situation: name(p.situationId), when: formatMoment(p.takenAt) }),
      load: () => api.photoUrl(...this.#who, o.id, p.id),
    }));
    const waiting = this.queued.filter((item) => isPhoto(item) && !item.failed
      && (!situationId || item.body.situationId === situationId)).map((item) => ({
      id: `waiting-${item.key}`,
      alt: t('observation.photo.alt', { situation: name(item.body.situationId), when: formatMoment(new Date(item.queuedAt).toISOString()) }),
      load: () => Promise.resolve(URL.createObjectURL(item.blob)),
      waiting: true,
    }));
    return [...stored, ...waiting];
  }

  #evidence(o, situation) {
    return html`
      <section class="panel evidence" aria-labelledby="evidence-title">
        <h2 id="evidence-title" class="panel__title">${t('observation.photo.title')}</h2>
        <p class="field__hint" id="evidence-hint">${t('observation.photo.hint', { situation: situation?.name ?? '' })}</p>
        <button type="button" class="button button--secondary evidence__button" aria-describedby="evidence-hint"
          ?disabled=${this.busy} @click=${() => this.querySelector('.evidence__input')?.click()}>
          ${icon('camera', 'icon')}${t('common.photo.take')}
        </button>
        <input class="evidence__input" type="file" accept="image/*" capture="environment" hidden tabindex="-1"
          aria-label=${t('common.photo.take')} @change=${(e) => this.#photoChosen(e)}>
        <evidence-photos .photos=${this.#photos(o, situation?.id)}></evidence-photos>
      </section>
    `;
  }

  async #addSituation(event) {
    event.preventDefault();
    const form = event.target;
    const name = new FormData(form).get('name');
    formProblem(this).clear(form);
    try {
      this.#show(await api.addSituation(...this.#who, this.observation.id, { name }, { ifMatch: this.observation.version }));
      this.situationId = this.observation.situations.at(-1).id;
      form.reset();
    } catch (error) {
      this.#handle(error, form);
    }
  }

  async #conclude(event) {
    event.preventDefault();
    const form = new FormData(event.target);
    formProblem(this).clear(event.target);
    this.busy = true;
    try {
      this.#show(await api.conclude(...this.#who, this.observation.id, {
        guideConfirmed: form.get('guideConfirmed') === 'yes',
        reason: form.get('reason') || null,
        feedbackGood: form.get('feedbackGood') || null,
        feedbackNext: form.get('feedbackNext') || null,
      }, { ifMatch: this.observation.version }));
      this.status = null;
      await this.updateComplete;
      this.querySelector('#concluded-title')?.focus();
    } catch (error) {
      this.#handle(error, event.target);
    } finally {
      this.busy = false;
    }
  }

  /** A refusal: the newest observation when someone else changed it; the fields it names marked in `form`. */
  #handle(error, form) {
    if (error instanceof ApiError && error.isStale && error.current?.id === this.observation.id) {
      this.#show(error.current);
      this.status = { kind: 'error', text: userMessage(error) };
    } else {
      this.status = { kind: 'error', text: formProblem(this).show(form, error) };
    }
  }

  render() {
    const o = this.observation;
    return html`
      <p><a class="back" href="#/observations/${encodeURIComponent(this.userId ?? '')}">${t('observation.backList')}</a></p>
      ${this.error ? html`<div class="message message--error" role="alert"><p>${userMessage(this.error)}</p></div>` : nothing}
      ${!o && !this.error ? html`<p class="loading" role="status"><span class="spinner" aria-hidden="true"></span>${t('common.wait')}</p>` : nothing}
      ${o ? this.#page(o) : nothing}
    `;
  }

  #page(o) {
    return html`
      <h1>${o.competencies.map((c) => c.title).join(', ')} · ${t('common.levelOf', { level: o.level })}</h1>
      <p class="lead">${t('observation.period', { from: formatDay(o.startsOn, { weekday: false }), to: formatDay(o.endsOn, { weekday: false }) })}</p>
      <div class="live" aria-live="polite">
        ${this.status ? html`<p class="message message--${this.status.kind}">${this.status.text}</p>` : nothing}
      </div>
      ${this.#queuePanel()}
      ${o.status === 'open' ? this.#scoring(o) : this.#concluded(o)}
    `;
  }

  /** What waits on this device and what the server refused, never dropped silently. */
  #queuePanel() {
    const count = waitingCount(this.queued);
    const waiting = count.total;
    const failed = this.queued.filter((item) => item.failed);
    // shown once something waited on this page (then "Alles is verstuurd."), and whenever there is no connection
    if (!waiting && !failed.length && !this.offline && !this.hadQueue) return nothing;
    const valueOf = (item) => (isPhoto(item) ? t('observation.photo.one')
      : item.body.notSeen ? t('observation.score.notSeen') : String(item.body.score));
    const indicatorOf = (item) => (isPhoto(item)
      ? this.observation.situations.find((s) => s.id === item.body.situationId)?.name ?? ''
      : this.observation.competencies.flatMap((c) => c.indicators).find((i) => i.id === item.body.indicatorId)?.description ?? '');
    return html`
      <section class="panel offline-queue" aria-labelledby="queue-title">
        <h2 id="queue-title" class="panel__title">${t('observation.offline.title')}</h2>
        ${this.offline ? html`<p>${t('observation.offline.noConnection')}</p>` : nothing}
        <p class="offline-queue__count" role="status" data-waiting=${waiting}>
          ${this.#countText(count)}
        </p>
        ${waiting ? html`<button type="button" class="button button--secondary button--small"
          @click=${() => queue.flush().catch(() => {})}>${t('observation.offline.sendNow')}</button>` : nothing}
        ${failed.length ? html`
          <div class="message message--error" role="alert">
            <p><strong>${t('observation.offline.failedTitle')}</strong></p>
            <ul class="offline-queue__failed">${failed.map((item) => html`
              <li>${indicatorOf(item)}: ${valueOf(item)} — ${item.failed.message}
                <button type="button" class="button button--secondary button--small"
                  @click=${() => queue.discard(item.key)}>${t('observation.offline.discard')}</button></li>`)}</ul>
          </div>` : nothing}
      </section>
    `;
  }

  /** "Nog 3 scores te versturen", with the photos when some wait: "Nog 3 scores en 1 foto te versturen". */
  #countText({ scores, photos, total }) {
    if (total === 0) return t('observation.offline.noneWaiting');
    if (!photos) return scores === 1 ? t('observation.offline.waitingOne') : t('observation.offline.waitingMany', { count: scores });
    const photoText = photos === 1 ? t('observation.offline.photoOne') : t('observation.offline.photoMany', { count: photos });
    if (!scores) return t('observation.offline.waitingPhotos', { photos: photoText });
    const scoreText = scores === 1 ? t('observation.offline.scoreOne') : t('observation.offline.scoreMany', { count: scores });
    return t('observation.offline.waitingBoth', { scores: scoreText, photos: photoText });
  }

  #scoring(o) {
    const situation = o.situations.find((s) => s.id === this.situationId);
    return html`
      <fieldset class="choices choices--row situation-choice">
        <legend>${t('observation.situation.choose')}</legend>
        ${o.situations.map((s) => html`
          <label class="choice"><input type="radio" name="situation" value=${s.id} ?checked=${s.id === this.situationId}
            @change=${() => { this.situationId = s.id; this.pending = null; }}>
            <span class="choice__label">${s.name}</span></label>`)}
      </fieldset>
      ${this.#evidence(o, situation)}
      <p>${t('observation.scale.intro')}</p>
      ${o.competencies.map((c, ci) => html`
        <h2 id="competency-${ci}">${c.title}</h2>
        <ol class="indicators" aria-labelledby="competency-${ci}">
          ${c.indicators.map((i) => this.#indicator(o, i, situation))}
        </ol>`)}
      <form class="form inline-form" novalidate @submit=${(e) => this.#addSituation(e)}>
        <div class="field">
          <label for="new-situation">${t('observation.situation.name')}</label>
          <input id="new-situation" name="name" maxlength="80">
        </div>
        <button type="submit" class="button button--secondary button--small">${t('observation.situation.add')}</button>
      </form>
      ${this.#check(o)}
    `;
  }

  #indicator(o, indicator, situation) {
    const current = this.#current(indicator.id);
    const pending = this.pending?.indicatorId === indicator.id ? this.pending : null;
    const history = o.entries.filter((e) => e.indicatorId === indicator.id && e.situationId === this.situationId);
    const label = t('observation.score.for', { indicator: indicator.description, situation: situation?.name ?? '' });
    const pressed = (value) => (value === 'not-seen' ? !!current?.notSeen : current?.score === value);
    return html`
      <li class="indicator">
        <p class="indicator__text">${indicator.code ? html`<span class="indicator__code">${indicator.code}</span> ` : nothing}${indicator.description}</p>
        ${indicator.levelText ? html`<p class="indicator__level"><strong>${t('observation.levelText', { level: o.level })}</strong> ${indicator.levelText}</p>` : nothing}
        <div class="score-buttons" role="group" aria-label=${label}>
          ${o.scale.map((word, index) => html`
            <button type="button" class="score-button" aria-pressed=${pressed(index + 1) ? 'true' : 'false'}
              ?disabled=${this.busy} @click=${() => this.#tap(indicator, index + 1)}>
              <span class="score-button__number">${index + 1}</span><span class="score-button__word">${word}</span>
            </button>`)}
          <button type="button" class="score-button score-button--not-seen" aria-pressed=${pressed('not-seen') ? 'true' : 'false'}
            ?disabled=${this.busy} @click=${() => this.#tap(indicator, 'not-seen')}>${t('observation.score.notSeen')}</button>
        </div>
        ${current?.waiting ? html`<p class="indicator__waiting">${t('observation.offline.entryWaiting')}</p>` : nothing}
        <div class="field indicator__note">
          <label for="note-${indicator.id}">${t('observation.note')}</label>
          <input id="note-${indicator.id}" maxlength="500" .value=${this.notes[indicator.id] ?? ''}
            @input=${(e) => { this.notes[indicator.id] = e.target.value; }}>
        </div>
        ${pending ? html`
          <form class="form correction" id="correct-${indicator.id}" novalidate @submit=${(e) => this.#correct(e, indicator)}>
            <p>${t('observation.correct.title', { from: this.#valueLabel(current), to: pending.value === 'not-seen' ? t('observation.score.notSeen') : `${pending.value} ${o.scale[pending.value - 1]}` })}</p>
            <div class="field">
              <label for="reason-${indicator.id}">${t('observation.correct.reason')}</label>
              <input id="reason-${indicator.id}" name="reason" maxlength="500" required>
            </div>
            <div class="button-row">
              <button type="submit" class="button button--small">${t('observation.correct.submit')}</button>
              <button type="button" class="button button--secondary button--small" @click=${() => { this.pending = null; }}>${t('common.cancel')}</button>
            </div>
          </form>` : nothing}
        ${history.length ? html`
          <details class="indicator__history">
            <summary>${t('observation.history', { count: history.length })}</summary>
            <ul>${history.map((e) => html`<li>
              ${t('observation.history.entry', { when: formatMoment(e.recordedAt), value: this.#valueLabel(e) })}
              ${e.observer === 'second' ? t('observation.history.second') : nothing}
              ${e.reason ? html`— ${t('observation.history.corrected', { reason: e.reason })}` : nothing}
              ${e.note ? html`<br><span class="muted">${e.note}</span>` : nothing}
            </li>`)}</ul>
          </details>` : nothing}
      </li>
    `;
  }

  #check(o) {
    const check = o.check;
    return html`
      <section class="panel observation-check" aria-labelledby="check-title">
        <h2 id="check-title" class="panel__title">${t('observation.check.title')}</h2>
        ${check.ruleHolds
          ? html`<p class="message message--success">${t('observation.check.ruleHolds')}</p>`
          : html`<p><strong>${t('observation.check.missing')}</strong></p><ul>${check.missing.map((m) => html`<li>${m}</li>`)}</ul>`}
        ${check.signals.length ? html`
          <div class="message message--info signals">
            <p><strong>${t('observation.check.signals')}</strong></p>
            <ul>${check.signals.map((s) => html`<li data-signal=${s.code}>${s.sentence}</li>`)}</ul>
          </div>` : nothing}
        ${this.#differences(check.differences)}
        <h3>${t('observation.check.results')}</h3>
        ${this.#results(check.results)}
        <observer-guide rules></observer-guide>
        <form class="form" novalidate @submit=${(e) => this.#conclude(e)}>
          ${check.ruleHolds ? nothing : html`
            <div class="field">
              <label for="conclude-reason">${t('observation.conclude.reason')}</label>
              <textarea id="conclude-reason" name="reason" rows="3" maxlength="1000"
                aria-describedby="conclude-reason-hint"></textarea>
              <p class="field__hint" id="conclude-reason-hint">${t('observation.conclude.reasonHint')}</p>
            </div>`}
          <div class="field">
            <label for="conclude-good">${t('observation.conclude.good')}</label>
            <textarea id="conclude-good" name="feedbackGood" rows="2" maxlength="1000"></textarea>
          </div>
          <div class="field">
            <label for="conclude-next">${t('observation.conclude.next')}</label>
            <textarea id="conclude-next" name="feedbackNext" rows="2" maxlength="1000"></textarea>
          </div>
          <label class="choice observation-confirm">
            <input type="checkbox" name="guideConfirmed" value="yes">
            <span class="choice__label">${t('observation.guide.confirm')}</span>
          </label>
          <button type="submit" class="button" ?disabled=${this.busy}>${t('observation.conclude.submit')}</button>
        </form>
      </section>
    `;
  }

  #differences(differences) {
    if (!differences?.length) return nothing;
    return html`
      <h3>${t('observation.check.differences')}</h3>
      <ul>${differences.map((d) => html`<li>${t('observation.check.difference', d)}</li>`)}</ul>
    `;
  }

  #results(results) {
    return html`
      <ul class="results">${results.map((r) => html`
        <li class="result result--${r.reached ? 'reached' : 'not-yet'}">
          <strong>${r.reached ? t('observation.result.reached') : t('observation.result.notYet')}</strong>: ${r.comment}
        </li>`)}</ul>
    `;
  }

  #concluded(o) {
    const c = o.conclusion;
    return html`
      <section class="panel" aria-labelledby="concluded-title">
        <h2 id="concluded-title" class="panel__title" tabindex="-1">${t('observation.concluded.title', { date: formatMoment(c.concludedAt) })}</h2>
        ${c.early ? html`<p><span class="badge">${t('observation.concluded.early')}</span></p>` : nothing}
        ${c.incomplete ? html`<p><span class="badge">${t('observation.concluded.incomplete')}</span></p>` : nothing}
        ${c.reason ? html`<p><strong>${t('observation.concluded.reason')}</strong> ${c.reason}</p>` : nothing}
        ${this.#results(c.results)}
        ${c.feedbackGood ? html`<p><strong>${t('progress.good')}:</strong> ${c.feedbackGood}</p>` : nothing}
        ${c.feedbackNext ? html`<p><strong>${t('progress.next')}:</strong> ${c.feedbackNext}</p>` : nothing}
        ${this.#differences(c.differences)}
        ${o.photos?.length ? html`<h3>${t('observation.photo.title')}</h3>
          <evidence-photos .photos=${this.#photos(o, null)}></evidence-photos>` : nothing}
      </section>
    `;
  }
}

customElements.define('observe-page', ObservePage);
