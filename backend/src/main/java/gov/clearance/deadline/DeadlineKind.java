package gov.clearance.deadline;

/** The legal deadlines of a case, in processing days (15 CFR 750.4, Executive Order 12981). */
public enum DeadlineKind {
    /** BIS acts on the application within 9 days of registration. */
    BIS_REVIEW(9, "BIS acts on the application"),
    /** A referred agency records its position within 30 days of referral, or is deemed not to object. */
    AGENCY_REVIEW(30, "the agency records its position"),
    /** The Operating Committee chair decides a dispute within 14 days after the agency deadline. */
    OPERATING_COMMITTEE(14, "the Operating Committee chair decides the dispute"),
    /** A dissenting agency may appeal a ruling within 5 days; after that it is final (a window, not a duty). */
    APPEAL_WINDOW(5, "a dissenting agency may appeal the ruling", false),
    /** ACEP or EARB rules on an appeal within 11 days of receiving it. */
    BOARD(11, "the board rules on the appeal"),
    /**
     * BIS notifies the applicant in writing within 5 days of a decision to deny (15 CFR 750.6(a)): counted here
     * for a denial reached on the escalation ladder, from the day the ruling stands (its appeal window closed,
     * or the President decided). BIS's own intent to deny is its decision and notice at once.
     */
    LADDER_DENIAL_NOTICE(5, "BIS notifies the applicant of its intent to deny the denial reached on the escalation "
            + "ladder (15 CFR 750.6(a))"),
    /** The applicant may respond to a notice of intent to deny within 20 days (15 CFR 750.6). */
    INTENT_RESPONSE(20, "the applicant may respond to the notice of intent to deny", false),
    /** Unless BIS acts, or an appeal is pending, the denial becomes final 45 days after the notice. */
    INTENT_FINAL(45, "the intended denial becomes final unless withdrawn or appealed; the last day to appeal", false),
    /** Every application is resolved, or referred to the President, within 90 days of registration. */
    RESOLUTION(90, "the application is resolved or referred to the President");

    private final int days;
    private final String what;
    private final boolean duty;

    DeadlineKind(int days, String what) {
        this(days, what, true);
    }

    DeadlineKind(int days, String what, boolean duty) {
        this.days = days;
        this.what = what;
        this.duty = duty;
    }

    /** Whether someone must act by it (so that it can be overdue), rather than a window that simply closes. */
    public boolean duty() {
        return duty;
    }

    public int days() {
        return days;
    }

    public String what() {
        return what;
    }
}
