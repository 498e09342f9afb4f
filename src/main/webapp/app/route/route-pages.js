// Feature "route": ontwikkelroutes.
//   #/routes        – coaches: the organisation's route templates, new route
//   #/routes/<id>   – coaches: the editor of a template or of a participant's personal route
//   #/route         – participants: "Mijn route"
import { html } from 'lit';
import { routes } from '../shell/routes.js';
import './messages.js';
import './route-list.js';
import './route-editor.js';
import './my-route.js';
import './participant-route.js';

routes.push(
  { path: 'routes', roles: ['coach', 'admin'], nav: 'nav.routes', render: () => html`<route-list></route-list>` },
  {
    path: 'routes/*',
    roles: ['coach', 'admin'],
    render: (me, rest) => html`<route-editor .course=${me.course} .routeId=${decodeURIComponent(rest)}></route-editor>`,
  },
  { path: 'route', roles: ['participant'], nav: 'nav.route', render: () => html`<my-route></my-route>` },
);
