import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { ForumContext } from '@forum/graphql';
import { Public, Roles, SignedIn } from './access.decorators.js';
import { SignInInput } from './dto/identity.inputs.js';
import { MemberModel } from './dto/member.model.js';
import { SessionModel } from './dto/session.model.js';
import { MembersService } from './members.service.js';
import { Role } from './role.js';
import { SessionsService } from './sessions.service.js';
import { SignInThrottle } from './sign-in-throttle.js';
import { CurrentMember, CurrentViewer, type Viewer } from './viewer.js';

@Resolver(() => SessionModel)
export class SessionsResolver {
  constructor(
    private readonly sessions: SessionsService,
    private readonly members: MembersService,
    private readonly throttle: SignInThrottle,
  ) {}

  @Public()
  @Query(() => MemberModel, { nullable: true, description: 'The signed-in member; null when signed out.' })
  me(@CurrentViewer() viewer: Viewer): Promise<MemberModel | null> {
    return viewer ? this.members.byId(viewer.memberId) : Promise.resolve(null);
  }

  @Public()
  @Mutation(() => SessionModel, {
    description:
      'Signs in with e-mail and password. RATE_LIMITED after 10 failures in 15 minutes for the e-mail from one address, or 100 from one address; an e-mail guessed from many addresses is answered more slowly (docs/security.md).',
  })
  signIn(
    @Args('input', { description: 'E-mail and password.' }) input: SignInInput,
    @Context() { req }: ForumContext,
  ): Promise<SessionModel> {
    return this.sessions.signIn(input, req.ip ?? null);
  }

  @Public()
  @Mutation(() => SessionModel, {
    description: 'Exchanges a refresh token (once) for a new session; replaying a used one revokes the session.',
  })
  refreshSession(
    @Args('refreshToken', { description: 'The refresh token of the current session.' }) refreshToken: string,
  ): Promise<SessionModel> {
    return this.sessions.refresh(refreshToken);
  }

  @Roles(Role.ADMIN)
  @Mutation(() => Boolean, {
    description:
      'Clears the failed sign-ins of an e-mail (from every address), of an address (for every e-mail), or of the pair when both are given (admins only; audited).',
  })
  clearSignInLock(
    @CurrentMember() viewer: NonNullable<Viewer>,
    @Args('email', { type: () => String, nullable: true, description: 'The e-mail whose failures to clear.' })
    email: string | null,
    @Args('ip', { type: () => String, nullable: true, description: 'The client address whose failures to clear.' })
    ip: string | null,
  ): Promise<boolean> {
    return this.throttle.clear(viewer, { email, ip });
  }

  @SignedIn()
  @Mutation(() => Boolean, { description: 'Revokes the session of the access token used, with its refresh token.' })
  signOut(@CurrentMember() viewer: NonNullable<Viewer>, @Context() { sessionId }: ForumContext): Promise<boolean> {
    return this.sessions.signOut(viewer.memberId, sessionId);
  }
}
