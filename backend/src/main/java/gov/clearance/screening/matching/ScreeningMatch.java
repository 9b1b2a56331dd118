package gov.clearance.screening.matching;

import java.util.List;
import java.util.Objects;

/**
 * One hit: which entry, score in [0,1], which of the entry's names matched best, and human-readable reasons (each a
 * full short sentence).
 */
public record ScreeningMatch(String key, double score, String matchedName, List<String> reasons) {

    public ScreeningMatch {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(matchedName, "matchedName");
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
    }
}
