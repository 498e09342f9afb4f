// Feature "evaluation": interim evaluations (tussenevaluaties).
//   #/evaluation            – the participant's reflection and the coach's feedback (participant)
//   #/evaluations/<userId>  – the coach's rhythm, the participant's answers and the feedback (coach)
import { html } from 'lit';
import { routes } from '../shell/routes.js';
import './messages.js';
import './my-evaluation.js';
import './coach-evaluations.js';
import './evaluation-card.js';

routes.push({ path: 'evaluation', roles: ['participant'], render: () => html`<my-evaluation></my-evaluation>` });
routes.push({
  path: 'evaluations/*',
  roles: ['coach', 'admin'],
  render: (me, rest) => html`<coach-evaluations .course=${me.course} .userId=${decodeURIComponent(rest ?? '')}></coach-evaluations>`,
});
