// Words of the participant's home, Dutch (B1) and English.
import { addMessages } from '../i18n.js';
import '../shared/messages.js';

addMessages({
  nl: {
    'home.hello': 'Hallo {name}!',
    'home.helloNoName': 'Hallo!',
    'home.intro': 'Fijn dat je er bent. Hier zie je hoe je groeit in je werk.',
    'home.progress.title': 'Mijn voortgang',
    'home.progress.empty': 'Hier zie je straks wat je al kunt.',
  },
  en: {
    'home.hello': 'Hello {name}!',
    'home.helloNoName': 'Hello!',
    'home.intro': 'Good to see you. Here you see how you grow in your work.',
    'home.progress.title': 'My progress',
    'home.progress.empty': 'Soon you will see here what you can already do.',
  },
});
