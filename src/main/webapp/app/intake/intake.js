// Feature "intake": "Wat kan ik al?" for participants, and the intake of a participant for their coach.
//   #/intake                 – the participant's self-assessment, one question per screen
//   #/intake-coach/<userId>  – a participant's intake for the coach (until the participant page of the plan
//                              feature is there; the same <coach-intake> section is used on that page)
import { html } from 'lit';
import { routes } from '../shell/routes.js';
import './messages.js';
import './intake-flow.js';
import './intake-card.js';
import './coach-intake.js';

routes.push({ path: 'intake', roles: ['participant'], render: () => html`<intake-flow></intake-flow>` });
routes.push({
  path: 'intake-coach/*',
  roles: ['coach', 'admin'],
  render: (me, rest) => html`<coach-intake-page .course=${me.course} .userId=${decodeURIComponent(rest)}></coach-intake-page>`,
});
