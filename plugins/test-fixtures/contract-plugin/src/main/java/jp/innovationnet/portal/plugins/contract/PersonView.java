package jp.innovationnet.portal.plugins.contract;

import java.util.List;

import jp.innovationnet.portal.plugin.api.service.Person;

/**
 * A portal user as the contract fixture shows them.
 *
 * @param userId      Keycloak's user id
 * @param username    the user name
 * @param displayName the name to show
 * @param email       the e-mail address, or empty
 * @param language    {@code ja} or {@code en}: the language to write to them in
 * @param roles       their portal roles, sorted
 */
public record PersonView(String userId, String username, String displayName, String email, String language,
                         List<String> roles) {

    static PersonView of(Person person) {
        return new PersonView(person.userId(), person.username(), person.displayName(), person.email(),
                person.language().getLanguage(), person.roles().stream().sorted().toList());
    }
}
