package gov.clearance.decision;

import java.util.List;
import java.util.Optional;

/** The rungs of the escalation ladder after a dispute (Executive Order 12981, as amended). */
public enum EscalationLevel {
    /** The Operating Committee chair rules on the dispute. */
    OPERATING_COMMITTEE(DecisionAuthority.OPERATING_COMMITTEE, List.of()),
    /** The Advisory Committee on Export Policy: the member agencies (Commerce, State, Defense, Energy) vote. */
    ACEP(DecisionAuthority.ACEP, List.of("BIS", "STATE", "DOD", "ENERGY")),
    /** The Export Administration Review Board: cabinet level, the same member agencies vote. */
    EARB(DecisionAuthority.EARB, List.of("BIS", "STATE", "DOD", "ENERGY")),
    /** The President decides; the case waits for the recorded decision. */
    PRESIDENT(DecisionAuthority.PRESIDENT, List.of());

    private final DecisionAuthority authority;
    private final List<String> members;

    EscalationLevel(DecisionAuthority authority, List<String> members) {
        this.authority = authority;
        this.members = members;
    }

    public DecisionAuthority authority() {
        return authority;
    }

    /** The agencies that vote at this level; empty where one person rules. */
    public List<String> members() {
        return members;
    }

    public boolean isBoard() {
        return !members.isEmpty();
    }

    /** The level an appeal from this one goes to; none after the President. */
    public Optional<EscalationLevel> next() {
        return this == PRESIDENT ? Optional.empty() : Optional.of(values()[ordinal() + 1]);
    }
}
