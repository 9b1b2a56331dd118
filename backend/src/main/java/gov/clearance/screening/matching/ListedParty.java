package gov.clearance.screening.matching;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One entry of a screening list as the matcher sees it. key = stable id of the list entry. countries = ISO 3166-1
 * alpha-2 codes of its addresses (may be empty).
 */
public record ListedParty(String key, String source, String name, List<String> altNames, Set<String> countries) {

    public ListedParty {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(name, "name");
        altNames = altNames == null ? List.of()
                : altNames.stream().filter(Objects::nonNull).filter(n -> !n.isBlank()).toList();
        countries = countries == null ? Set.of()
                : countries.stream().filter(Objects::nonNull).map(c -> c.trim().toUpperCase(Locale.ROOT))
                        .filter(c -> !c.isEmpty()).collect(Collectors.toUnmodifiableSet());
    }
}
