import { EmailFrequency } from './email-frequency.js';

/** The languages e-mails are written in; any other language setting gets English. */
export type MailLanguage = 'en' | 'zh';

export const mailLanguageOf = (setting: string): MailLanguage => (setting === 'ZH' ? 'zh' : 'en');

/** How many notifications of each reason a thread has in a digest. */
export interface ReasonCounts {
  NEW_THREAD: number;
  WATCHING: number;
  REPLY: number;
  MENTION: number;
}

/** Every sentence of the e-mails and of the unsubscribe page, in each language. Plain text: escaped for HTML later. */
export interface MailTexts {
  site: string;
  digestSubject(frequency: EmailFrequency, notifications: number, threads: number): string;
  digestIntro(frequency: EmailFrequency, period: string): string;
  counts(counts: ReasonCounts): string;
  /** The line for threads a digest leaves out. */
  more(threads: number): string;
  immediateSubject(reason: string, author: string, title: string): string;
  open: string;
  recommendation(number: number, title: string): string;
  general: string;
  frequencyName(frequency: EmailFrequency): string;
  becauseOfSettings(frequency: EmailFrequency): string;
  becauseOfSubscription: string;
  unsubscribe: string;
  unsubscribeAll: string;
  page: { title: string; askSubscription: string; askEmail: string; confirm: string; done: string };
}

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

const en: MailTexts = {
  site: 'IP Office ICT Forum',
  digestSubject: (frequency, notifications, threads) =>
    `Your ${frequency === EmailFrequency.WEEKLY ? 'weekly' : 'daily'} digest: ${plural(notifications, 'notification', 'notifications')} in ${plural(threads, 'thread', 'threads')}`,
  digestIntro: (frequency, period) =>
    frequency === EmailFrequency.WEEKLY
      ? `What you were notified of on the forum during ${period} (UTC).`
      : `What you were notified of on the forum on ${period} (UTC).`,
  counts: (counts) =>
    [
      counts.NEW_THREAD ? 'new thread' : '',
      counts.WATCHING ? plural(counts.WATCHING, 'new post', 'new posts') : '',
      counts.REPLY ? plural(counts.REPLY, 'reply to you', 'replies to you') : '',
      counts.MENTION ? plural(counts.MENTION, 'mention', 'mentions') : '',
    ]
      .filter(Boolean)
      .join(', '),
  more: (threads) => `… and ${plural(threads, 'more thread', 'more threads')} on the forum:`,
  immediateSubject: (reason, author, title) =>
    reason === 'MENTION'
      ? `${author} mentioned you in “${title}”`
      : reason === 'REPLY'
        ? `${author} replied to you in “${title}”`
        : reason === 'NEW_THREAD'
          ? `New thread by ${author}: “${title}”`
          : `New post by ${author} in “${title}”`,
  open: 'Open it on the forum',
  recommendation: (number, title) => `Recommendation ${number}: ${title}`,
  general: 'General',
  frequencyName: (frequency) =>
    ({ IMMEDIATE: 'every notification', DAILY: 'a daily digest', WEEKLY: 'a weekly digest', NONE: 'none' })[frequency],
  becauseOfSettings: (frequency) =>
    `You get this e-mail because you chose ${en.frequencyName(frequency)} in your e-mail settings on the forum.`,
  becauseOfSubscription: 'You get this e-mail because you follow this on the forum.',
  unsubscribe: 'Unsubscribe from it',
  unsubscribeAll: 'Stop these e-mails',
  page: {
    title: 'Unsubscribe',
    askSubscription: 'Stop e-mails and notifications from this subscription?',
    askEmail: 'Stop these e-mails? You can turn them on again in your settings on the forum.',
    confirm: 'Unsubscribe',
    done: 'Done: you are unsubscribed.',
  },
};

const zh: MailTexts = {
  site: '知识产权局信息通信技术论坛',
  digestSubject: (frequency, notifications, threads) =>
    `${frequency === EmailFrequency.WEEKLY ? '每周' : '每日'}摘要：${threads} 个主题中的 ${notifications} 条通知`,
  digestIntro: (frequency, period) =>
    frequency === EmailFrequency.WEEKLY ? `${period}（UTC）这一周论坛给您的通知。` : `${period}（UTC）论坛给您的通知。`,
  counts: (counts) =>
    [
      counts.NEW_THREAD ? '新主题' : '',
      counts.WATCHING ? `${counts.WATCHING} 条新帖子` : '',
      counts.REPLY ? `${counts.REPLY} 条回复您的帖子` : '',
      counts.MENTION ? `${counts.MENTION} 次提及您` : '',
    ]
      .filter(Boolean)
      .join('，'),
  more: (threads) => `……论坛上还有 ${threads} 个主题：`,
  immediateSubject: (reason, author, title) =>
    reason === 'MENTION'
      ? `${author} 在“${title}”中提到了您`
      : reason === 'REPLY'
        ? `${author} 在“${title}”中回复了您`
        : reason === 'NEW_THREAD'
          ? `${author} 发起了新主题：“${title}”`
          : `${author} 在“${title}”中发表了新帖子`,
  open: '在论坛中查看',
  recommendation: (number, title) => `建议 ${number}：${title}`,
  general: '综合讨论',
  frequencyName: (frequency) =>
    ({ IMMEDIATE: '每条通知', DAILY: '每日摘要', WEEKLY: '每周摘要', NONE: '不接收' })[frequency],
  becauseOfSettings: (frequency) => `您收到此邮件，是因为您在论坛的邮件设置中选择了“${zh.frequencyName(frequency)}”。`,
  becauseOfSubscription: '您收到此邮件，是因为您在论坛上关注了此内容。',
  unsubscribe: '退订此关注',
  unsubscribeAll: '不再接收此类邮件',
  page: {
    title: '退订',
    askSubscription: '停止接收此关注的邮件和通知？',
    askEmail: '停止接收此类邮件？您可以在论坛的设置中重新开启。',
    confirm: '退订',
    done: '已完成：您已退订。',
  },
};

export const MAIL_TEXTS: Record<MailLanguage, MailTexts> = { en, zh };
