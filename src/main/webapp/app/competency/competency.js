// Feature "competency": the pages of the competency frameworks (Competenties), for coaches and admins.
//   #/frameworks            – list, new framework, import
//   #/frameworks/<id>       – one version: groups → competencies → indicators with A/B/C, the scale, exports
//   #/frameworks/<id>/edit  – the editor of a draft
import { html } from 'lit';
import { routes } from '../shell/routes.js';
import './messages.js';
import './framework-list.js';
import './framework-view.js';
import './framework-editor.js';

routes.push({
  path: 'frameworks',
  roles: ['coach', 'admin'],
  nav: 'nav.frameworks',
  render: () => html`<framework-list></framework-list>`,
});

routes.push({
  path: 'frameworks/*',
  roles: ['coach', 'admin'],
  render: (me, rest) => {
    const [id, page] = rest.split('/');
    return page === 'edit'
      ? html`<framework-editor .frameworkId=${id}></framework-editor>`
      : html`<framework-view .frameworkId=${id}></framework-view>`;
  },
});
