// E-mail through a PostgreSQL-backed queue: what domains and the composition root may use.
export { MailModule, mailEntities } from './mail.module.js';
export { MailQueue, MAIL_QUEUE } from './mail-queue.js';
export { MailComposers, type MailComposer } from './mail-composers.js';
export { SignedLinks } from './signed-links.js';
export { describeMailFailure, type ComposedMail } from './mail-transport.js';
export { OutgoingMailEntity, OutgoingMailState } from './outgoing-mail.entity.js';
export type { MailRequest, OutgoingMail } from './outgoing-mail.repository.js';
export { escapeHtml, mailLink, mailPage } from './mail-html.js';
