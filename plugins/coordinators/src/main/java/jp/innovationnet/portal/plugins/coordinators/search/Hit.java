package jp.innovationnet.portal.plugins.coordinators.search;

/**
 * One profile or case found.
 *
 * @param id    the profile's user id or the case's id
 * @param score how many of the searched terms it matched (for an expert: in the profile and in their published
 *              cases), 0 when only filters were given
 */
public record Hit(String id, long score) {
}
