import { Field, ObjectType } from '@nestjs/graphql';
import { MemberModel } from './member.model.js';

@ObjectType('Session', {
  description: 'A signed-in session: send the access token as "Authorization: Bearer <token>".',
})
export class SessionModel {
  @Field({ description: 'A short-lived (15 minutes) JWT for the Authorization header.' })
  accessToken!: string;

  @Field({ description: 'Exchange it once with refreshSession for a new session; a second use revokes the session.' })
  refreshToken!: string;

  @Field({ description: 'When the access token stops working.' })
  accessTokenExpiresAt!: Date;

  @Field(() => MemberModel, { description: 'The signed-in member.' })
  member!: MemberModel;
}
