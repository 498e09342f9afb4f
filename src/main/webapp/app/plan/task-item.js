import { html, nothing } from 'lit';
import { LightElement } from '../shared/light-element.js';
import { icon } from '../shared/icons.js';
import { userMessage } from '../api.js';
import { formProblem } from '../shared/form-problem.js';
import { saveTaskNote, saveTaskPhoto, setTaskDone, taskPhotoUrl } from './plan-api.js';
import { t } from '../i18n.js';
import { formatDay, formatMoment } from './dates.js';
import { shrink } from './photos.js';
import { safeWebAddress } from './steps.js';
import '../shared/read-aloud-button.js';
import './messages.js';

const TIMING_ICON = { today: 'today', overdue: 'late', upcoming: 'calendar', done: 'check' };

/** Where a task stands, in words and with a pictogram (never by colour alone). */
export function timingLabel(task) {
  const text = {
    today: () => t('common.today'),
    overdue: () => t('task.timing.overdue', { date: formatDay(task.day) }),
    upcoming: () => t('task.timing.upcoming', { date: formatDay(task.day) }),
    done: () => t('task.timing.done', { date: task.doneAt && !task.recorded ? formatMoment(task.doneAt) : formatDay(task.day) }),
  }[task.timing] ?? (() => formatDay(task.day));
  return html`<span class="when when--${task.timing}">${icon(TIMING_ICON[task.timing] ?? 'calendar', 'icon when__icon')}${text()}</span>`;
}

/**
 * One task of the participant's own plan: a big "Gedaan" toggle (pressed = done; press again to undo),
 * when it is planned, the learning material, and a short note or a photo.
 * Fires `task-changed` (detail: the task as the server answered) after every change.
 */
export class TaskItem extends LightElement {
  static properties = {
    task: { attribute: false },
    busy: { state: true },
    status: { state: true },
    error: { state: true },
    photoUrl: { state: true },
  };

  constructor() {
    super();
    this.task = null;
    this.busy = false;
    this.status = null;
    this.error = null;
    this.photoUrl = null;
  }

  disconnectedCallback() {
    if (this.photoUrl) URL.revokeObjectURL(this.photoUrl);
    super.disconnectedCallback();
  }

  /** One change; a refusal marks the fields it names in `form` (the note) and says so. */
  async #run(work, success, form = null) {
    if (this.busy) return;
    this.busy = true;
    this.error = null;
    this.status = null;
    formProblem(this).clear(form);
    try {
      const task = await work();
      this.task = task;
      this.status = success(task);
      this.dispatchEvent(new CustomEvent('task-changed', { detail: task, bubbles: true }));
    } catch (error) {
      this.error = formProblem(this).show(form, error);
    } finally {
      this.busy = false;
    }
  }

  #toggle() {
    const done = this.task.done;
    this.#run(() => setTaskDone(this.task.id, !done), (task) => t(task.done ? 'task.ticked' : 'task.unticked'));
  }

  async #saveNote(event) {
    event.preventDefault();
    const details = event.target.closest('details');
    const note = new FormData(event.target).get('note');
    await this.#run(() => saveTaskNote(this.task.id, note), () => t('task.note.saved'), event.target);
    if (!this.error && details) {
      // Saved: the editor closes and the note shows as written; focus goes to the summary to open it again.
      details.open = false;
      details.querySelector('summary')?.focus();
    }
  }

  #takePhoto() {
    this.querySelector('.task__photo-input')?.click();
  }

  async #photoChosen(event) {
    const file = event.target.files?.[0];
    if (!file) return;
    this.status = t('task.photo.busy');
    const blob = await shrink(file);
    await this.#run(() => saveTaskPhoto(this.task.id, blob), () => t('task.photo.saved'));
    event.target.value = '';
    if (!this.error) {
      if (this.photoUrl) URL.revokeObjectURL(this.photoUrl);
      this.photoUrl = URL.createObjectURL(blob);
    }
  }

  async #showPhoto() {
    try {
      this.photoUrl = await taskPhotoUrl(this.task.id);
    } catch (error) {
      this.error = userMessage(error);
    }
  }

  /**
   * "Begin" for a task with learning material: online material with a web address opens in a new tab; any other
   * material opens its lesson in Groeipad (its steps, read aloud on request, and "Klaar").
   */
  /** What read-aloud says about a task: its title, when, and its material. */
  #spoken(task) {
    const when = { today: t('common.today'), overdue: t('task.timing.overdue', { date: formatDay(task.day) }),
      upcoming: t('task.timing.upcoming', { date: formatDay(task.day) }), done: t('task.done') }[task.timing] ?? '';
    return [task.title, when, task.itemTitle ? t('task.material', { title: task.itemTitle }) : '']
      .filter(Boolean).join('. ');
  }

  #begin(task) {
    if (!task.itemTitle && !task.catalogueItemId && !task.itemUrl) return nothing;
    const url = safeWebAddress(task.itemUrl);
    const label = html`${icon('play', 'icon')}${t('task.begin')}<span class="visually-hidden">: ${task.itemTitle ?? task.title}</span>`;
    const lesson = `#/lesson/${encodeURIComponent(task.id)}`;
    if (url) {
      return html`<p class="task__begin-row">
        <a class="button task__begin" href=${url} target="_blank" rel="noopener noreferrer">${label}
          <span class="visually-hidden">${t('task.begin.opens')}</span></a>
        ${task.catalogueItemId ? html`<a class="task__how" href=${lesson}>${t('task.begin.how')}<span
          class="visually-hidden">: ${task.title}</span></a>` : nothing}</p>`;
    }
    return html`<p class="task__begin-row"><a class="button task__begin" href=${lesson}>${label}</a></p>`;
  }

  render() {
    const task = this.task;
    if (!task) return nothing;
    const id = `task-${task.id}`;
    return html`
      <div class="task task--${task.timing}">
        <div class="task__main">
          <button type="button" class="tick" aria-pressed=${task.done ? 'true' : 'false'}
            aria-describedby="${id}-when" @click=${this.#toggle}>
            <span class="tick__box">${icon('check', 'icon tick__icon')}</span>
            <span class="tick__label">${t('task.done')}<span class="visually-hidden">: ${task.title}</span></span>
          </button>
          <div class="task__body">
            <p class="task__title">${task.title}</p>
            <p class="task__when" id="${id}-when">${timingLabel(task)}</p>
            ${task.itemTitle && task.itemTitle !== task.title
              ? html`<p class="task__item">${t('task.material', { title: task.itemTitle })}</p>` : nothing}
          </div>
        </div>
        <div class="task__actions">
          ${this.#begin(task)}
          <read-aloud-button compact .text=${this.#spoken(task)} .label=${task.title}></read-aloud-button>
          <details class="task__more">
            <summary>${icon('pencil')}${task.note ? t('task.note.edit') : t('task.note.add')}</summary>
            <form class="form task__form" @submit=${this.#saveNote}>
              <div class="field">
                <label for="${id}-note">${t('task.note.label')}</label>
                <p class="field__hint" id="${id}-note-hint">${t('task.note.hint')}</p>
                <textarea id="${id}-note" name="note" rows="3" maxlength="500" aria-describedby="${id}-note-hint"
                  .value=${task.note ?? ''}></textarea>
              </div>
              <button class="button" type="submit" aria-disabled=${this.busy ? 'true' : 'false'}>${t('common.keep')}</button>
            </form>
            <div class="task__photo-control">
              <button type="button" class="button button--secondary task__photo-button" aria-describedby="${id}-photo-hint"
                aria-disabled=${this.busy ? 'true' : 'false'} @click=${this.#takePhoto}>
                ${icon('camera', 'icon')}${t('common.photo.take')}<span class="visually-hidden">: ${task.title}</span>
              </button>
              <p class="field__hint" id="${id}-photo-hint">${t('task.photo.hint')}</p>
              <input id="${id}-photo" class="task__photo-input" type="file" accept="image/*" capture="environment" hidden
                tabindex="-1" aria-label=${t('common.photo.take')} @change=${this.#photoChosen}>
            </div>
          </details>
        </div>
        ${task.note ? html`<p class="task__note">${icon('pencil', 'icon task__note-icon')}${t('task.note.mine', { note: task.note })}</p>` : nothing}
        ${this.photoUrl ? html`<img class="task__photo" src=${this.photoUrl} alt=${t('task.photo.alt', { title: task.title })}>`
          : task.hasPhoto ? html`<button type="button" class="button button--secondary button--small" @click=${this.#showPhoto}>
              ${icon('camera')}${t('task.photo.show')}</button>` : nothing}
        <div class="live" aria-live="polite">
          ${this.status && !this.error ? html`<p class="message message--success">${this.status}</p>` : nothing}
          ${this.error ? html`<p class="message message--error">${this.error}</p>` : nothing}
        </div>
      </div>
    `;
  }
}

customElements.define('task-item', TaskItem);
