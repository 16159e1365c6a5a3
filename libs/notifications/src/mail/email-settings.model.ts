import { Field, InputType, ObjectType } from '@nestjs/graphql';
import { Language } from '@forum/graphql';
import { EmailFrequency } from './email-frequency.js';

@ObjectType('EmailSettings', { description: 'What the forum e-mails a member about its notifications, and how.' })
export class EmailSettingsModel {
  @Field(() => EmailFrequency, { description: 'Every notification, a daily or weekly digest, or none.' })
  frequency!: EmailFrequency;

  @Field(() => Language, { description: 'The language e-mails are written in (English where none is written yet).' })
  language!: Language;
}

@InputType('EmailSettingsInput', { description: 'What to change; what is left out stays as it is.' })
export class EmailSettingsInput {
  @Field(() => EmailFrequency, { nullable: true, description: 'How often to be e-mailed.' })
  frequency?: EmailFrequency | null;

  @Field(() => Language, { nullable: true, description: 'The language of the e-mails.' })
  language?: Language | null;
}
