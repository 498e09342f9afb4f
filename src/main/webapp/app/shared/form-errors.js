// One way for every form to show what a 400 problem+json answer says about its fields: the field it names is
// marked (aria-invalid="true"), the message stands right under it (and is announced with it through
// aria-describedby), and the focus moves to the first one, scrolled into view. Every form that sends data uses
// showProblem() (or markFields() for its own checks before sending): the sentence above the form names the marked
// fields by their labels, never by the server's key. The mapping (problem → fields → sentence) is pure, so Node's
// test runner imports it.
import { t } from '../i18n.js';
import { userMessage } from '../api.js';
import './messages.js';

const MARK = 'data-field-error';

/**
 * The field errors of an answer as { field: message }, the first message of a field winning. Accepts an ApiError
 * (its fieldErrors), a problem+json body ({ errors: [{ field, message }] }), or anything else (→ {}).
 * `aliases` maps a server's field to the form's control ({ competencyKey: 'competencyTitle' }).
 */
export function fieldMessages(error, aliases = {}) {
  const list = Array.isArray(error?.fieldErrors) ? error.fieldErrors
    : Array.isArray(error?.problem?.errors) ? error.problem.errors
      : Array.isArray(error?.errors) ? error.errors : [];
  const result = {};
  for (const entry of list) {
    if (!entry || typeof entry.field !== 'string' || !entry.field) continue;
    const field = aliases[entry.field] ?? entry.field;
    if (!(field in result)) result[field] = String(entry.message ?? '');
  }
  return result;
}

/**
 * The candidate names of a control for a field path: "tasks[0].title" may be the control "tasks[0].title" or
 * "title"; "request.title" (a parameter's path) also "title".
 */
export function controlNames(field) {
  const names = [field];
  const last = field.split('.').at(-1);
  if (last && last !== field) names.push(last);
  const bare = last?.replace(/\[\d+\]$/, '');
  if (bare && !names.includes(bare)) names.push(bare);
  return names;
}

/** The sentence above a form whose fields are marked: "Kijk naar het gemarkeerde veld." / "… de 2 gemarkeerde velden." */
export function markedSentence(count) {
  return count === 1 ? t('form.checkField') : t('form.checkFields', { count });
}

/**
 * The sentence above a form after an error answer. `marked`: the labels (words) of the fields marked in the form;
 * `missing`: the fields the answer names that have no control there (their messages are said instead).
 * "Kijk naar het gemarkeerde veld. Het gaat om: Reden." — an answer without fields is userMessage()'s sentence.
 */
export function problemSummary(error, { marked = [], missing = [], aliases = {} } = {}) {
  const messages = fieldMessages(error, aliases);
  const unmarked = [...new Set(missing.map((field) => messages[field]).filter(Boolean))];
  if (marked.length === 0 && unmarked.length === 0) return userMessage(error);
  const parts = [];
  if (marked.length) {
    parts.push(markedSentence(marked.length));
    const named = [...new Set(marked.filter(Boolean))];
    // "Het gaat om: Waarom rond je af?" — a label's own question mark ends the sentence
    if (named.length) parts.push(t('form.fieldsNamed', { fields: named.join(', ') }).replace(/([?!])\.$/, '$1'));
  }
  return [...parts, ...unmarked].join(' ');
}

/**
 * The words a control is known by: a choice (checkbox, radio) in a group by the group's legend, else its label,
 * its aria-label, or the legend of its group ('' when none).
 */
export function labelOf(control) {
  const legend = control?.closest?.('fieldset')?.querySelector('legend')?.textContent;
  const choice = control?.type === 'checkbox' || control?.type === 'radio';
  const label = (choice && legend)
    || control?.labels?.[0]?.textContent
    || control?.getAttribute?.('aria-label')
    || legend
    || '';
  return label.replace(/\s+/g, ' ').trim();
}

function controlFor(form, field) {
  for (const name of controlNames(field)) {
    const escaped = CSS.escape(name);
    const control = form.querySelector(`[name="${escaped}"]:not([type="hidden"]), [data-field="${escaped}"]`);
    if (control) return control;
  }
  return null;
}

/**
 * Whether a field the error names has a control in `form` that no longer carries its mark (its aria-invalid, or
 * its message): Lit drew that part of the form again. A field without control counts as nothing lost.
 */
export function marksLost(form, error, { aliases = {} } = {}) {
  if (!form) return false;
  return Object.keys(fieldMessages(error, aliases)).some((field) => {
    const control = controlFor(form, field);
    if (!control) return false;
    return control.getAttribute(MARK) !== field || control.getAttribute('aria-invalid') !== 'true'
      || !form.querySelector(`p[${MARK}="${CSS.escape(field)}"]`);
  });
}

/** Removes the marks and messages markFields() added. */
export function clearFields(form) {
  if (!form) return;
  form.querySelectorAll(`[${MARK}]`).forEach((node) => {
    if (node.tagName === 'P') {
      node.remove();
      return;
    }
    node.removeAttribute(MARK);
    node.setAttribute('aria-invalid', 'false');
    const before = node.getAttribute('data-described-before');
    if (before) node.setAttribute('aria-describedby', before);
    else node.removeAttribute('aria-describedby');
    node.removeAttribute('data-described-before');
  });
}

/**
 * Marks the fields an error names in `form`; moves the focus to the first marked control and scrolls it into view.
 * Answers the fields that have no control in the form (for the general message to name them), or null when the
 * error names no field at all.
 */
export function markFields(form, error, options = {}) {
  return mark(form, error, options).missing;
}

/**
 * What a form shows after an error answer, in one call: the fields the answer names are marked (see markFields),
 * and the answer is the sentence for above the form (see problemSummary). `form` may be null (nothing to mark).
 */
export function showProblem(form, error, { aliases = {}, focus = true } = {}) {
  const { missing, marked } = mark(form, error, { aliases, focus });
  return problemSummary(error, { marked: marked.map(labelOf), missing: missing ?? [], aliases });
}

function mark(form, error, { aliases = {}, focus = true } = {}) {
  clearFields(form);
  const messages = fieldMessages(error, aliases);
  const fields = Object.keys(messages);
  if (!form || fields.length === 0) return { missing: fields.length ? fields : null, marked: [] };
  const missing = [];
  const marked = [];
  let first = null;
  for (const field of fields) {
    const control = controlFor(form, field);
    if (!control) {
      missing.push(field);
      continue;
    }
    const id = `${control.id || `field-${field.replace(/[^\w-]/g, '-')}`}-problem`;
    const note = document.createElement('p');
    note.className = 'field__error';
    note.id = id;
    note.setAttribute(MARK, field);
    note.textContent = messages[field];
    const holder = control.closest('.field, fieldset') ?? control.parentElement;
    if (holder.contains(control) && holder !== control.parentElement) holder.append(note);
    else control.after(note);
    const before = control.getAttribute('aria-describedby');
    if (before) control.setAttribute('data-described-before', before);
    control.setAttribute('aria-describedby', [before, id].filter(Boolean).join(' '));
    control.setAttribute('aria-invalid', 'true');
    control.setAttribute(MARK, field);
    marked.push(control);
    first ??= control;
  }
  if (first && focus) {
    first.scrollIntoView?.({ block: 'center' });
    first.focus?.({ preventScroll: true });
  }
  return { missing, marked };
}
