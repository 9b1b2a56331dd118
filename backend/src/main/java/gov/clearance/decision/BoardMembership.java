package gov.clearance.decision;

import gov.clearance.classification.LicenseRequirement.ItemRequirement;
import gov.clearance.intake.Outcome;
import gov.clearance.referral.ReferralSuggestions;
import gov.clearance.shared.ForbiddenException;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who sits on each body of the escalation ladder for a case: the one owner of the rule that an agency
 * dissents from a ruling, appeals it and votes on an appeal only where it is seated.
 *
 * <p>The seats come from the voting members that 15 CFR 772.1 names for the Operating Committee and the
 * Advisory Committee on Export Policy: Commerce, State, Defense and Energy always, and "Justice (for
 * encryption exports)", the role Executive Order 13026 gave it (as the President's letter of Nov. 15,
 * 1996 transmitting it says; the order's own words on Justice were not found). A case is an encryption
 * export when one of its items is controlled for encryption (EI) on the Commerce Control List. Justice's
 * other concern, interception items (750.3(b)(2)(iv)), gives it no seat: 772.1 names encryption exports only.
 *
 * <p>Not applied: 772.1 also names the Arms Control and Disarmament Agency, which is not an agency of this
 * system; the agencies each body "may invite" and its non-voting members (Joint Chiefs of Staff, the CIA's
 * Nonproliferation Center) have no seat here.
 *
 * <p>The Export Administration Review Board: no text naming its members was found (772.1 names none and
 * points to Executive Order 12002 as amended, not read). 750.4(f)(2)-(3) says only that "any dissenting
 * agency" may appeal the ACEP's decision to it and "any agency dissenting from the decision of the EARB"
 * may appeal to the President. Until its own members are found, it seats the ACEP's members, carried up:
 * an assumption of this system, not a rule read in the regulation.
 */
@Component
class BoardMembership {

    private static final String ENCRYPTION = "EI";

    /** One seat on a body: its agency, whether only for encryption exports, and the text that gives it. */
    record Seat(String agency, boolean onlyForEncryptionExports, String citation) {
    }

    private static final List<Seat> OPERATING_COMMITTEE_SEATS = List.of(
            new Seat("BIS", false, "15 CFR 772.1, OC: the Department of Commerce"),
            new Seat("STATE", false, "15 CFR 772.1, OC: the Department of State"),
            new Seat("DOD", false, "15 CFR 772.1, OC: the Department of Defense"),
            new Seat("ENERGY", false, "15 CFR 772.1, OC: the Department of Energy"),
            new Seat("JUSTICE", true, "15 CFR 772.1, OC: \"Justice (for encryption exports)\""));

    private static final List<Seat> ACEP_SEATS = List.of(
            new Seat("BIS", false,
                    "15 CFR 772.1, ACEP: the Assistant Secretary of Commerce for Export Administration"),
            new Seat("STATE", false, "15 CFR 772.1, ACEP: Assistant Secretary-level, Department of State"),
            new Seat("DOD", false, "15 CFR 772.1, ACEP: Assistant Secretary-level, Department of Defense"),
            new Seat("ENERGY", false, "15 CFR 772.1, ACEP: Assistant Secretary-level, Department of Energy"),
            new Seat("JUSTICE", true, "15 CFR 772.1, ACEP: \"Justice (for encryption exports)\""));

    private static final Map<EscalationLevel, List<Seat>> SEATS = new EnumMap<>(Map.of(
            EscalationLevel.OPERATING_COMMITTEE, OPERATING_COMMITTEE_SEATS,
            EscalationLevel.ACEP, ACEP_SEATS,
            // the ACEP's members carried up: the EARB's own were not found (750.4(f)(2)-(3))
            EscalationLevel.EARB, ACEP_SEATS));

    /** The bodies whose seats decide who dissents, appeals and votes on the ladder. */
    static final List<EscalationLevel> BODIES = List.of(EscalationLevel.OPERATING_COMMITTEE, EscalationLevel.ACEP,
            EscalationLevel.EARB);

    private final ReferralSuggestions classification;

    BoardMembership(ReferralSuggestions classification) {
        this.classification = classification;
    }

    /** Whether the agency sits on some body of the ladder whatever the case's items. */
    boolean alwaysSeated(String agency) {
        return SEATS.values().stream().flatMap(List::stream)
                .anyMatch(seat -> seat.agency().equals(agency) && !seat.onlyForEncryptionExports());
    }

    /** Whether the agency sits on some body of the ladder for some case. */
    boolean mayBeSeated(String agency) {
        return SEATS.values().stream().flatMap(List::stream).anyMatch(seat -> seat.agency().equals(agency));
    }

    /** Who sits on each body of the ladder for the case. */
    @Transactional(readOnly = true)
    Ladder ladderOf(UUID applicationId) {
        return ladder(reasonsForControlOf(applicationId));
    }

    /** The seats on each body, given the reasons for control of each item of the case. */
    static Ladder ladder(Collection<? extends Collection<String>> reasonsForControlOfItems) {
        Map<EscalationLevel, BoardSeats> bodies = new EnumMap<>(EscalationLevel.class);
        BODIES.forEach(body -> bodies.put(body, seats(body, reasonsForControlOfItems)));
        return new Ladder(bodies);
    }

    /** The rule itself: who sits on the body, given the reasons for control of each item of the case. */
    static BoardSeats seats(EscalationLevel body, Collection<? extends Collection<String>> reasonsForControlOfItems) {
        List<Seat> seats = SEATS.get(body);
        if (seats == null) {
            throw new IllegalArgumentException(body + " is not a body with seats: one person rules");
        }
        boolean encryptionExport = reasonsForControlOfItems.stream()
                .anyMatch(reasons -> reasons != null && reasons.contains(ENCRYPTION));
        return new BoardSeats(body, encryptionExport, seats.stream()
                .filter(seat -> encryptionExport || !seat.onlyForEncryptionExports()).toList(), seats);
    }

    static String name(EscalationLevel body) {
        return body == EscalationLevel.OPERATING_COMMITTEE ? "OC" : body.name();
    }

    private List<Set<String>> reasonsForControlOf(UUID applicationId) {
        return classification.classify(applicationId).licenseRequirement().items().stream()
                .map(ItemRequirement::reasonsForControl)
                .toList();
    }

    /**
     * The agencies seated on one body for one case.
     *
     * @param body the OC, the ACEP or the EARB
     * @param encryptionExport whether an item of the case is controlled for encryption (EI)
     * @param seated the seats taken for this case
     * @param rule every seat the body has, with its condition and citation
     */
    record BoardSeats(EscalationLevel body, boolean encryptionExport, List<Seat> seated, List<Seat> rule) {

        List<String> agencies() {
            return seated.stream().map(Seat::agency).toList();
        }

        boolean seats(String agency) {
            return agencies().contains(agency);
        }

        /** Why the agency may not act on this body for the case, naming the body and the rule; empty if seated. */
        Optional<String> refusal(String agency, String action) {
            return refusal(agency, action, "the " + name(body));
        }

        /** The refusal, naming the bodies as given (for a refusal on every body of the ladder at once). */
        Optional<String> refusal(String agency, String action, String board) {
            if (seats(agency)) {
                return Optional.empty();
            }
            String earb = body == EscalationLevel.EARB ? "; the EARB seats the ACEP's members, as no text naming "
                    + "its own was found (15 CFR 750.4(f)(2)-(3))" : "";
            Optional<Seat> conditional = rule.stream().filter(seat -> seat.agency().equals(agency)).findFirst();
            if (conditional.isPresent()) {
                return Optional.of(agency + " sits on " + board + " only for encryption exports ("
                        + conditional.get().citation() + earb + "), and no item of this case is controlled for "
                        + "encryption (EI): " + agency + " may not " + action);
            }
            return Optional.of(agency + " has no seat on " + board + ": its voting members are "
                    + String.join(", ", rule.stream().map(seat -> seat.agency()
                            + (seat.onlyForEncryptionExports() ? " (for encryption exports)" : "")).toList())
                    + " (15 CFR 772.1" + earb + "): " + agency + " may not " + action);
        }

        /** The votes of the seated agencies: another agency's vote, if one was ever cast, is not counted. */
        VoteCount count(Collection<BoardVoteView> cast) {
            List<BoardVoteView> counted = cast.stream().filter(vote -> seats(vote.memberAgency())).toList();
            int approvals = (int) counted.stream().filter(vote -> vote.vote() == Outcome.APPROVED)
                    .count();
            int denials = (int) counted.stream().filter(vote -> vote.vote() == Outcome.DENIED)
                    .count();
            return new VoteCount(approvals, denials, seated.size() - counted.size());
        }
    }

    /** The seats on each body of one case's ladder. */
    record Ladder(Map<EscalationLevel, BoardSeats> bodies) {

        BoardSeats seatsOn(EscalationLevel body) {
            return Optional.ofNullable(bodies.get(body)).orElseThrow(() -> new IllegalArgumentException(
                    body + " is not a body with seats: one person rules"));
        }

        /**
         * Refuses (403) an agency that sits on none of the ladder's bodies for the case: asked before anything
         * about the case's state is looked at, since which rung it stands at is no such agency's business.
         */
        void requireSeatOnAnyBody(String agency, String action) {
            if (!seatsOnAnyBody(agency)) {
                // named on the EARB's rule, which carries up the others' (see above)
                throw new ForbiddenException(seatsOn(EscalationLevel.EARB)
                        .refusal(agency, action, "the OC, the ACEP and the EARB").orElseThrow());
            }
        }

        boolean seatsOnAnyBody(String agency) {
            return bodies.values().stream().anyMatch(seats -> seats.seats(agency));
        }

        /** Refuses (403) an agency that does not sit on the body for the case. */
        void requireSeat(String agency, EscalationLevel body, String action) {
            Optional<String> refusal = seatsOn(body).refusal(agency, action);
            if (refusal.isPresent()) {
                throw new ForbiddenException(refusal.get());
            }
        }
    }

    /** A board's votes as counted: for approval, for denial, and seats that did not vote. */
    record VoteCount(int approvals, int denials, int notVoting) {
    }
}
