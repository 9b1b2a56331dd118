package gov.clearance.lifecycle;

import java.util.List;

/** The people of the demo realm, as the tests sign them in. */
public record DemoUser(String username, List<String> roles, String agency, String organization) {

    static final DemoUser ALICE = new DemoUser("alice", List.of("APPLICANT"), null, "Acme Exports");
    static final DemoUser BOB = new DemoUser("bob", List.of("APPLICANT"), null, "Borealis Optics");
    static final DemoUser BIANCA = new DemoUser("bianca", List.of("ANALYST"), "BIS", null);
    /** A licensing analyst who supervises BIS's queue: gives its tasks to BIS's people. */
    static final DemoUser SUE = new DemoUser("sue", List.of("ANALYST", "SUPERVISOR"), "BIS", null);
    static final DemoUser BRUNO = new DemoUser("bruno", List.of("ANALYST"), "BIS", null);
    static final DemoUser DAN = new DemoUser("dan", List.of("ARBITER", "REVIEWER"), "DOD", null);
    static final DemoUser DORA = new DemoUser("dora", List.of("REVIEWER"), "DOD", null);
    static final DemoUser ARI = new DemoUser("ari", List.of("ASSESSOR"), "DOD/ARMY", null);
    static final DemoUser NINA = new DemoUser("nina", List.of("ASSESSOR"), "DOD/NAVY", null);
    static final DemoUser SAM = new DemoUser("sam", List.of("REVIEWER"), "STATE", null);
    static final DemoUser ERIN = new DemoUser("erin", List.of("REVIEWER"), "ENERGY", null);
    static final DemoUser JULES = new DemoUser("jules", List.of("REVIEWER"), "JUSTICE", null);
    static final DemoUser OSCAR = new DemoUser("oscar", List.of("OC_CHAIR"), "BIS", null);
    static final DemoUser ADA = new DemoUser("ada", List.of("ADMIN"), null, null);
    static final DemoUser BEA = new DemoUser("bea", List.of("BOARD_MEMBER"), "BIS", null);
    static final DemoUser SOL = new DemoUser("sol", List.of("BOARD_MEMBER"), "STATE", null);
    static final DemoUser DEX = new DemoUser("dex", List.of("BOARD_MEMBER"), "DOD", null);
    static final DemoUser EVE = new DemoUser("eve", List.of("BOARD_MEMBER"), "ENERGY", null);

    static final List<DemoUser> EVERYONE = List.of(ALICE, BOB, BIANCA, SUE, BRUNO, DAN, DORA, ARI, NINA, SAM, ERIN, JULES,
            OSCAR, ADA, BEA, SOL, DEX, EVE);

    public static DemoUser named(String username) {
        return EVERYONE.stream().filter(user -> user.username().equals(username)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No demo user " + username));
    }
}
