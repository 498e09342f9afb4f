import { html, nothing } from 'lit';
import { LightElement } from '../shared/light-element.js';
import { icon } from '../shared/icons.js';
import { userMessage } from '../api.js';
import { getLesson, setTaskDone } from './plan-api.js';
import { t } from '../i18n.js';
import { safeWebAddress, stepPictogram } from './steps.js';
import '../shared/read-aloud-button.js';
import './messages.js';

/**
 * "Begin": the lesson of one of my tasks (#/lesson/<taskId>). Workplace and offline material: what to do in short,
 * numbered steps, each with a pictogram, and read aloud on request. Online material: a big link that opens it in a
 * new tab (http(s) only), with its steps when the coach wrote some. "Klaar" ticks the task off
 * (POST /tasks/{id}/done) and says so; "Terug naar Vandaag" goes home. GET /api/v1/tasks/{id}/lesson.
 */
export class TaskLesson extends LightElement {
  static properties = {
    taskId: { attribute: false },
    lesson: { state: true },
    error: { state: true },
    busy: { state: true },
    status: { state: true },
  };

  constructor() {
    super();
    this.taskId = null;
    this.lesson = null;
    this.error = null;
    this.busy = false;
    this.status = '';
  }

  willUpdate(changed) {
    if (changed.has('taskId') && this.taskId) this.#load();
  }

  async #load() {
    this.error = null;
    this.lesson = null;
    try {
      this.lesson = await getLesson(this.taskId);
    } catch (error) {
      this.error = error;
    }
  }

  async #done() {
    if (this.busy) return;
    this.busy = true;
    this.error = null;
    try {
      const task = await setTaskDone(this.taskId, true);
      this.lesson = { ...this.lesson, done: task.done };
      this.status = t('task.ticked');
      await this.updateComplete;
      this.querySelector('.lesson__finished')?.focus();
    } catch (error) {
      this.error = error;
    } finally {
      this.busy = false;
    }
  }

  render() {
    if (this.error && !this.lesson) {
      return html`<h1>${t('lesson.kicker')}</h1>
        <div class="message message--error" role="alert"><p>${userMessage(this.error)}</p></div>
        <p><a class="button button--secondary" href="#/">${t('lesson.back')}</a></p>`;
    }
    if (!this.lesson) {
      return html`<h1 class="visually-hidden">${t('lesson.kicker')}</h1>
        <p class="loading" role="status"><span class="spinner" aria-hidden="true"></span>${t('lesson.loading')}</p>`;
    }
    const lesson = this.lesson;
    const url = safeWebAddress(lesson.url);
    const steps = lesson.steps ?? [];
    const spoken = [lesson.title, lesson.description, steps.length ? t('lesson.readIntro') : '',
      ...steps.map((step, i) => `${t('lesson.step', { number: i + 1 })} ${step}`)].filter(Boolean).join(' ');
    return html`
      <article class="lesson">
        <p class="lesson__kicker">${icon('play', 'icon lesson__kicker-icon')}${t('lesson.kicker')}</p>
        <h1 class="lesson__title">${lesson.title}</h1>
        ${lesson.itemTitle && lesson.itemTitle !== lesson.title
          ? html`<p class="lesson__material">${t('lesson.material', { title: lesson.itemTitle })}</p>` : nothing}
        ${lesson.kind ? html`<p class="lesson__kind">${t(`material.kind.${lesson.kind}`)}${lesson.durationMinutes
          ? html` · ${t('lesson.minutes', { minutes: lesson.durationMinutes })}` : nothing}</p>` : nothing}
        ${lesson.description ? html`<p class="lead lesson__description">${lesson.description}</p>` : nothing}
        <read-aloud-button .text=${spoken}></read-aloud-button>
        ${url ? html`
          <p><a class="button lesson__open" href=${url} target="_blank" rel="noopener noreferrer">
            ${icon('external', 'icon')}${lesson.sourceName ? t('lesson.openAt', { site: lesson.sourceName }) : t('lesson.open')}
            <span class="visually-hidden">${t('task.begin.opens')}</span></a></p>` : nothing}
        ${steps.length ? html`
          <section aria-labelledby="lesson-steps">
            <h2 id="lesson-steps">${t('lesson.steps')}</h2>
            <ol class="lesson__steps">
              ${steps.map((step, i) => html`
                <li class="lesson__step">
                  <span class="lesson__number" aria-hidden="true">${i + 1}</span>
                  <span class="lesson__pictogram">${icon(stepPictogram(step), 'icon lesson__icon')}</span>
                  <span class="lesson__text"><span class="visually-hidden">${t('lesson.step', { number: i + 1 })} </span>${step}</span>
                </li>`)}
            </ol>
          </section>` : url ? nothing : html`<p class="message message--info">${t('lesson.noSteps')}</p>`}
        <div class="lesson__end">
          ${lesson.done
            ? html`<p class="message message--success lesson__finished" tabindex="-1">${icon('check', 'icon')}${this.status || t('lesson.already')}</p>`
            : html`<p class="field__hint" id="lesson-done-hint">${t('lesson.done.hint')}</p>
              <button type="button" class="button lesson__done" aria-describedby="lesson-done-hint"
                aria-disabled=${this.busy ? 'true' : 'false'} @click=${this.#done}>${icon('check', 'icon')}${t('lesson.done')}</button>`}
          ${this.error ? html`<div class="message message--error" role="alert"><p>${userMessage(this.error)}</p></div>` : nothing}
          <p><a class="button button--secondary" href="#/">${t('lesson.back')}</a></p>
        </div>
        <p class="visually-hidden" role="status" aria-live="polite">${this.status}</p>
      </article>
    `;
  }
}

customElements.define('task-lesson', TaskLesson);
