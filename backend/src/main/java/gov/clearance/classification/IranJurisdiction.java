package gov.clearance.classification;

/**
 * The split of licensing jurisdiction for Iran between BIS and the Treasury's Office of Foreign Assets Control,
 * as 15 CFR 746.7 writes it (eCFR text as amended through 88 FR 12154, Feb. 27, 2023).
 */
final class IranJurisdiction {

    private IranJurisdiction() {
    }

    static final String OFAC_AUTHORIZES = "\"To avoid duplication, exporters or reexporters are not required to seek "
            + "separate authorization from BIS for an export or reexport subject both to the EAR and to OFAC's Iranian "
            + "Transactions Regulations. Therefore, if OFAC authorizes an export or reexport, such authorization is "
            + "considered authorization for purposes of the EAR as well.\" (746.7(a)(2)); \"No person may export or "
            + "reexport any item that is subject to the EAR if such transaction is prohibited by the Iranian "
            + "Transactions Regulations (31 CFR part 560) and not authorized by OFAC.\" (746.7(e))";

    static Finding ear99(String place) {
        return new Finding("EAR_746_7_OFAC", "15 CFR 746.7(a)(2), (e); 31 CFR part 560",
                LicenseAnswer.OUTSIDE_BIS_JURISDICTION, null, "EAR99 items are on no CCL entry, so 746.7(a)(1)(i) "
                + "does not reach them: the export to " + place + " is authorized by OFAC under the Iranian "
                + "Transactions and Sanctions Regulations, not licensed by BIS. " + OFAC_AUTHORIZES + " Items of "
                + "supplement no. 7 to part 746 need a BIS license as well (746.7(a)(1)(ii)).");
    }

    static Finding cclItemOutsideColumns(String eccn, String place) {
        return new Finding("EAR_746_7_OFAC", "15 CFR 746.7(a)(2), (e); 31 CFR part 560",
                LicenseAnswer.OUTSIDE_BIS_JURISDICTION, null, eccn + " names none of the columns of 746.7(a)(1)(i): "
                + "OFAC authorizes its export to " + place + ". " + OFAC_AUTHORIZES);
    }
}
