package gov.clearance.screening.matching;

import java.util.Objects;

/** A party of a case to be screened; country is ISO alpha-2 or null. */
public record ScreenedParty(String name, String country) {

    public ScreenedParty {
        Objects.requireNonNull(name, "name");
    }
}
