import { get, ApiError } from './api.js';

let current;

/**
 * @returns {Promise<null|{userId: string, username: string, displayName: string, roles: string[],
 *   organization: string|null, email: string|null}>} who is logged in, or null for a visitor
 */
export async function caller() {
  if (current === undefined) {
    try {
      current = await get('/api/me');
    } catch (error) {
      if (!(error instanceof ApiError) || error.status !== 401) throw error;
      current = null;
    }
  }
  return current;
}

/** @returns {boolean} whether the caller has one of the roles */
export function hasRole(user, ...roles) {
  return !!user && roles.some((role) => user.roles.includes(role));
}

/** Sends the browser to Keycloak's login, and back to `next` (this page by default) afterwards. */
export function logIn(next = location.pathname + location.search) {
  location.assign(`/login?next=${encodeURIComponent(next)}`);
}
