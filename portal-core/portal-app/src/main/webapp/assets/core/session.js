import { get, send, ApiError } from './api.js';
import { pick } from './i18n.js';

let current;

/**
 * @returns {Promise<null|{userId: string, username: string, displayName: string, roles: string[],
 *   organization: string|null, organizations: Array<{id, nameJa, nameEn}>, email: string|null}>} who is logged
 *   in (`organization` is the alias they act for), or null for a visitor
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

/**
 * @returns {Promise<object>} who is logged in, as {@link caller}
 * @throws {ApiError} 401 for a visitor, so that the screen asks them to log in
 */
export async function requireUser() {
  const user = await caller();
  if (!user) throw new ApiError(401, { title: 'Unauthorized' });
  return user;
}

/**
 * @returns {Promise<object>} who is logged in, when they hold one of the roles
 * @throws {ApiError} 401 for a visitor, 403 for a user without any of the roles
 */
export async function requireRole(...roles) {
  const user = await requireUser();
  if (!hasRole(user, ...roles)) throw new ApiError(403, { title: 'Forbidden' });
  return user;
}

/**
 * @returns {Promise<object>} who is logged in, when they administer the organization they act for
 * @throws {ApiError} 401 for a visitor, 403 for anyone else
 */
export async function requireOrganizationAdmin() {
  const user = await requireRole('member-admin');
  if (!user.organization) throw new ApiError(403, { title: 'Forbidden' });
  return user;
}

/** @returns {string} the name of the organization the user acts for, in the page's language ('' when none) */
export function organizationName(user) {
  const organization = user?.organizations?.find((o) => o.id === user.organization);
  if (!organization) return user?.organization ?? '';
  return pick({ ja: organization.nameJa, en: organization.nameEn });
}

/**
 * Acts for another of the user's organizations from now on (this browser session), and shows the page again as
 * that organization sees it.
 */
export async function chooseOrganization(id) {
  await send('PUT', '/api/me/organization', { organization: id });
  location.reload();
}

/** @returns {boolean} whether the caller has one of the roles */
export function hasRole(user, ...roles) {
  return !!user && roles.some((role) => user.roles.includes(role));
}

/**
 * Ends the portal session (a POST with the CSRF token, so no other site can log the user out) and then Keycloak's,
 * which sends the browser back to the home page.
 */
export async function logOut() {
  const { location: next } = await send('POST', '/api/logout', {});
  location.assign(next);
}

/** Sends the browser to Keycloak's login, and back to `next` (this page by default) afterwards. */
export function logIn(next = location.pathname + location.search) {
  location.assign(`/login?next=${encodeURIComponent(next)}`);
}
