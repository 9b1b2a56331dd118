package gov.clearance.deadline;

/** The legal deadlines of a case, in processing days (15 CFR 750.4, Executive Order 12981). */
public enum DeadlineKind {
    /** BIS acts on the application within 9 days of registration. */
    BIS_REVIEW(9, "BIS acts on the application"),
    /** A referred agency records its position within 30 days of referral, or is deemed not to object. */
    AGENCY_REVIEW(30, "the agency records its position"),
    /** The Operating Committee chair decides a dispute within 14 days after the agency deadline. */
    OPERATING_COMMITTEE(14, "the Operating Committee chair decides the dispute"),
    /** Every application is resolved, or referred to the President, within 90 days of registration. */
    RESOLUTION(90, "the application is resolved or referred to the President");

    private final int days;
    private final String what;

    DeadlineKind(int days, String what) {
        this.days = days;
        this.what = what;
    }

    public int days() {
        return days;
    }

    public String what() {
        return what;
    }
}
