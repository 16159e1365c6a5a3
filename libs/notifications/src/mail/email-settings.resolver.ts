import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentMember, SignedIn, type Viewer } from '@forum/identity';
import { EmailSettingsInput, EmailSettingsModel } from './email-settings.model.js';
import { EmailSettingsService } from './email-settings.service.js';

@Resolver(() => EmailSettingsModel)
export class EmailSettingsResolver {
  constructor(private readonly settings: EmailSettingsService) {}

  @SignedIn()
  @Query(() => EmailSettingsModel, {
    description: "The caller's e-mail settings (a daily digest in English until it chooses otherwise).",
  })
  myEmailSettings(@CurrentMember() member: NonNullable<Viewer>): Promise<EmailSettingsModel> {
    return this.settings.mine(member);
  }

  @SignedIn()
  @Mutation(() => EmailSettingsModel, {
    description:
      "Changes the caller's e-mail settings: how often it is e-mailed about notifications, in which language.",
  })
  setEmailSettings(
    @CurrentMember() member: NonNullable<Viewer>,
    @Args('input', { description: 'What to change.' }) input: EmailSettingsInput,
  ): Promise<EmailSettingsModel> {
    return this.settings.change(member, input);
  }
}
