// The plan feature's pages: "Mijn plan" for a participant, a participant's plan for their coach.
import { html } from 'lit';
import { routes } from '../shell/routes.js';
import './messages.js';
import './my-plan.js';
import './participant-plan.js';
import './task-lesson.js';

routes.push({ path: 'plan', roles: ['participant'], nav: 'common.myPlan', render: () => html`<my-plan></my-plan>` });
routes.push({
  path: 'lesson/*',
  roles: ['participant'],
  render: (me, rest) => html`<task-lesson .taskId=${decodeURIComponent(rest)}></task-lesson>`,
});
routes.push({
  path: 'participants/*',
  roles: ['coach', 'admin'],
  render: (me, rest) => html`<participant-plan .course=${me.course} .userId=${decodeURIComponent(rest)}></participant-plan>`,
});
