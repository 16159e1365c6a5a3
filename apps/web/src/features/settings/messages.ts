import { defineMessages } from '../../lib/i18n/define';

/** A member's own settings: the interface language, e-mail about notifications. */
export default defineMessages({
  en: {
    'settings.nav': 'Settings',
    'settings.title': 'Your settings',
    'settings.language.legend': 'Language of the interface',
    'settings.language.hint': 'Kept for you: it comes back when you sign in again on this device.',
    'settings.password': 'Change your password',
  },
  zh: {
    'settings.nav': '设置',
    'settings.title': '您的设置',
    'settings.language.legend': '界面语言',
    'settings.language.hint': '系统会为您记住：您在此设备上再次登录时仍会使用该语言。',
    'settings.password': '修改密码',
  },
});
