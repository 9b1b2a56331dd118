package gov.clearance.screening;

import java.util.List;
import java.util.Set;

/**
 * One entry of the Consolidated Screening List.
 *
 * @param key the list's id of the entry ({@code _id}), or its entity number, or one derived from its source
 *        and name where the file gives neither
 * @param source the list it comes from, as the file spells it, e.g. {@code Entity List (EL) - Bureau of
 *        Industry and Security}
 * @param countries the ISO codes of its addresses, citizenships and nationalities
 */
record ListEntry(String key, String source, String entityNumber, String type, String name, List<String> altNames,
        List<String> addresses, Set<String> countries, List<String> programs, String licenseRequirement,
        String licensePolicy, String federalRegisterNotice, String sourceListUrl, String remarks) {

    /** The short code of the source list, e.g. {@code EL}, {@code SDN}, {@code DPL}. */
    String sourceCode() {
        return codeOf(source);
    }

    /** The code in parentheses of a source list's name: {@code Entity List (EL) - ...} has {@code EL}. */
    static String codeOf(String source) {
        int open = source.indexOf('(');
        int close = source.indexOf(')', open + 1);
        return open >= 0 && close > open ? source.substring(open + 1, close) : source;
    }

    boolean onEntityList() {
        return "EL".equals(sourceCode());
    }
}
