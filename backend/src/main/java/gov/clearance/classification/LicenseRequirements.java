package gov.clearance.classification;

import gov.clearance.classification.LicenseRequirement.ControlCheck;
import gov.clearance.classification.LicenseRequirement.EmbargoRule;
import gov.clearance.classification.LicenseRequirement.EndUserRule;
import gov.clearance.classification.LicenseRequirement.ItemRequirement;
import gov.clearance.classification.LicenseRequirement.Scope;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Decides whether a license is required, the way 15 CFR 738.4(a) sets out: for each reason for control
 * of the item's ECCN, find the Country Chart column, and look for an X in the destination's row; then
 * the rules that apply whatever the item: the embargoes of part 746 and the Entity List of part 744.
 * Rows of an entry that only the regulation's text decides (named destinations, worldwide controls,
 * UN and CW rows) are read for the destinations they name, and otherwise reported as undecided.
 */
public final class LicenseRequirements {

    /** The Country Chart columns that make a CCL item need a license to Iran (15 CFR 746.7(a)(1)(i)). */
    static final Set<String> IRAN_COLUMNS = Set.of("CB1", "CB2", "CB3", "NP1", "NP2", "NS1", "NS2", "MT1", "RS1",
            "RS2", "CC1", "CC2", "CC3", "AT1", "AT2");

    /** An ECCN with optional paragraphs ({@code 3A001.b.1.a.4.c}), or {@code EAR99}. */
    public static final Pattern ECCN_FORMAT = Pattern.compile("^(EAR99|[0-9][A-E][0-9]{3}(\\.[a-z0-9]+)*)$");

    private static final Pattern COLUMN = Pattern.compile("\\b([A-Z]{2}) Column ([1-3])\\b");
    private static final Pattern GROUP = Pattern.compile("\\b([A-E]:[1-6])");
    private static final Pattern EXCEPT = Pattern.compile("(?i)\\bexcept(ing)?\\b");
    private static final Pattern EXCLUDING = Pattern.compile("(?i)\\bexcluding\\b");
    private static final Set<String> REASONS = Set.of("NS", "MT", "NP", "CB", "CC", "RS", "AT", "FC", "EI", "SL",
            "SS", "UN", "SI", "CW");

    /** The embargoes of part 746, quoted from the eCFR text (see the README's reference data section). */
    private static final Map<String, Embargo> EMBARGOES = Map.of(
            "CU", new Embargo("§ 746.2", "you will need a license to export or reexport all items subject to the EAR "
                    + "(see part 734 of the EAR for the scope of items subject to the EAR) to Cuba, including any "
                    + "release of technology or source code subject to the EAR to a Cuban national, except as "
                    + "follows", Coverage.ALL_ITEMS),
            "KP", new Embargo("§ 746.4(a)", "a license is required to export or reexport any item subject to the EAR "
                    + "(see part 734 of the EAR) to the Democratic People's Republic of Korea (North Korea), except "
                    + "food and medicines classified as EAR99", Coverage.ALL_BUT_EAR99_FOOD_AND_MEDICINE),
            "SY", new Embargo("§ 746.9(a)", "A license is required for the export or reexport to Syria of all items "
                    + "subject to the EAR, except food and medicine classified as EAR99",
                    Coverage.ALL_BUT_EAR99_FOOD_AND_MEDICINE),
            "IR", new Embargo("§ 746.7(a)(1)(i)", "A license is required under the EAR to export or reexport to Iran "
                    + "any item on the CCL containing a CB Column 1, CB Column 2, CB Column 3, NP Column 1, NP Column "
                    + "2, NS Column 1, NS Column 2, MT Column 1, RS Column 1, RS Column 2, CC Column 1, CC Column 2, "
                    + "CC Column 3, AT Column 1 or AT Column 2 in the Country Chart Column of the License "
                    + "Requirements section of an ECCN", Coverage.CCL_ITEMS_OTHERWISE_OFAC));

    private enum Coverage { ALL_ITEMS, ALL_BUT_EAR99_FOOD_AND_MEDICINE, CCL_ITEMS_OTHERWISE_OFAC }

    private record Embargo(String section, String rule, Coverage coverage) {
    }

    private LicenseRequirements() {
    }

    /**
     * The answer for items (their ECCNs, in form order) to a destination, given the parties found on
     * restricted lists.
     */
    public static LicenseRequirement explain(ReferenceSnapshot data, String destination, List<String> eccns,
            List<EndUserListing> listings) {
        ChartRow chart = data.chartRow(destination).orElse(null);
        Set<String> groups = data.groupRow(destination).map(GroupRow::groups).orElse(Set.of());
        String place = chart == null ? destination : chart.countryName();
        EmbargoRule embargo = embargoOn(destination, chart, groups);
        List<EndUserRule> endUsers = listings.stream().map(LicenseRequirements::endUserRule).toList();
        boolean listedEndUser = endUsers.stream().anyMatch(EndUserRule::requiresLicense);
        List<ItemRequirement> items = new ArrayList<>();
        for (int i = 0; i < eccns.size(); i++) {
            ItemRequirement item = item(data, i, eccns.get(i), chart, groups, place, embargo,
                    destination == null ? null : EMBARGOES.get(destination));
            items.add(listedEndUser ? requiredByEndUser(item, endUsers) : item);
        }
        LicenseAnswer answer;
        String explanation;
        if (chart == null) {
            answer = LicenseAnswer.UNKNOWN;
            explanation = "The Country Chart of reference data version " + data.version() + " has no row for "
                    + (destination == null ? "a destination not yet given" : destination)
                    + "; decide the license requirement from the regulation's text.";
        } else {
            answer = items.stream().map(ItemRequirement::answer).min(Comparator.naturalOrder())
                    .orElse(listedEndUser ? LicenseAnswer.LICENSE_REQUIRED : LicenseAnswer.NO_LICENSE_REQUIRED);
            explanation = summary(answer, place) + " " + items.stream().map(ItemRequirement::explanation)
                    .collect(Collectors.joining(" "));
        }
        String pending = endUsers.stream().filter(rule -> !rule.confirmed()).map(EndUserRule::finding)
                .collect(Collectors.joining(" "));
        return new LicenseRequirement(data.version(), destination, place, groups, answer,
                (explanation + (pending.isEmpty() ? "" : " " + pending)).strip(), items, embargo, endUsers);
    }

    private static String summary(LicenseAnswer answer, String place) {
        return switch (answer) {
            case LICENSE_REQUIRED -> "A license is required to " + place + ".";
            case DEPENDS_ON_THE_ITEM -> "Whether a license is required to " + place + " depends on the items' "
                    + "paragraphs or kind.";
            case NO_LICENSE_REQUIRED -> "No license is required to " + place + ".";
            case UNKNOWN -> "Some items must be classified by hand before the license requirement to " + place
                    + " is known.";
        };
    }

    private static ItemRequirement item(ReferenceSnapshot data, int index, String eccn, ChartRow chart,
            Set<String> groups, String place, EmbargoRule embargo, Embargo terms) {
        if (eccn == null || eccn.isBlank()) {
            return new ItemRequirement(index, eccn, null, Set.of(), LicenseAnswer.UNKNOWN,
                    "Item " + (index + 1) + " has no ECCN yet.", List.of());
        }
        if ("EAR99".equals(eccn)) {
            return ear99(index, place, embargo, terms);
        }
        EccnEntry entry = data.entry(eccn).orElse(null);
        if (entry == null) {
            return new ItemRequirement(index, eccn, null, Set.of(), LicenseAnswer.UNKNOWN, eccn + " is not among the "
                    + data.eccns().size() + " CCL entries of reference data version " + data.version()
                    + "; check its license requirements in Supplement No. 1 to part 774.", List.of());
        }
        List<ControlCheck> checks = chart == null ? List.of() : entry.controls().stream()
                .map(control -> check(control, entry.eccn(), paragraphsOf(eccn), chart, groups, data)).toList();
        if (embargo != null) {
            return embargoed(index, eccn, entry, checks, embargo, terms, place);
        }
        List<ControlCheck> required = checks.stream()
                .filter(check -> check.scope() == Scope.APPLIES && Boolean.TRUE.equals(check.destinationControlled()))
                .toList();
        List<ControlCheck> possible = checks.stream().filter(check -> check.scope() != Scope.DOES_NOT_APPLY
                && !Boolean.FALSE.equals(check.destinationControlled()) && !required.contains(check)).toList();
        if (!required.isEmpty()) {
            return new ItemRequirement(index, eccn, entry.heading(), entry.reasonsForControl(),
                    LicenseAnswer.LICENSE_REQUIRED, "A license is required for " + eccn + " to " + place + ": "
                    + findings(required) + ".", checks);
        }
        if (!possible.isEmpty()) {
            return new ItemRequirement(index, eccn, entry.heading(), entry.reasonsForControl(),
                    LicenseAnswer.DEPENDS_ON_THE_ITEM, "A license may be required for " + eccn + " to " + place
                    + ", depending on the item: " + findings(possible) + ".", checks);
        }
        return new ItemRequirement(index, eccn, entry.heading(), entry.reasonsForControl(),
                LicenseAnswer.NO_LICENSE_REQUIRED, "No license is required for " + eccn + " to " + place
                + " by its CCL entry: " + findings(checks.stream().filter(check -> check.scope() != Scope.DOES_NOT_APPLY)
                        .toList()) + ".", checks);
    }

    private static ItemRequirement ear99(int index, String place, EmbargoRule embargo, Embargo terms) {
        Set<String> none = Set.of();
        if (embargo == null) {
            return new ItemRequirement(index, "EAR99", null, none, LicenseAnswer.NO_LICENSE_REQUIRED, "EAR99 items "
                    + "are on no CCL entry and need a license only under end-user or embargo rules; no embargo "
                    + "applies to " + place + ".", List.of());
        }
        Coverage coverage = terms == null ? null : terms.coverage();
        if (coverage == Coverage.ALL_ITEMS) {
            return new ItemRequirement(index, "EAR99", null, none, LicenseAnswer.LICENSE_REQUIRED, "A license is "
                    + "required for EAR99 items to " + place + " under " + embargo.section() + ".", List.of());
        }
        String unless = coverage == Coverage.ALL_BUT_EAR99_FOOD_AND_MEDICINE
                ? "unless the item is food or medicine classified EAR99 (" + embargo.section() + ")"
                : coverage == Coverage.CCL_ITEMS_OTHERWISE_OFAC
                        ? "BIS requires none for EAR99 under " + embargo.section() + ", but OFAC's Iranian "
                                + "Transactions and Sanctions Regulations (31 CFR part 560) govern the export"
                        : "see " + embargo.section();
        return new ItemRequirement(index, "EAR99", null, none, LicenseAnswer.DEPENDS_ON_THE_ITEM, "EAR99 items to "
                + place + " are under embargo rules: " + unless + ".", List.of());
    }

    private static ItemRequirement embargoed(int index, String eccn, EccnEntry entry, List<ControlCheck> checks,
            EmbargoRule embargo, Embargo rule, String place) {
        boolean required = rule != null && (rule.coverage() != Coverage.CCL_ITEMS_OTHERWISE_OFAC
                || entry.chartColumns().stream().anyMatch(IRAN_COLUMNS::contains));
        return new ItemRequirement(index, eccn, entry.heading(), entry.reasonsForControl(),
                required ? LicenseAnswer.LICENSE_REQUIRED : LicenseAnswer.DEPENDS_ON_THE_ITEM,
                required ? "A license is required for " + eccn + " to " + place + " under " + embargo.section() + "."
                        : "Whether " + eccn + " needs a license to " + place + " is decided by " + embargo.section()
                                + ".", checks);
    }

    private static ItemRequirement requiredByEndUser(ItemRequirement item, List<EndUserRule> endUsers) {
        String parties = endUsers.stream().filter(EndUserRule::requiresLicense).map(EndUserRule::finding)
                .collect(Collectors.joining(" "));
        return new ItemRequirement(item.item(), item.eccn(), item.heading(), item.reasonsForControl(),
                LicenseAnswer.LICENSE_REQUIRED, "A license is required for " + item.eccn() + " whatever its "
                + "classification: " + parties + " " + item.explanation(), item.controls());
    }

    private static EmbargoRule embargoOn(String destination, ChartRow chart, Set<String> groups) {
        String group = groups.contains("E:1") ? "E:1" : groups.contains("E:2") ? "E:2" : null;
        Embargo embargo = destination == null ? null : EMBARGOES.get(destination);
        if (embargo != null) {
            return new EmbargoRule(group, embargo.section(), embargo.rule());
        }
        if (group != null || (chart != null && chart.isReferral())) {
            return new EmbargoRule(group, "part 746", chart != null && chart.isReferral() ? chart.referral()
                    : "Country Group " + group + ": see part 746 of the EAR");
        }
        return null;
    }

    private static EndUserRule endUserRule(EndUserListing listing) {
        boolean requires = listing.confirmed() && listing.entityList();
        String policy = listing.reviewPolicy() == null || listing.reviewPolicy().isBlank() ? "not stated"
                : listing.reviewPolicy().strip();
        String finding = !listing.confirmed()
                ? "A possible match of " + listing.party() + " on " + listing.list() + " awaits adjudication."
                : listing.entityList()
                        ? listing.party() + " is on the Entity List (15 CFR 744.11): license requirement \""
                                + Objects.requireNonNullElse(listing.licenseRequirement(), "not stated")
                                + "\"; license review policy: " + policy
                        : listing.party() + " is on " + listing.list() + "; review the list's restrictions.";
        return new EndUserRule(listing.party(), listing.list(), listing.licenseRequirement(), listing.reviewPolicy(),
                listing.confirmed(), requires, finding);
    }

    // ------------------------------------------------------------------ one license requirement row

    private static ControlCheck check(EccnEntry.Control control, String entry, List<String> paragraphs,
            ChartRow chart, Set<String> groups, ReferenceSnapshot data) {
        String appliesTo = control.appliesTo();
        String cell = control.countryChart();
        Matcher column = cell == null ? null : COLUMN.matcher(cell);
        String columnCode = column != null && column.find() ? column.group(1) + column.group(2) : null;
        String firstWord = appliesTo.length() >= 2 ? appliesTo.substring(0, 2) : "";
        String reason = REASONS.contains(firstWord) ? firstWord : columnCode == null ? null : columnCode.substring(0, 2);
        Scope scope = scope(appliesTo, entry, paragraphs);
        Boolean controlled;
        String where;
        if (columnCode != null) {
            controlled = chart.marks().contains(columnCode);
            where = chart.countryName() + (controlled ? " has an X in " : " has no X in ") + columnCode;
        } else {
            controlled = namedDestination(cell == null ? appliesTo : cell, chart, groups, data);
            where = controlled == null ? "the Country Chart does not decide this row; read it: \""
                    + (cell == null ? appliesTo : cell) + "\""
                    : controlled ? "the row controls " + chart.countryName() + " (\"" + cell + "\")"
                            : "the row does not name " + chart.countryName();
        }
        String applicability = switch (scope) {
            case APPLIES -> "";
            case MAY_APPLY -> " if the item is one the row covers";
            case DOES_NOT_APPLY -> " (the row covers other paragraphs)";
        };
        String finding = "\"" + shortened(appliesTo) + "\": " + where + applicability;
        return new ControlCheck(reason, columnCode, appliesTo, cell, scope, controlled, finding);
    }

    private static String findings(List<ControlCheck> checks) {
        return checks.isEmpty() ? "none of its rows controls it"
                : checks.stream().map(ControlCheck::finding).collect(Collectors.joining("; "));
    }

    private static String shortened(String text) {
        return text.length() <= 120 ? text : text.substring(0, 117).strip() + "...";
    }

    /** The paragraphs of an ECCN below its entry: {@code 3A001.b.2} has {@code b.2}; {@code 3A001} has none. */
    static List<String> paragraphsOf(String eccn) {
        int dot = eccn.indexOf('.');
        return dot < 0 ? List.of() : List.of(eccn.substring(dot + 1));
    }

    static Scope scope(String appliesTo, String entry, List<String> paragraphs) {
        String paragraph = paragraphs.isEmpty() ? null : paragraphs.get(0);
        Matcher except = EXCEPT.matcher(appliesTo);
        String main = except.find() ? appliesTo.substring(0, except.start()) : appliesTo;
        String exception = main.length() < appliesTo.length() ? appliesTo.substring(main.length()) : "";
        boolean entireEntry = main.toLowerCase(Locale.ROOT).contains("entire entry");
        if (entireEntry) {
            if (exception.isEmpty()) {
                return Scope.APPLIES;
            }
            if (paragraph != null && names(exception, entry, paragraph)) {
                return Scope.DOES_NOT_APPLY;
            }
            return paragraph != null && namesParagraphs(exception, entry) ? Scope.APPLIES : Scope.MAY_APPLY;
        }
        if (paragraph == null) {
            return Scope.MAY_APPLY;
        }
        if (names(main, entry, paragraph)) {
            // an exception naming the item's own paragraph narrows it by kind or end use, which the form
            // does not say
            return exception.isEmpty() || (namesParagraphs(exception, entry) && !names(exception, entry, paragraph))
                    ? Scope.APPLIES : Scope.MAY_APPLY;
        }
        if (namesPartOf(main, entry, paragraph)) {
            return Scope.MAY_APPLY;
        }
        return namesParagraphs(main, entry) ? Scope.DOES_NOT_APPLY : Scope.MAY_APPLY;
    }

    /** Whether the text names the paragraph or one that contains it ({@code b} contains {@code b.2}). */
    private static boolean names(String text, String entry, String paragraph) {
        String[] levels = paragraph.split("\\.");
        for (int depth = levels.length; depth > 0; depth--) {
            String prefix = String.join(".", java.util.Arrays.copyOf(levels, depth));
            if (mentions(text, entry + "." + prefix) || mentions(text, "." + prefix)
                    || (depth > 1 && mentions(text, " " + prefix))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the text names a paragraph inside this one ({@code b.2} is inside {@code b}). */
    private static boolean namesPartOf(String text, String entry, String paragraph) {
        return text.contains(entry + "." + paragraph + ".") || text.contains(" ." + paragraph + ".");
    }

    private static boolean namesParagraphs(String text, String entry) {
        return Pattern.compile(Pattern.quote(entry) + "\\.[a-z]|(^|[\\s,(])\\.[a-z]").matcher(text).find();
    }

    /** Whether the text holds the reference, not followed by a deeper level or more letters. */
    private static boolean mentions(String text, String reference) {
        int from = 0;
        while (true) {
            int at = text.indexOf(reference, from);
            if (at < 0) {
                return false;
            }
            int end = at + reference.length();
            boolean deeper = end < text.length() && (Character.isLetterOrDigit(text.charAt(end))
                    || (text.charAt(end) == '.' && end + 1 < text.length()
                            && Character.isLetterOrDigit(text.charAt(end + 1))));
            boolean glued = at > 0 && reference.charAt(0) == '.' && Character.isLetterOrDigit(text.charAt(at - 1));
            if (!deeper && !glued) {
                return true;
            }
            from = at + 1;
        }
    }

    /**
     * For a row the chart does not decide: {@code true} if it names the destination (worldwide, by name or by
     * Country Group) and does not exclude it, {@code false} if it names only others, {@code null} if it names
     * no destination at all.
     */
    static Boolean namedDestination(String text, ChartRow chart, Set<String> groups, ReferenceSnapshot data) {
        Matcher excluding = EXCLUDING.matcher(text);
        String included = excluding.find() ? text.substring(0, excluding.start()) : text;
        String excluded = included.length() < text.length() ? text.substring(included.length()) : "";
        String lower = included.toLowerCase(Locale.ROOT);
        if (lower.contains("worldwide") || lower.contains("all destinations")) {
            return true;
        }
        Set<String> namedGroups = groupsIn(included);
        Set<String> excludedGroups = groupsIn(excluded);
        // a destination named outright is controlled; one named through its groups is, unless the row's
        // "excluding" clause takes its groups out ("... or destinations specified in Country Groups D:1, D:4,
        // and D:5 ..., excluding any destination also specified in Country Groups A:5 or A:6")
        if (namesCountry(included, chart.countryName())) {
            return !namesCountry(excluded, chart.countryName());
        }
        if (namedGroups.stream().anyMatch(groups::contains)) {
            return excludedGroups.stream().noneMatch(groups::contains) && !namesCountry(excluded, chart.countryName());
        }
        boolean namesOthers = !namedGroups.isEmpty() || data.chart().values().stream()
                .anyMatch(row -> namesCountry(included, row.countryName()));
        return namesOthers ? Boolean.FALSE : null;
    }

    private static Set<String> groupsIn(String text) {
        Set<String> found = new java.util.HashSet<>();
        Matcher group = GROUP.matcher(text);
        while (group.find()) {
            found.add(group.group(1));
        }
        return found;
    }

    private static boolean namesCountry(String text, String name) {
        return !text.isEmpty() && Pattern.compile("\\b" + Pattern.quote(name) + "\\b").matcher(text).find();
    }
}
