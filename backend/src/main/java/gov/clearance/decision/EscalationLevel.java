package gov.clearance.decision;

import java.util.Optional;

/** The rungs of the escalation ladder after a dispute (Executive Order 12981, as amended). */
public enum EscalationLevel {
    /** The Operating Committee chair rules on the dispute. */
    OPERATING_COMMITTEE(DecisionAuthority.OPERATING_COMMITTEE, false),
    /** The Advisory Committee on Export Policy: its member agencies vote (who sits: {@code BoardMembership}). */
    ACEP(DecisionAuthority.ACEP, true),
    /** The Export Administration Review Board: cabinet level, its member agencies vote. */
    EARB(DecisionAuthority.EARB, true),
    /** The President decides; the case waits for the recorded decision. */
    PRESIDENT(DecisionAuthority.PRESIDENT, false);

    private final DecisionAuthority authority;
    private final boolean board;

    EscalationLevel(DecisionAuthority authority, boolean board) {
        this.authority = authority;
        this.board = board;
    }

    /** The level as people name it in a sentence ("appeal the Operating Committee ruling to the President"). */
    public String words() {
        return switch (this) {
            case OPERATING_COMMITTEE -> "Operating Committee";
            case ACEP -> "ACEP";
            case EARB -> "EARB";
            case PRESIDENT -> "the President";
        };
    }

    public DecisionAuthority authority() {
        return authority;
    }

    /** Whether the member agencies vote at this level; where not, one person rules. */
    public boolean isBoard() {
        return board;
    }

    /** The level an appeal from this one goes to; none after the President. */
    public Optional<EscalationLevel> next() {
        return this == PRESIDENT ? Optional.empty() : Optional.of(values()[ordinal() + 1]);
    }
}
