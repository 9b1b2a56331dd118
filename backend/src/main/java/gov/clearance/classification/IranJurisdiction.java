package gov.clearance.classification;

/**
 * The split of licensing jurisdiction for Iran between BIS and the Treasury's Office of Foreign Assets Control,
 * as 15 CFR 746.7 writes it.
 */
final class IranJurisdiction {

    private IranJurisdiction() {
    }

    static Finding ear99(String place) {
        return new Finding("EAR_746_7", "15 CFR 746.7", LicenseAnswer.UNKNOWN, null, "746.7(a)(1)(i) reaches only CCL "
                + "items; the text of 746.7 on items outside it was not found: decide by hand.");
    }

    static Finding cclItemOutsideColumns(String eccn, String place) {
        return new Finding("EAR_746_7", "15 CFR 746.7", LicenseAnswer.UNKNOWN, null, eccn + " names none of the columns "
                + "of 746.7(a)(1)(i); the text of 746.7 on such items was not found: decide by hand.");
    }
}
