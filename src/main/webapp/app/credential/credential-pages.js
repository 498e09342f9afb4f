// Feature "credential": certificates and registered proof.
//   #/credentials – participants: "Mijn diploma's en bewijzen"
//   #/register    – admins: the issuing register with CSV export
// The celebration is on the participant's home (<credential-celebration>), the coach's section on a participant's
// page (<participant-credentials>).
import { html } from 'lit';
import { routes } from '../shell/routes.js';
import './messages.js';
import './my-credentials.js';
import './credential-celebration.js';
import './participant-credentials.js';
import './issuing-register.js';

routes.push({
  path: 'credentials', roles: ['participant'], nav: 'nav.credentials', render: () => html`<my-credentials></my-credentials>`,
});
routes.push({
  path: 'register', roles: ['admin'], nav: 'nav.register', render: () => html`<issuing-register></issuing-register>`,
});
