package gov.clearance.classification;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * What an import changed in one dataset: the keys (ISO codes or ECCNs) added and removed, and every field
 * that changed on a row present before and after.
 */
public record ReferenceChanges(ReferenceDataset dataset, List<String> added, List<String> removed,
        List<FieldChange> changed) {

    /** One field of one row, before and after. */
    public record FieldChange(String key, String field, String before, String after) {
    }

    public boolean isEmpty() {
        return added.isEmpty() && removed.isEmpty() && changed.isEmpty();
    }

    static ReferenceChanges between(ReferenceDataset dataset, ReferenceSnapshot before, ReferenceSnapshot after) {
        return switch (dataset) {
            case COUNTRY_CHART -> compare(dataset, before.chart(), after.chart(), row -> fields(
                    "name", row.countryName(), "marks", new TreeSet<>(row.marks()), "notes", row.notes(),
                    "referral_text", row.referral()));
            case COUNTRY_GROUPS -> compare(dataset, before.groups(), after.groups(), row -> fields(
                    "name", row.countryName(), "groups", new TreeSet<>(row.groups()), "notes", row.notes()));
            case ECCNS -> compare(dataset, before.eccns(), after.eccns(), row -> fields(
                    "heading", row.heading(), "reasons_for_control", new TreeSet<>(row.reasonsForControl()),
                    "country_chart_columns", new TreeSet<>(row.chartColumns()), "controls", row.controls(),
                    "source", row.source(), "as_of", row.asOf()));
            case HTS_LISTS -> compare(dataset, before.htsLists(), after.htsLists(), row -> fields(
                    "description", row.description(), "destinations", new TreeSet<>(row.destinations()),
                    "section", row.section(), "review_policy", row.reviewPolicy(), "source", row.source()));
            case DESTINATION_LISTS -> compare(dataset, before.destinationLists(), after.destinationLists(),
                    row -> fields("listed_as", row.listedAs(), "citation", row.citation(), "text_as_of",
                            row.textAsOf()));
        };
    }

    private static Map<String, String> fields(Object... namesAndValues) {
        Map<String, String> fields = new TreeMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            Object value = namesAndValues[i + 1];
            fields.put((String) namesAndValues[i], value == null ? null : value.toString());
        }
        return fields;
    }

    private static <T> ReferenceChanges compare(ReferenceDataset dataset, Map<String, T> before, Map<String, T> after,
            Function<T, Map<String, String>> fieldsOf) {
        List<String> added = after.keySet().stream().filter(key -> !before.containsKey(key)).sorted().toList();
        List<String> removed = before.keySet().stream().filter(key -> !after.containsKey(key)).sorted().toList();
        List<FieldChange> changed = new ArrayList<>();
        after.keySet().stream().filter(before::containsKey).sorted().forEach(key -> {
            Map<String, String> old = fieldsOf.apply(before.get(key));
            fieldsOf.apply(after.get(key)).forEach((field, value) -> {
                if (!Objects.equals(old.get(field), value)) {
                    changed.add(new FieldChange(key, field, old.get(field), value));
                }
            });
        });
        return new ReferenceChanges(dataset, added, removed, List.copyOf(changed));
    }
}
