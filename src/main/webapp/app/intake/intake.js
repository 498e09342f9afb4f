// Feature "intake": "Wat kan ik al?" for participants, and the intake of a participant for their coach.
//   #/intake                 – the participant's self-assessment, one question per screen
//   <coach-intake>           – the intake section of the coach's participant page (#/participants/<userId>,
//                              the plan feature's page)
import { html } from 'lit';
import { routes } from '../shell/routes.js';
import './messages.js';
import './intake-flow.js';
import './intake-card.js';
import './coach-intake.js';

routes.push({ path: 'intake', roles: ['participant'], render: () => html`<intake-flow></intake-flow>` });
