import { html, nothing } from 'lit';
import { LightElement } from '../shared/light-element.js';
import { icon } from '../shared/icons.js';
import { userMessage } from '../api.js';
import { saveTaskNote, saveTaskPhoto, setTaskDone, taskPhotoUrl } from './plan-api.js';
import { t } from '../i18n.js';
import { formatDay, formatMoment } from './dates.js';
import { shrink } from './photos.js';
import './messages.js';

const TIMING_ICON = { today: 'today', overdue: 'late', upcoming: 'calendar', done: 'check' };

/** Where a task stands, in words and with a pictogram (never by colour alone). */
export function timingLabel(task) {
  const text = {
    today: () => t('common.today'),
    overdue: () => t('task.timing.overdue', { date: formatDay(task.day) }),
    upcoming: () => t('task.timing.upcoming', { date: formatDay(task.day) }),
    done: () => t('task.timing.done', { date: task.doneAt ? formatMoment(task.doneAt) : formatDay(task.day) }),
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

  async #run(work, success) {
    if (this.busy) return;
    this.busy = true;
    this.error = null;
    this.status = null;
    try {
      const task = await work();
      this.task = task;
      this.status = success(task);
      this.dispatchEvent(new CustomEvent('task-changed', { detail: task, bubbles: true }));
    } catch (error) {
      this.error = userMessage(error);
    } finally {
      this.busy = false;
    }
  }

  #toggle() {
    const done = this.task.done;
    this.#run(() => setTaskDone(this.task.id, !done), (task) => t(task.done ? 'task.ticked' : 'task.unticked'));
  }

  #saveNote(event) {
    event.preventDefault();
    const note = new FormData(event.target).get('note');
    this.#run(() => saveTaskNote(this.task.id, note), () => t('task.note.saved'));
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
            ${task.itemTitle ? html`<p class="task__item">${task.itemUrl
              ? html`<a href=${task.itemUrl} target="_blank" rel="noopener noreferrer">${t('task.material', { title: task.itemTitle })}</a>`
              : t('task.material', { title: task.itemTitle })}</p>` : nothing}
          </div>
        </div>
        ${task.note ? html`<p class="task__note">${icon('pencil', 'icon task__note-icon')}${t('task.note.mine', { note: task.note })}</p>` : nothing}
        ${this.photoUrl ? html`<img class="task__photo" src=${this.photoUrl} alt=${t('task.photo.alt', { title: task.title })}>`
          : task.hasPhoto ? html`<button type="button" class="button button--secondary button--small" @click=${this.#showPhoto}>
              ${icon('camera')}${t('task.photo.show')}</button>` : nothing}
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
            <div class="field">
              <label for="${id}-photo">${icon('camera', 'icon field__icon')}${t('task.photo.label')}</label>
              <p class="field__hint" id="${id}-photo-hint">${t('task.photo.hint')}</p>
              <input id="${id}-photo" type="file" accept="image/*" capture="environment"
                aria-describedby="${id}-photo-hint" @change=${this.#photoChosen}>
            </div>
          </form>
        </details>
        <div class="live" aria-live="polite">
          ${this.status && !this.error ? html`<p class="message message--success">${this.status}</p>` : nothing}
          ${this.error ? html`<p class="message message--error">${this.error}</p>` : nothing}
        </div>
      </div>
    `;
  }
}

customElements.define('task-item', TaskItem);
