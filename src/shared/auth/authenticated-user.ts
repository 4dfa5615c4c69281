export const ADMIN_ROLE = 'admin';

/** The caller of a request, as proven by its bearer token. */
export interface AuthenticatedUser {
  /** The token's `sub`. */
  id: string;
  roles: string[];
  isAdmin: boolean;
  /** When the token stops being accepted (its `exp` plus the clock tolerance); long-lived responses end then. */
  validUntil: Date;
}
