package jp.innovationnet.portal.membership.registry;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jp.innovationnet.portal.text.JapaneseText;

/**
 * What an import is checked against: the aliases in use and the registered Japanese names, folded with
 * {@link JapaneseText#foldName} (NFKC, width, kana and legal form ignored).
 *
 * @param aliases      the aliases in use
 * @param foldedNames  folded Japanese name to the alias of the organization that has it
 */
public record RegistrySnapshot(Set<String> aliases, Map<String, String> foldedNames) {

    /** An empty registry. */
    public static final RegistrySnapshot EMPTY = new RegistrySnapshot(Set.of(), Map.of());

    public RegistrySnapshot {
        aliases = Set.copyOf(aliases);
        foldedNames = Map.copyOf(foldedNames);
    }

    /**
     * @param nameJa a Japanese name, as written
     * @return the alias of the registered organization with the same folded name, if any
     */
    public Optional<String> organizationNamed(String nameJa) {
        return Optional.ofNullable(foldedNames.get(JapaneseText.foldName(nameJa)));
    }
}
