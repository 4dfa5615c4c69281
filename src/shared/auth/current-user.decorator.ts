import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { AuthenticatedUser } from './authenticated-user';

/** Where the `AuthGuard` leaves the verified caller on the request. */
export interface RequestWithUser {
  user?: AuthenticatedUser;
}

/**
 * The verified caller of a route guarded by `@Authenticated()` or `@AdminOnly()`. On a public route
 * there is no caller, which is a programming error, so it fails loudly (500) instead of yielding undefined.
 */
export const CurrentUser = createParamDecorator((_: unknown, context: ExecutionContext): AuthenticatedUser => {
  const user = context.switchToHttp().getRequest<RequestWithUser>().user;
  if (!user) throw new Error('@CurrentUser() needs @Authenticated() or @AdminOnly() on the route');
  return user;
});
