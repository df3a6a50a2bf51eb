import type { Role } from '../../shared/roles.js';

/** What the access token proves about the caller; AuthenticationGuard puts it on `request.user`. */
export interface AuthenticatedUser {
  id: string;
  email: string;
  role: Role;
}
