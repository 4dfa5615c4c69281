import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ProblemException } from '../http/problem.exception';
import { updateMessageContext } from '../messaging/envelope/message-context';
import { AUTH_REQUIREMENT, AuthRequirement } from './auth.decorators';
import { RequestWithUser } from './current-user.decorator';
import { JwtVerifier, unauthorized } from './jwt-verifier';

// RFC 6750 b64token; the length cap keeps absurd headers from reaching the crypto.
const BEARER = /^Bearer +([A-Za-z0-9\-._~+/]+=*)$/i;
const MAX_TOKEN_LENGTH = 8192;

function bearerToken(header: string | undefined): string | undefined {
  if (header === undefined || header.length > MAX_TOKEN_LENGTH) return undefined;
  return BEARER.exec(header.trim())?.[1];
}

/**
 * Global guard: acts only on routes marked `@Authenticated()` or `@AdminOnly()`, so reads stay
 * public by default. Verifies the bearer token, checks the admin role, leaves the user on the
 * request for `@CurrentUser()` and makes it the actor of the events the request records.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly verifier: JwtVerifier,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const requirement = this.reflector.getAllAndOverride<AuthRequirement | undefined>(AUTH_REQUIREMENT, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (requirement === undefined || context.getType() !== 'http') return true;
    const request = context
      .switchToHttp()
      .getRequest<RequestWithUser & { headers: Record<string, string | undefined> }>();
    const header = request.headers.authorization;
    const token = bearerToken(header);
    if (token === undefined) {
      throw header === undefined
        ? unauthorized('A bearer token is required', false)
        : unauthorized('The Authorization header must be "Bearer <token>"', true);
    }
    const user = await this.verifier.verify(token);
    if (requirement === 'admin' && !user.isAdmin) {
      throw new ProblemException({ status: 403, detail: 'This operation needs the admin role' });
    }
    request.user = user;
    updateMessageContext({ actor: user.id });
    return true;
  }
}
