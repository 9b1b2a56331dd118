package gov.clearance.classification;

import gov.clearance.classification.LicenseRequirement.ControlCheck;
import gov.clearance.classification.LicenseRequirement.EmbargoRule;
import gov.clearance.classification.LicenseRequirement.EndUserRule;
import gov.clearance.classification.LicenseRequirement.ItemRequirement;
import gov.clearance.classification.LicenseRequirement.NotApplied;
import gov.clearance.classification.LicenseRequirement.Scope;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Decides whether a license is required, the way 15 CFR 738.4(a) sets out and everything it points to: for
 * each reason for control of the item's ECCN, the Country Chart column and the destination's X; the rows of
 * the entry the chart does not decide, read for the destinations their own text or section names; the chart's
 * footnotes; the embargoes and special controls of part 746; and the end-use and end-user rules of part 744.
 * Every finding cites its section and carries the license review policy it sets. A rule whose text or list
 * the reference data does not hold is reported as not applied, never guessed.
 */
public final class LicenseRequirements {

    /** An ECCN with optional paragraphs ({@code 3A001.b.1.a.4.c}), or {@code EAR99}. */
    public static final Pattern ECCN_FORMAT = Pattern.compile("^(EAR99|[0-9][A-E][0-9]{3}(\\.[a-z0-9]+)*)$");

    private static final Pattern COLUMN = Pattern.compile("\\b([A-Z]{2}) Column ([1-3])\\b");
    private static final Pattern GROUP = Pattern.compile("\\b([A-E]:[1-6])");
    private static final Pattern EXCEPT = Pattern.compile("(?i)\\bexcept(ing)?\\b");
    private static final Pattern EXCLUDING = Pattern.compile("(?i)\\bexcluding\\b");
    /** An editor's note in the extracted text, such as {@code [sic: ...]}: not regulation text. */
    private static final Pattern EDITORIAL_NOTE = Pattern.compile("\\s*\\[(sic|no |note)[^\\]]*\\]");
    private static final Set<String> REASONS = Set.of("NS", "MT", "NP", "CB", "CC", "RS", "AT", "FC", "EI", "SL",
            "SS", "UN", "SI", "CW");

    /** One line item as the determination reads it. */
    public record Item(String eccn, String htsCode) {
    }

    private LicenseRequirements() {
    }

    /** The answer for items given by ECCN alone (a drafting hint): no end-use answers, no HTS codes. */
    public static LicenseRequirement explain(ReferenceSnapshot data, String destination, List<String> eccns,
            List<EndUserListing> listings) {
        return explain(data, destination, eccns.stream().map(eccn -> new Item(eccn, null)).toList(),
                EndUseFacts.UNANSWERED, listings);
    }

    /**
     * The answer for the items (in form order) to a destination, given the applicant's end-use answers and the
     * parties found on restricted lists.
     */
    public static LicenseRequirement explain(ReferenceSnapshot data, String destination, List<Item> items,
            EndUseFacts facts, List<EndUserListing> listings) {
        return new Determination(data, destination, EndUseFacts.orUnanswered(facts), listings).of(items);
    }

    /** The determination of one case: what holds for the destination and the parties, then each item. */
    private static final class Determination {

        private final ReferenceSnapshot data;
        private final String destination;
        private final ChartRow chart;
        private final Set<String> groups;
        private final String place;
        private final EndUseFacts facts;
        private final List<EndUserRule> endUsers;
        private final List<Finding> caseFindings = new ArrayList<>();
        private final List<NotApplied> notApplied = new ArrayList<>();
        private final List<String> openQuestions = new ArrayList<>();
        private final EarRules.Embargo embargo;

        Determination(ReferenceSnapshot data, String destination, EndUseFacts facts, List<EndUserListing> listings) {
            this.data = data;
            this.destination = destination;
            this.facts = facts;
            ChartRow row = data.chartRow(destination).orElse(null);
            // footnote 5: "Refer to Switzerland for licensing requirements for Liechtenstein under the EAR."
            if (row != null && row.notes().contains("5") && data.chartRow("CH").isPresent()) {
                ChartRow switzerland = data.chartRow("CH").get();
                caseFindings.add(new Finding("CHART_FOOTNOTE_5", EarRules.FOOTNOTES, LicenseAnswer.NO_LICENSE_REQUIRED,
                        null, "Country Chart footnote 5: \"Refer to Switzerland for licensing requirements for "
                        + "Liechtenstein under the EAR.\" Switzerland's row is read for " + row.countryName() + "."));
                row = new ChartRow(row.countryName(), row.countryCode(), switzerland.marks(), row.notes(),
                        switzerland.referral());
            }
            this.chart = row;
            this.groups = data.groupRow(destination).map(GroupRow::groups).orElse(Set.of());
            this.place = row == null ? destination : row.countryName();
            this.embargo = destination == null ? null : EarRules.EMBARGOES.get(destination);
            this.endUsers = listings.stream().map(Determination::endUserRule).toList();
            endUsers.stream().filter(rule -> !rule.confirmed()).forEach(rule -> openQuestions.add(rule.finding()));
            listings.stream().filter(EndUserListing::confirmed).forEach(this::listedParty);
            endUse();
            if (row != null) {
                destinationRules(row);
            }
        }

        LicenseRequirement of(List<Item> items) {
            List<ItemRequirement> answers = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                answers.add(item(i, items.get(i)));
            }
            LicenseAnswer answer;
            String explanation;
            if (chart == null) {
                answer = LicenseAnswer.UNKNOWN;
                explanation = "The Country Chart of reference data version " + data.version() + " has no row for "
                        + (destination == null ? "a destination not yet given" : destination)
                        + "; decide the license requirement from the regulation's text.";
            } else {
                answer = answers.stream().map(ItemRequirement::answer).reduce(LicenseAnswer::and)
                        .orElse(caseFindings.stream().map(Finding::effect).reduce(LicenseAnswer::and)
                                .orElse(LicenseAnswer.NO_LICENSE_REQUIRED));
                explanation = summary(answer) + " " + answers.stream().map(ItemRequirement::explanation)
                        .collect(Collectors.joining(" ")) + endUsers.stream().filter(rule -> !rule.confirmed())
                                .map(rule -> " " + rule.finding()).collect(Collectors.joining());
            }
            List<String> policies = new ArrayList<>(new LinkedHashSet<>(answers.stream()
                    .flatMap(item -> item.reviewPolicies().stream()).toList()));
            caseFindings.stream().filter(f -> f.effect() == LicenseAnswer.LICENSE_REQUIRED && f.reviewPolicy() != null)
                    .map(Finding::reviewPolicy).filter(policy -> !policies.contains(policy)).forEach(policies::add);
            EmbargoRule embargoRule = embargoRule();
            String notification = CongressionalNotification.calledFor(destination, place, answers, data, facts);
            if (notification != null) {
                notApplied.add(CongressionalNotification.THRESHOLDS_NOT_HELD);
            }
            return new LicenseRequirement(data.version(), destination, place, groups, answer, explanation.strip(),
                    answers, embargoRule, endUsers, List.copyOf(caseFindings), List.copyOf(policies),
                    List.copyOf(new LinkedHashSet<>(notApplied)), List.copyOf(openQuestions), notification);
        }

        private String summary(LicenseAnswer answer) {
            return switch (answer) {
                case LICENSE_REQUIRED -> "A license is required to " + place + ".";
                case DEPENDS_ON_THE_ITEM -> "Whether a license is required to " + place + " depends on the items' "
                        + "paragraphs or kind, as each finding names.";
                case OUTSIDE_BIS_JURISDICTION -> "BIS does not license these items to " + place
                        + ": another agency does, as each finding says.";
                case NO_LICENSE_REQUIRED -> "No license is required to " + place + " by any rule applied.";
                case UNKNOWN -> "BIS must decide by hand whether a license is required to " + place
                        + ": the reference data does not hold what decides it.";
            };
        }

        // -------------------------------------------------------------- rules of the destination and the parties

        private void destinationRules(ChartRow row) {
            if (embargo == null && (groups.contains("E:1") || groups.contains("E:2") || row.isReferral())) {
                notApplied.add(new NotApplied("EAR_PART_746", "15 CFR part 746", place + " is in Country Group "
                        + groups.stream().filter(g -> g.startsWith("E:")).sorted().toList() + " or its chart row "
                        + "refers to part 746, whose rule for it is not held: decide by hand."));
            }
            for (String note : row.notes()) {
                EarRules.Footnote footnote = EarRules.FOOTNOTE_POINTERS.get(note);
                if (footnote != null && footnote.relevantTo() == null) {
                    notApplied.add(new NotApplied("CHART_FOOTNOTE_" + note, footnote.citation(), "Country Chart "
                            + "footnote " + note + " on " + place + ": \"" + footnote.text() + "\" " + footnote.status()));
                }
            }
        }

        private void endUse() {
            EndUseFacts.QUESTIONS.stream().filter(question -> question.answer().apply(facts) == null)
                    .forEach(question -> openQuestions.add(question.words()));
            for (EarRules.EndUseRule rule : EarRules.END_USE_RULES) {
                if (Boolean.TRUE.equals(rule.fact().apply(facts))) {
                    LicenseAnswer effect = rule.effect().of(data, destination);
                    if (effect == LicenseAnswer.UNKNOWN) {
                        notApplied.add(new NotApplied(rule.rule(), rule.citation(), "The applicant's answer brings in "
                                + rule.citation() + ", whose reach for " + place + " turns on a list not held: BIS "
                                + "decides."));
                    }
                    if (effect != null) {
                        caseFindings.add(new Finding(rule.rule(), rule.citation(), effect,
                                effect == LicenseAnswer.LICENSE_REQUIRED ? rule.reviewPolicy() : null,
                                rule.finding(place, effect)));
                    } else {
                        caseFindings.add(new Finding(rule.rule(), rule.citation(), LicenseAnswer.NO_LICENSE_REQUIRED,
                                null, rule.outside(place)));
                    }
                }
            }
            EarRules.END_USE_NOT_APPLIED.forEach((fact, missing) -> {
                if (Boolean.TRUE.equals(fact.apply(facts))) {
                    notApplied.add(missing);
                }
            });
        }


        private void listedParty(EndUserListing listing) {
            if (listing.entityList()) {
                String policy = listing.reviewPolicy() == null || listing.reviewPolicy().isBlank() ? null
                        : listing.reviewPolicy().strip() + " (the party's Entity List entry, supplement no. 4 to "
                                + "part 744; 15 CFR 744.11(b))";
                caseFindings.add(new Finding("EAR_744_11", "15 CFR 744.11; supplement no. 4 to part 744",
                        LicenseAnswer.LICENSE_REQUIRED, policy, listing.party() + " is on the Entity List: license "
                        + "requirement \"" + Objects.requireNonNullElse(listing.licenseRequirement(), "not stated")
                        + "\"; license review policy: " + (policy == null ? "not stated in the entry."
                                : "\"" + listing.reviewPolicy().strip() + "\".")));
            } else {
                EarRules.ListRule rule = EarRules.LIST_RULES.get(listing.listCode());
                if (rule != null) {
                    caseFindings.add(new Finding(rule.rule(), rule.citation(), rule.effect(), rule.reviewPolicy(),
                            listing.party() + " is on " + listing.list() + ": " + rule.text()));
                } else {
                    notApplied.add(new NotApplied("LIST_" + listing.listCode(), listing.list(), listing.party()
                            + " is on " + listing.list() + ", a list with no license rule in the EAR that the "
                            + "determination applies; review the list's own restrictions."));
                }
            }
        }

        private EmbargoRule embargoRule() {
            String group = groups.contains("E:1") ? "E:1" : groups.contains("E:2") ? "E:2" : null;
            if (embargo != null) {
                return new EmbargoRule(group, embargo.citation(), embargo.rule());
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
            return new EndUserRule(listing.party(), listing.list(), listing.licenseRequirement(),
                    listing.reviewPolicy(), listing.confirmed(), requires, finding);
        }

        // -------------------------------------------------------------------------------------- one item

        private ItemRequirement item(int index, Item item) {
            String eccn = item.eccn();
            List<Finding> found = new ArrayList<>(caseFindings);
            if (eccn == null || eccn.isBlank()) {
                found.add(new Finding("NO_ECCN", "15 CFR 738.4(a)", LicenseAnswer.UNKNOWN, null, "Item " + (index + 1)
                        + " has no ECCN yet."));
                return answer(index, eccn, null, Set.of(), List.of(), found);
            }
            if (chart == null) {
                return answer(index, eccn, null, Set.of(), List.of(), found);
            }
            if ("EAR99".equals(eccn)) {
                ear99(item, found);
                return answer(index, eccn, null, Set.of(), List.of(), found);
            }
            EccnEntry entry = data.entry(eccn).orElse(null);
            if (entry == null) {
                found.add(new Finding("ECCN_NOT_HELD", "15 CFR part 774, supplement no. 1", LicenseAnswer.UNKNOWN, null,
                        eccn + " is not among the " + data.eccns().size() + " CCL entries of reference data version "
                        + data.version() + ": check its license requirements in supplement no. 1 to part 774; BIS "
                        + "decides, and may refer the case on its own judgment."));
                notApplied.add(new NotApplied("ECCN_NOT_HELD", "15 CFR part 774, supplement no. 1", eccn + " is not in "
                        + "reference data version " + data.version() + "."));
                return answer(index, eccn, null, Set.of(), List.of(), found);
            }
            if (entry.controls().stream().allMatch(control -> control.appliesTo().startsWith("[no "))) {
                boolean itar = entry.heading().contains("subject to the ITAR");
                found.add(itar
                        ? new Finding("ITAR", "heading of ECCN " + entry.eccn() + "; 22 CFR parts 120-130",
                                LicenseAnswer.OUTSIDE_BIS_JURISDICTION, null, entry.eccn() + " says its items are "
                                + "\"subject to the ITAR\": the State Department licenses them under 22 CFR parts "
                                + "120-130, not BIS.")
                        : new Finding("NO_LICENSE_REQUIREMENTS_SECTION", "15 CFR part 774, supplement no. 1",
                                LicenseAnswer.UNKNOWN, null, entry.eccn() + " has no License Requirements section in "
                                + "the reference data; read the entry (\"" + shortened(entry.heading()) + "\")."));
                return answer(index, eccn, entry.heading(), entry.reasonsForControl(), List.of(), found);
            }
            List<ControlCheck> checks = new ArrayList<>();
            for (EccnEntry.Control control : entry.controls()) {
                RowCheck row = check(control, entry.eccn(), paragraphsOf(eccn));
                checks.add(row.check());
                if (row.finding() != null) {
                    found.add(row.finding());
                }
            }
            destinationRulesFor(entry, eccn, found);
            return answer(index, eccn, entry.heading(), entry.reasonsForControl(), checks, found);
        }

        private void ear99(Item item, List<Finding> found) {
            if (embargo != null) {
                found.add(embargo.ear99(place));
            }
            htsLists(item, found);
            if (Boolean.TRUE.equals(facts.coveredRegionOfUkraine())) {
                found.add(EarRules.coveredRegionsFinding(true));
            }
            if (found.stream().noneMatch(f -> f.effect() != LicenseAnswer.NO_LICENSE_REQUIRED)) {
                found.add(new Finding("EAR99", "15 CFR 734.3(c)", LicenseAnswer.NO_LICENSE_REQUIRED, null, "EAR99 items "
                        + "are on no CCL entry, so the Country Chart requires no license for them; no embargo, "
                        + "end-use or end-user rule applied requires one to " + place + "."));
            }
        }

        /**
         * The lists of items by HTS code in the supplements to part 746, which decide EAR99 items to Russia and
         * Belarus (and add supplement no. 7's to Iran): applied when an ADMIN has loaded them, reported as not
         * loaded otherwise.
         */
        private void htsLists(Item item, List<Finding> found) {
            boolean decisive = data.lists(DestinationList.RUSSIA_BELARUS_SANCTIONS, destination);
            boolean iran = "IR".equals(destination);
            String hts = item.htsCode() == null || item.htsCode().isBlank() ? null : item.htsCode().strip();
            if (!data.htsListsLoaded()) {
                if (decisive || iran) {
                    notApplied.add(new NotApplied("EAR_746_HTS_LISTS", EarRules.HTS_SUPPLEMENTS, "The HTS-code lists "
                            + "of the supplements to part 746 are not loaded (reference data version " + data.version()
                            + "); an ADMIN imports them as the part-746-hts-lists dataset."));
                }
                if (decisive) {
                    found.add(new Finding("EAR_746_HTS_LISTS", EarRules.HTS_SUPPLEMENTS, LicenseAnswer.UNKNOWN, null,
                            "EAR99 items to " + place + " need a license if their HTS code is on the lists of the "
                            + "supplements to part 746 (" + (hts == null ? "no HTS code given" : "HTS code " + hts)
                            + "); those lists are not loaded: check them by hand."));
                }
                return;
            }
            if (hts == null) {
                if (decisive) {
                    found.add(new Finding("EAR_746_HTS_LISTS", EarRules.HTS_SUPPLEMENTS, LicenseAnswer.UNKNOWN, null,
                            "The item has no HTS code, and the lists of the supplements to part 746 decide EAR99 "
                            + "items to " + place + " by it: ask the applicant for it."));
                }
                return;
            }
            List<HtsListEntry> listed = data.htsListed(hts, destination);
            for (HtsListEntry entry : listed) {
                found.add(new Finding("EAR_746_SUPPLEMENT_" + entry.supplement(), "15 CFR " + entry.section()
                        + "; supplement no. " + entry.supplement() + " to part 746", LicenseAnswer.LICENSE_REQUIRED,
                        entry.reviewPolicy(), "HTS code " + hts + " is on supplement no. " + entry.supplement()
                        + " to part 746 (\"" + shortened(entry.description()) + "\"), whose rule (" + entry.section()
                        + ") requires a license to " + place + "."));
            }
            if (listed.isEmpty() && decisive) {
                found.add(new Finding("EAR_746_HTS_LISTS", EarRules.HTS_SUPPLEMENTS, LicenseAnswer.NO_LICENSE_REQUIRED,
                        null, "HTS code " + hts + " is on none of the lists of the supplements to part 746 loaded in "
                        + "reference data version " + data.version() + "."));
            }
        }

        private void destinationRulesFor(EccnEntry entry, String eccn, List<Finding> found) {
            if (embargo != null) {
                found.add(embargo.cclItem(entry, eccn, place));
            }
            if (data.lists(DestinationList.RUSSIA_BELARUS_SANCTIONS, destination)) {
                found.add(EarRules.russiaBelarus(entry, eccn, place));
            }
            if (Boolean.TRUE.equals(facts.coveredRegionOfUkraine())) {
                found.add(EarRules.coveredRegionsFinding(false));
            }
            for (String note : chart.notes()) {
                EarRules.Footnote pointer = EarRules.FOOTNOTE_POINTERS.get(note);
                if (pointer != null && pointer.relevantTo() != null && pointer.relevantTo().test(eccn)) {
                    notApplied.add(new NotApplied("CHART_FOOTNOTE_" + note, pointer.citation(), "Country Chart "
                            + "footnote " + note + " on " + place + ": \"" + pointer.text() + "\" " + pointer.status()));
                }
                EarRules.FootnoteRule rule = EarRules.FOOTNOTE_RULES.get(note);
                Finding finding = rule == null ? null : rule.apply(data, destination, eccn, place);
                if (finding != null) {
                    found.add(finding);
                }
            }
        }

        private ItemRequirement answer(int index, String eccn, String heading, Set<String> reasons,
                List<ControlCheck> checks, List<Finding> found) {
            LicenseAnswer answer = found.stream().map(Finding::effect).reduce(LicenseAnswer::and)
                    .orElse(LicenseAnswer.NO_LICENSE_REQUIRED);
            if (chart == null) {
                answer = LicenseAnswer.UNKNOWN;
            }
            LicenseAnswer decided = answer;
            List<Finding> deciding = found.stream().filter(f -> f.effect() == decided).toList();
            String name = eccn == null || eccn.isBlank() ? "item " + (index + 1) : eccn;
            String lead = switch (answer) {
                case LICENSE_REQUIRED -> "A license is required for " + name + " to " + place + ": ";
                case DEPENDS_ON_THE_ITEM -> "Whether " + name + " needs a license to " + place + " depends on the "
                        + "item: ";
                case OUTSIDE_BIS_JURISDICTION -> "BIS does not license " + name + " to " + place + ": ";
                case NO_LICENSE_REQUIRED -> "No license is required for " + name + " to " + place + ": ";
                case UNKNOWN -> "BIS must decide " + name + " to " + place + " by hand: ";
            };
            String checked = checks.stream().filter(check -> check.scope() != Scope.DOES_NOT_APPLY)
                    .map(ControlCheck::finding).collect(Collectors.joining("; "));
            String because = answer == LicenseAnswer.NO_LICENSE_REQUIRED && !checked.isEmpty()
                    ? "by its CCL entry, " + checked + "." + (deciding.isEmpty() ? "" : " ")
                    : deciding.isEmpty() ? "none of its rows controls it." : "";
            because += deciding.stream().map(f -> f.text() + " [" + f.citation() + "]")
                    .collect(Collectors.joining(" "));
            List<String> policies = new ArrayList<>(new LinkedHashSet<>(found.stream()
                    .filter(f -> f.effect() == LicenseAnswer.LICENSE_REQUIRED && f.reviewPolicy() != null)
                    .map(Finding::reviewPolicy).toList()));
            return new ItemRequirement(index, eccn, heading, reasons, answer, lead + because, List.copyOf(checks),
                    List.copyOf(found), List.copyOf(policies));
        }

        // -------------------------------------------------------------- one row of the entry's License Requirements

        private record RowCheck(ControlCheck check, Finding finding) {
        }

        private RowCheck check(EccnEntry.Control control, String entry, List<String> paragraphs) {
            String appliesTo = EDITORIAL_NOTE.matcher(control.appliesTo()).replaceAll("").strip();
            String cell = control.countryChart() == null ? null
                    : EDITORIAL_NOTE.matcher(control.countryChart()).replaceAll("").strip();
            Matcher column = cell == null ? null : COLUMN.matcher(cell);
            String columnCode = column != null && column.find() ? column.group(1) + column.group(2) : null;
            String firstWord = appliesTo.length() >= 2 ? appliesTo.substring(0, 2) : "";
            String reason = REASONS.contains(firstWord) ? firstWord : columnCode == null ? null
                    : columnCode.substring(0, 2);
            Scope scope = scope(appliesTo, entry, paragraphs);
            Boolean controlled;
            String where;
            String citation;
            if (columnCode != null) {
                controlled = chart.marks().contains(columnCode);
                where = chart.countryName() + (controlled ? " has an X in " : " has no X in ") + columnCode;
                citation = "15 CFR 738.4(a); supplement no. 1 to part 738, column " + columnCode;
            } else {
                EarRules.RowDecision decision = decide(reason, appliesTo, cell);
                controlled = decision.controlled();
                where = decision.why();
                citation = decision.citation();
            }
            String applicability = switch (scope) {
                case APPLIES -> "";
                case MAY_APPLY -> " if the item is one the row covers";
                case DOES_NOT_APPLY -> " (the row covers other paragraphs)";
            };
            String text = "\"" + shortened(appliesTo) + "\": " + where + applicability;
            ControlCheck check = new ControlCheck(reason, columnCode, appliesTo, cell, scope, controlled, text);
            if (scope == Scope.DOES_NOT_APPLY || Boolean.FALSE.equals(controlled)) {
                return new RowCheck(check, null);
            }
            String rule = "ROW_" + (reason == null ? "UNNAMED" : reason) + (columnCode == null ? "" : "_" + columnCode);
            if (controlled == null) {
                notApplied.add(new NotApplied(rule, citation, "A row of " + entry + " the determination cannot decide "
                        + "for " + place + ": " + where));
                return new RowCheck(check, new Finding(rule, citation, LicenseAnswer.UNKNOWN, null, text + "."));
            }
            if (scope == Scope.MAY_APPLY) {
                return new RowCheck(check, new Finding(rule, citation, LicenseAnswer.DEPENDS_ON_THE_ITEM, null,
                        "A license is required if the item is one the row \"" + shortened(appliesTo) + "\" covers: "
                        + where + "."));
            }
            return new RowCheck(check, new Finding(rule, citation, LicenseAnswer.LICENSE_REQUIRED,
                    EarRules.reviewPolicy(reason, data, destination, entry), text + "."));
        }

        /** A row the chart does not decide: read for the destinations its own text, or the section it names, holds. */
        private EarRules.RowDecision decide(String reason, String appliesTo, String cell) {
            String text = cell == null || cell.isBlank() ? appliesTo : cell;
            String whole = appliesTo + " " + (cell == null ? "" : cell);
            EarRules.RowRule rule = EarRules.rowRule(reason, whole);
            if (rule != null) {
                return rule.decide(data, destination, place);
            }
            String citation = EarRules.sectionNamed(whole);
            String lower = text.toLowerCase(Locale.ROOT);
            if (lower.contains("worldwide") || lower.contains("all destinations")) {
                boolean canadaExcepted = lower.contains("except canada");
                boolean controlled = !(canadaExcepted && "CA".equals(destination));
                return new EarRules.RowDecision(controlled, citation, controlled
                        ? "the row controls every destination" + (canadaExcepted ? " but Canada" : "") + " (\""
                                + shortened(text) + "\")"
                        : "the row excepts Canada (\"" + shortened(text) + "\")");
            }
            Boolean controlled = namedDestination(text, chart, groups, data);
            return new EarRules.RowDecision(controlled, citation, controlled == null
                    ? "the row names no destination the determination can read: \"" + shortened(text) + "\""
                    : controlled ? "the row controls " + chart.countryName() + " (\"" + shortened(text) + "\")"
                            : "the row does not name " + chart.countryName());
        }
    }

    private static String shortened(String text) {
        return text.length() <= 160 ? text : text.substring(0, 157).strip() + "...";
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
        if (text.isEmpty()) {
            return false;
        }
        // the chart prints "Korea, North"; the CCL's rows write "North Korea"
        String spoken = name.startsWith("Korea, ") ? name.substring(7) + " Korea" : null;
        return Pattern.compile("\\b" + Pattern.quote(name) + "\\b").matcher(text).find()
                || (spoken != null && Pattern.compile("\\b" + Pattern.quote(spoken) + "\\b").matcher(text).find());
    }
}
