import { html, nothing } from 'lit';
import { LightElement } from '../shared/light-element.js';
import { userMessage } from '../api.js';
import { getGrowth } from './observation-api.js';
import { formatDay } from '../plan/dates.js';
import { t } from '../i18n.js';
import './messages.js';

const LEVELS = ['A', 'B', 'C'];

/** The rows of a competency's text alternative: one per observation, oldest first. */
export function growthRows(series) {
  return (series.points ?? []).map((p) => ({
    date: p.on, level: p.level, average: p.average, open: p.status === 'open', scores: p.scores,
  }));
}

let chartModule;
/** Chart.js from the WebJar (import map), registered once with what a line chart needs. */
async function chartJs() {
  if (!chartModule) {
    chartModule = import('chart.js').then((m) => {
      m.Chart.register(m.LineController, m.LineElement, m.PointElement, m.LinearScale, m.CategoryScale, m.Tooltip);
      return m.Chart;
    });
  }
  return chartModule;
}

/**
 * The coach's view of a participant's growth, above their observations: an overview of the levels per competency,
 * then per competency a line chart of the average score of each observation over time (Chart.js) with the same
 * numbers as a table (the chart is decorative to screen readers; the table is its text alternative).
 */
export class ParticipantGrowth extends LightElement {
  static properties = {
    course: { attribute: false }, userId: { attribute: false }, growth: { state: true }, error: { state: true },
  };

  #charts = [];

  willUpdate(changed) {
    if ((changed.has('course') || changed.has('userId')) && this.course?.id && this.userId) {
      getGrowth(this.course.id, this.userId)
        .then((g) => { this.growth = g; }, (error) => { this.error = error; });
    }
  }

  disconnectedCallback() {
    this.#charts.forEach((c) => c.destroy());
    this.#charts = [];
    super.disconnectedCallback();
  }

  render() {
    if (this.error) return html`<div class="message message--error" role="alert"><p>${userMessage(this.error)}</p></div>`;
    if (!this.growth) return nothing;
    const levels = this.growth.progress?.competencies ?? [];
    const series = (this.growth.competencies ?? []).filter((s) => s.points?.length);
    return html`
      <section class="panel growth-overview" aria-labelledby="growth-overview-title">
        <h2 class="panel__title" id="growth-overview-title">${t('growth.chart.title')}</h2>
        ${levels.length ? html`
          <div class="table-scroll" tabindex="0" role="region" aria-label=${t('growth.levels')}>
          <table class="growth-levels">
            <caption>${t('growth.levels')}</caption>
            <thead><tr><th scope="col">${t('common.competency')}</th><th scope="col">${t('growth.levels.reached')}</th>
              <th scope="col">${t('growth.levels.workingOn')}</th></tr></thead>
            <tbody>${levels.map((c) => html`<tr><th scope="row">${c.title}</th>
              <td>${c.levelReached ? `${'\u2714 '.repeat(LEVELS.indexOf(c.levelReached) + 1)}${c.levelReached}` : t('growth.levels.none')}</td>
              <td>${c.workingOn ?? '–'}</td></tr>`)}</tbody>
          </table>
          </div>` : nothing}
        ${series.length ? html`<p>${t('growth.chart.intro')}</p>` : html`<p>${t('growth.chart.none')}</p>`}
        ${series.map((s, i) => html`
          <figure class="growth-chart">
            <figcaption id="growth-chart-${i}"><strong>${s.title}</strong></figcaption>
            <div class="growth-chart__canvas"><canvas data-series=${i} aria-hidden="true"></canvas></div>
            <div class="table-scroll" tabindex="0" role="region" aria-label=${`${t('growth.chart.table')}: ${s.title}`}>
            <table class="growth-chart__table" aria-describedby="growth-chart-${i}">
              <caption>${t('growth.chart.table')}: ${s.title}</caption>
              <thead><tr><th scope="col">${t('common.date')}</th><th scope="col">${t('common.level')}</th>
                <th scope="col">${t('growth.chart.average')}</th></tr></thead>
              <tbody>${growthRows(s).map((r) => html`<tr><td>${formatDay(r.date, { weekday: false })}</td><td>${r.level}</td>
                <td>${String(r.average).replace('.', ',')}${r.open ? ` ${t('growth.chart.open')}` : ''}</td></tr>`)}</tbody>
            </table>
            </div>
          </figure>`)}
      </section>
    `;
  }

  async updated(changed) {
    if (!changed.has('growth') || !this.growth) return;
    this.#charts.forEach((c) => c.destroy());
    this.#charts = [];
    const series = (this.growth.competencies ?? []).filter((s) => s.points?.length);
    let Chart;
    try {
      Chart = await chartJs();
    } catch {
      return; // the tables say the same
    }
    const colour = getComputedStyle(this).getPropertyValue('--gp-color-primary').trim() || 'currentColor';
    this.querySelectorAll('canvas[data-series]').forEach((canvas) => {
      const s = series[Number(canvas.dataset.series)];
      this.#charts.push(new Chart(canvas, {
        type: 'line',
        data: {
          labels: s.points.map((p) => formatDay(p.on, { weekday: false })),
          datasets: [{ label: s.title, data: s.points.map((p) => p.average), borderColor: colour, backgroundColor: colour,
            pointRadius: 5, tension: 0 }],
        },
        options: {
          animation: window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ? false : undefined,
          maintainAspectRatio: false,
          scales: { y: { min: 1, max: 5, ticks: { stepSize: 1 } } },
        },
      }));
    });
  }
}

customElements.define('participant-growth', ParticipantGrowth);
