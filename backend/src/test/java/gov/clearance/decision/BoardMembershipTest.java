package gov.clearance.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gov.clearance.decision.BoardMembership.BoardSeats;
import gov.clearance.decision.BoardMembership.Ladder;
import gov.clearance.intake.Outcome;
import gov.clearance.shared.ForbiddenException;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Who sits on the Operating Committee, the ACEP and the EARB for a case (15 CFR 772.1; the EARB carries up
 * the ACEP's members, its own not being found): Commerce, State, Defense and Energy always, Justice only for
 * encryption exports.
 */
class BoardMembershipTest {

    /** 4A003 (digital computers): no encryption reason. */
    private static final Set<String> COMPUTER = Set.of("NS", "RS", "CC", "AT");
    /** 5A002 (information security): controlled for encryption, EI. */
    private static final Set<String> INFORMATION_SECURITY = Set.of("NS", "RS", "AT", "EI");
    private static final Set<String> EAR99 = Set.of();

    @ParameterizedTest
    @EnumSource(value = EscalationLevel.class, names = {"OPERATING_COMMITTEE", "ACEP", "EARB"})
    void seatsCommerceStateDefenseAndEnergyButNotJusticeWhenNoItemIsAnEncryptionExport(EscalationLevel body) {
        BoardSeats seats = BoardMembership.seats(body, List.of(COMPUTER, EAR99));

        assertThat(seats.agencies()).containsExactly("BIS", "STATE", "DOD", "ENERGY");
        assertThat(seats.encryptionExport()).isFalse();
        assertThat(seats.refusal("JUSTICE", "vote")).hasValueSatisfying(refusal -> assertThat(refusal)
                .startsWith("JUSTICE sits on the " + BoardMembership.name(body) + " only for encryption exports")
                .contains("15 CFR 772.1").contains("\"Justice (for encryption exports)\"")
                .endsWith("JUSTICE may not vote"));
        assertThat(seats.refusal("DOD", "vote")).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = EscalationLevel.class, names = {"OPERATING_COMMITTEE", "ACEP", "EARB"})
    void seatsJusticeAsWellWhenAnItemIsControlledForEncryption(EscalationLevel body) {
        BoardSeats seats = BoardMembership.seats(body, List.of(COMPUTER, INFORMATION_SECURITY));

        assertThat(seats.agencies()).containsExactly("BIS", "STATE", "DOD", "ENERGY", "JUSTICE");
        assertThat(seats.encryptionExport()).isTrue();
        assertThat(seats.refusal("JUSTICE", "vote")).isEmpty();
    }

    @Test
    void theEarbRefusalSaysItsMembersAreTheAcepsCarriedUp() {
        assertThat(BoardMembership.seats(EscalationLevel.EARB, List.of(COMPUTER)).refusal("JUSTICE", "vote"))
                .hasValueSatisfying(refusal -> assertThat(refusal)
                        .contains("the EARB seats the ACEP's members").contains("750.4(f)(2)-(3)"));
        assertThat(BoardMembership.seats(EscalationLevel.ACEP, List.of(COMPUTER)).refusal("JUSTICE", "vote"))
                .hasValueSatisfying(refusal -> assertThat(refusal).doesNotContain("EARB"));
    }

    @Test
    void anAgencyNamedNowhereHasNoSeatAndIsToldWhoVotes() {
        assertThat(BoardMembership.seats(EscalationLevel.ACEP, List.of(INFORMATION_SECURITY)).refusal("NASA", "vote"))
                .hasValue("NASA has no seat on the ACEP: its voting members are BIS, STATE, DOD, ENERGY, "
                        + "JUSTICE (for encryption exports) (15 CFR 772.1): NASA may not vote");
    }

    @Test
    void onePersonRulesForThePresidentSoThereIsNoSeat() {
        assertThatThrownBy(() -> BoardMembership.seats(EscalationLevel.PRESIDENT, List.of(INFORMATION_SECURITY)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void countsOnlyTheVotesOfSeatedAgencies() {
        BoardSeats seats = BoardMembership.seats(EscalationLevel.ACEP, List.of(COMPUTER));

        BoardMembership.VoteCount count = seats.count(List.of(vote("BIS", Outcome.APPROVED),
                vote("STATE", Outcome.DENIED), vote("DOD", Outcome.DENIED), vote("JUSTICE", Outcome.APPROVED)));

        assertThat(count).as("Justice's vote on a case without encryption items is not counted")
                .isEqualTo(new BoardMembership.VoteCount(1, 2, 1));
        assertThat(BoardMembership.seats(EscalationLevel.ACEP, List.of(INFORMATION_SECURITY))
                .count(List.of(vote("JUSTICE", Outcome.APPROVED))))
                .isEqualTo(new BoardMembership.VoteCount(1, 0, 4));
    }

    @Test
    void refusesAnAgencyWithNoSeatOnAnyBodyOfTheLadderNamingThemAll() {
        Ladder ladder = BoardMembership.ladder(List.of(COMPUTER));

        assertThatThrownBy(() -> ladder.requireSeatOnAnyBody("JUSTICE", "appeal on this case"))
                .isInstanceOf(ForbiddenException.class)
                .hasMessageStartingWith("JUSTICE sits on the OC, the ACEP and the EARB only for encryption exports");
        ladder.requireSeatOnAnyBody("STATE", "appeal on this case");
        BoardMembership.ladder(List.of(INFORMATION_SECURITY)).requireSeatOnAnyBody("JUSTICE", "appeal on this case");
        BoardMembership.ladder(List.of(INFORMATION_SECURITY)).requireSeat("JUSTICE", EscalationLevel.EARB, "vote");
        assertThatThrownBy(() -> ladder.requireSeat("JUSTICE", EscalationLevel.ACEP, "vote on its appeals"))
                .isInstanceOf(ForbiddenException.class)
                .hasMessageStartingWith("JUSTICE sits on the ACEP only for encryption exports (15 CFR 772.1");
    }

    private static BoardVoteView vote(String agency, Outcome vote) {
        return new BoardVoteView(agency, vote, "On the record.", agency.toLowerCase(), Instant.EPOCH);
    }
}
