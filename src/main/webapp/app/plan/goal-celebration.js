import { html, nothing } from 'lit';
import { LightElement } from '../shared/light-element.js';
import { icon } from '../shared/icons.js';
import { getMyPlan } from './plan-api.js';
import { t } from '../i18n.js';
import { plainGoalTitle } from './goal-title.js';
import './messages.js';

const SEEN_KEY = 'groeipad.celebrated-goals';

/** The goals this browser has celebrated already (a wish, not a record: a new phone celebrates once more). */
function celebrated() {
  try {
    return new Set(JSON.parse(localStorage.getItem(SEEN_KEY) ?? '[]'));
  } catch {
    return new Set();
  }
}

function remember(ids) {
  try {
    const seen = celebrated();
    ids.forEach((id) => seen.add(id));
    localStorage.setItem(SEEN_KEY, JSON.stringify([...seen].slice(-200)));
  } catch {
    // private mode: the celebration may come again, that is all
  }
}

/**
 * A small win made visible: when the coach marked a goal achieved since the participant last looked, the home opens
 * with a short celebration — a star that pops up with a few sparks (still, when the person prefers reduced motion) and
 * the goal in words — until the participant presses "Fijn!".
 */
export class GoalCelebration extends LightElement {
  static properties = {
    goals: { state: true },
  };

  constructor() {
    super();
    this.goals = [];
  }

  async connectedCallback() {
    super.connectedCallback();
    try {
      const plan = await getMyPlan();
      const seen = celebrated();
      this.goals = (plan?.goals ?? []).filter((g) => g.status === 'achieved' && !seen.has(g.id));
    } catch {
      this.goals = []; // the home's other cards say what went wrong
    }
  }

  #done() {
    remember(this.goals.map((g) => g.id));
    this.goals = [];
  }

  render() {
    if (this.goals.length === 0) return nothing;
    const text = this.goals.length === 1
      ? t('celebrate.text', { title: plainGoalTitle(this.goals[0].title) })
      : t('celebrate.more', { count: this.goals.length });
    return html`
      <section class="goal-win" role="status" aria-labelledby="goal-win-title">
        <div class="goal-win__burst" aria-hidden="true">
          ${icon('star', 'icon goal-win__star')}
          <span class="goal-win__spark"></span><span class="goal-win__spark"></span>
          <span class="goal-win__spark"></span><span class="goal-win__spark"></span>
        </div>
        <div class="goal-win__words">
          <h2 class="goal-win__title" id="goal-win-title">${t('celebrate.title')}</h2>
          <p class="goal-win__text">${text}</p>
          <button type="button" class="button" @click=${this.#done}>${t('celebrate.ok')}</button>
        </div>
      </section>
    `;
  }
}

customElements.define('goal-celebration', GoalCelebration);
