import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import type { ForumContext } from '@forum/graphql';
import { Public, SignedIn } from './access.decorators.js';
import { ChangePasswordInput, ResetPasswordInput } from './dto/identity.inputs.js';
import { SessionModel } from './dto/session.model.js';
import { PasswordsService } from './passwords.service.js';
import { CurrentMember, type Viewer } from './viewer.js';

@Resolver()
export class PasswordsResolver {
  constructor(private readonly passwords: PasswordsService) {}

  @SignedIn()
  @Mutation(() => SessionModel, {
    description:
      "Changes the signed-in member's password (the current one required, its failures counted as sign-in failures): every session ends, this new one starts.",
  })
  changePassword(
    @CurrentMember() viewer: NonNullable<Viewer>,
    @Args('input', { description: 'The current and the new password.' }) input: ChangePasswordInput,
    @Context() { req }: ForumContext,
  ): Promise<SessionModel> {
    return this.passwords.change(viewer, input, req.ip ?? null);
  }

  @Public()
  @Mutation(() => SessionModel, {
    description:
      'Sets a new password with a one-time reset token from the operator; every session ends, this new one starts. A used, expired or unknown token: NOT_FOUND.',
  })
  resetPassword(
    @Args('input', { description: 'The reset token and the new password.' }) input: ResetPasswordInput,
  ): Promise<SessionModel> {
    return this.passwords.resetWithToken(input);
  }
}
