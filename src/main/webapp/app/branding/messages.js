// Words of the house style settings (admins), Dutch (B1) and English.
import { addMessages } from '../i18n.js';
import '../shared/messages.js';

addMessages({
  nl: {
    'branding.title': 'Huisstijl',
    'branding.intro': 'Kies hoe Groeipad eruitziet voor iedereen in jouw organisatie.',
    'branding.theme.legend': 'Kleuren en letters',
    'branding.theme.default': 'Standaard',
    'branding.theme.default.hint': 'Rustige kleuren en grote letters.',
    'branding.theme.high-contrast': 'Hoog contrast',
    'branding.theme.high-contrast.hint': 'Zwart op wit en extra grote letters. Goed voor mensen die minder goed zien.',
    'branding.logo.label': 'Adres (URL) van je logo',
    'branding.logo.hint': 'Begint met https://. Laat leeg als je geen logo wilt.',
    'branding.logo.invalid': 'Vul een adres in dat begint met https://, of laat het veld leeg.',
    'branding.saved': 'De huisstijl is opgeslagen.',
  },
  en: {
    'branding.title': 'House style',
    'branding.intro': 'Choose how Groeipad looks for everyone in your organisation.',
    'branding.theme.legend': 'Colours and text',
    'branding.theme.default': 'Standard',
    'branding.theme.default.hint': 'Calm colours and large text.',
    'branding.theme.high-contrast': 'High contrast',
    'branding.theme.high-contrast.hint': 'Black on white and extra large text. Good for people with low vision.',
    'branding.logo.label': 'Address (URL) of your logo',
    'branding.logo.hint': 'Starts with https://. Leave empty if you do not want a logo.',
    'branding.logo.invalid': 'Enter an address that starts with https://, or leave the field empty.',
    'branding.saved': 'The house style has been saved.',
  },
});
