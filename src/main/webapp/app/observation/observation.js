// Feature "observation": workplace observation for coaches, and the participant's growth.
//   #/observations/<userId>        – a participant's observations and a new one (coach), linked from #/participants/<userId>
//   #/observations/<userId>/<id>   – observing: one tap per score, situations, concluding (coach)
//   #/progress                     – "Mijn voortgang" (participant)
import { html } from 'lit';
import { routes } from '../shell/routes.js';
import './messages.js';
import './coach-observations.js';
import './observe-page.js';
import './my-progress.js';
import { startOffline } from './offline-queue.js';

// The service worker and the offline queue: waiting scores are sent at app start and when the connection returns.
startOffline();

routes.push({
  path: 'observations/*',
  roles: ['coach', 'admin'],
  render: (me, rest) => {
    const [userId, id] = rest.split('/').map((part) => decodeURIComponent(part ?? ''));
    return id
      ? html`<observe-page .course=${me.course} .userId=${userId} .observationId=${id}></observe-page>`
      : html`<coach-observations .course=${me.course} .userId=${userId}></coach-observations>`;
  },
});
routes.push({ path: 'progress', roles: ['participant'], nav: 'progress.nav', render: () => html`<my-progress></my-progress>` });
