import { defineMessages } from '../../lib/i18n/define';

/** A member's own settings: the interface language, e-mail about notifications. */
export default defineMessages({
  en: {
    'settings.nav': 'Settings',
    'settings.title': 'Your settings',
    'settings.language.legend': 'Your language',
    'settings.language.hint':
      'Of the interface, on every device where you sign in, and of the e-mails the forum sends you.',
    'settings.password': 'Change your password',
    'settings.email.legend': 'E-mail about your notifications',
    'settings.email.frequency.IMMEDIATE': 'Every notification, as it happens',
    'settings.email.frequency.DAILY': 'A daily digest, the next morning',
    'settings.email.frequency.WEEKLY': 'A weekly digest, on Mondays',
    'settings.email.frequency.NONE': 'No e-mail',
    'settings.email.save': 'Save the e-mail settings',
    'settings.email.saved': 'Your e-mail settings were saved.',
  },
  zh: {
    'settings.nav': '设置',
    'settings.title': '您的设置',
    'settings.language.legend': '您的语言',
    'settings.language.hint': '用于您登录的每台设备上的界面，以及论坛发给您的邮件。',
    'settings.password': '修改密码',
    'settings.email.legend': '通知邮件',
    'settings.email.frequency.IMMEDIATE': '每条通知即时发送',
    'settings.email.frequency.DAILY': '每日摘要，次日早晨发送',
    'settings.email.frequency.WEEKLY': '每周摘要，周一发送',
    'settings.email.frequency.NONE': '不发送邮件',
    'settings.email.save': '保存邮件设置',
    'settings.email.saved': '您的邮件设置已保存。',
  },
});
