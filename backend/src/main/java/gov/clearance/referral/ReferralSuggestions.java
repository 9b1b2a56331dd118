package gov.clearance.referral;

import gov.clearance.classification.EndUseFacts;
import gov.clearance.classification.EndUserListing;
import gov.clearance.classification.LicenseAnswer;
import gov.clearance.classification.LicenseRequirement;
import gov.clearance.classification.LicenseRequirement.ControlCheck;
import gov.clearance.classification.LicenseRequirement.ItemRequirement;
import gov.clearance.classification.LicenseRequirement.Scope;
import gov.clearance.classification.LicenseRequirements;
import gov.clearance.classification.ReferenceData;
import gov.clearance.intake.ApplicationForm;
import gov.clearance.intake.ApplicationView;
import gov.clearance.intake.Applications;
import gov.clearance.referral.ReferralRules.FactKind;
import gov.clearance.screening.PartyScreening;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Classifies a case against the reference data it was registered with, and suggests the agencies to
 * refer it to: the union of what its reasons for control, its destination's Country Groups and its
 * parties' list flags call for.
 */
@Service
public class ReferralSuggestions {

    private static final Set<String> GROUPS_OF_CONCERN = Set.of("D:1", "D:2", "D:3", "D:4", "D:5", "E:1", "E:2");

    private final Applications applications;
    private final ReferenceData referenceData;
    private final PartyScreening screening;
    private final ReferralRules rules;
    private final Reclassifications reclassifications;

    ReferralSuggestions(Applications applications, ReferenceData referenceData, PartyScreening screening,
            ReferralRules rules, Reclassifications reclassifications) {
        this.reclassifications = reclassifications;
        this.applications = applications;
        this.referenceData = referenceData;
        this.screening = screening;
        this.rules = rules;
    }

    @Transactional(readOnly = true)
    public CaseClassification classify(UUID applicationId) {
        ApplicationView application = applications.view(applicationId);
        ApplicationForm form = application.form();
        List<EndUserListing> listings = screening.listingsOf(applicationId);
        List<ReclassificationView> reclassified = reclassifications.of(applicationId);
        Map<Integer, String> eccns = Reclassifications.currentEccns(form, reclassified);
        List<LicenseRequirements.Item> items = new ArrayList<>();
        for (int i = 0; i < form.items().size(); i++) {
            items.add(new LicenseRequirements.Item(eccns.get(i), form.items().get(i).htsCode()));
        }
        LicenseRequirement requirement = LicenseRequirements.explain(referenceData.ofCase(applicationId),
                form.destinationCountry(), items, form.endUse(), listings);
        return new CaseClassification(requirement, suggest(requirement, listings, form.endUse()), reclassified);
    }

    ReferralSuggestion suggest(LicenseRequirement requirement, List<EndUserListing> listings, EndUseFacts endUse) {
        Map<FactKind, Set<String>> facts = new LinkedHashMap<>();
        facts.put(FactKind.REASON, reasonsRequiringReview(requirement));
        facts.put(FactKind.COUNTRY_GROUP, new LinkedHashSet<>(requirement.countryGroups().stream()
                .filter(GROUPS_OF_CONCERN::contains).sorted().toList()));
        facts.put(FactKind.PARTY_FLAG, new LinkedHashSet<>(listings.stream().map(EndUserListing::listCode).toList()));
        facts.put(FactKind.END_USE, declaredEndUses(EndUseFacts.orUnanswered(endUse)));
        Map<String, List<String>> agencies = new LinkedHashMap<>();
        List<String> applied = new ArrayList<>();
        facts.forEach((kind, values) -> values.forEach(fact -> {
            applied.add(kind + " " + fact);
            rules.agenciesFor(kind, fact).forEach(rule -> agencies.computeIfAbsent(rule.agency(),
                    agency -> new ArrayList<>()).add(rule.rule()));
        }));
        return new ReferralSuggestion(agencies.entrySet().stream()
                .map(entry -> new ReferralSuggestion.SuggestedAgency(entry.getKey(), List.copyOf(entry.getValue())))
                .toList(), List.copyOf(applied));
    }

    /** The end uses the applicant declares, by the names the decision table knows. */
    private static Set<String> declaredEndUses(EndUseFacts facts) {
        Set<String> declared = new java.util.TreeSet<>();
        addIfDeclared(declared, "CHEMICAL_BIOLOGICAL", facts.chemicalBiological());
        addIfDeclared(declared, "MILITARY", facts.militaryEndUse());
        addIfDeclared(declared, "MILITARY_INTELLIGENCE", facts.militaryIntelligence());
        addIfDeclared(declared, "MISSILE", facts.missile());
        addIfDeclared(declared, "NUCLEAR", facts.nuclear());
        return new LinkedHashSet<>(declared);
    }

    private static void addIfDeclared(Set<String> declared, String endUse, Boolean answer) {
        if (Boolean.TRUE.equals(answer)) {
            declared.add(endUse);
        }
    }

    /**
     * The reasons for control behind a license requirement: every row that requires or may require a license
     * to the destination, and for items a rule beyond the chart (embargo, end user) brings under license,
     * every reason of their entries.
     */
    private static Set<String> reasonsRequiringReview(LicenseRequirement requirement) {
        // in alphabetical order, so that the agencies are suggested in one order whatever order the reference
        // data holds an entry's reasons in (an unordered set's order differs from one JVM to the next)
        Set<String> reasons = new java.util.TreeSet<>();
        for (ItemRequirement item : requirement.items()) {
            if (item.answer() == LicenseAnswer.NO_LICENSE_REQUIRED) {
                continue;
            }
            boolean beyondTheChart = item.answer() == LicenseAnswer.LICENSE_REQUIRED && item.controls().stream()
                    .noneMatch(check -> check.scope() == Scope.APPLIES
                            && Boolean.TRUE.equals(check.destinationControlled()));
            for (ControlCheck check : item.controls()) {
                boolean relevant = check.scope() != Scope.DOES_NOT_APPLY
                        && !Boolean.FALSE.equals(check.destinationControlled());
                if (check.reason() != null && (relevant || beyondTheChart)) {
                    reasons.add(check.reason());
                }
            }
        }
        return reasons;
    }
}
