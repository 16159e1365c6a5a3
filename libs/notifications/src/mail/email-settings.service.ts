import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { badInput } from '@forum/core';
import { Language } from '@forum/graphql';
import type { Viewer } from '@forum/identity';
import { EmailFrequency } from './email-frequency.js';
import type { EmailSettingsInput, EmailSettingsModel } from './email-settings.model.js';
import { EmailSettingsRepository, type EmailSettingRow } from './email-settings.repository.js';

/** A member's own e-mail settings (frequency and language). */
@Injectable()
export class EmailSettingsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly settings: EmailSettingsRepository,
  ) {}

  async mine(member: NonNullable<Viewer>): Promise<EmailSettingsModel> {
    return toModel(await this.settings.of(this.dataSource.manager, member.memberId));
  }

  async change(member: NonNullable<Viewer>, input: EmailSettingsInput): Promise<EmailSettingsModel> {
    const frequency = input.frequency ?? null;
    const language = input.language ?? null;
    if (frequency !== null && !Object.values(EmailFrequency).includes(frequency))
      throw badInput('Unknown frequency', { field: 'frequency' });
    if (language !== null && !Object.values(Language).includes(language))
      throw badInput('Unknown language', { field: 'language' });
    return toModel(await this.settings.save(this.dataSource.manager, member.memberId, { frequency, language }));
  }
}

const toModel = (row: EmailSettingRow): EmailSettingsModel => ({
  frequency: row.frequency,
  language: row.language as Language,
});
