package gov.clearance.classification;

import java.util.Map;
import java.util.Optional;

/**
 * One version of the reference data, complete: the Country Chart, the Country Groups, the CCL entries, the
 * HTS lists of part 746 and the destination lists of the EAR, each keyed (by ISO country code, by ECCN, by
 * supplement and HTS code, or by list and destination).
 */
public record ReferenceSnapshot(int version, Map<String, ChartRow> chart, Map<String, GroupRow> groups,
        Map<String, EccnEntry> eccns, Map<String, HtsListEntry> htsLists,
        Map<String, DestinationListEntry> destinationLists) {

    public ReferenceSnapshot {
        chart = Map.copyOf(chart);
        groups = Map.copyOf(groups);
        eccns = Map.copyOf(eccns);
        htsLists = Map.copyOf(htsLists);
        destinationLists = Map.copyOf(destinationLists);
    }

    public ReferenceSnapshot(int version, Map<String, ChartRow> chart, Map<String, GroupRow> groups,
            Map<String, EccnEntry> eccns) {
        this(version, chart, groups, eccns, Map.of(), Map.of());
    }

    /** Whether the version holds the list: a rule whose list is not held is reported as not applied. */
    public boolean holds(DestinationList list) {
        return destinationLists.values().stream().anyMatch(entry -> entry.list() == list);
    }

    /**
     * The row that puts the destination on the list, by its ISO code or one of its Country Groups; empty where
     * the list does not name it.
     */
    public Optional<DestinationListEntry> listed(DestinationList list, String destination) {
        if (destination == null) {
            return Optional.empty();
        }
        DestinationListEntry named = destinationLists.get(list + ":" + destination);
        if (named != null) {
            return Optional.of(named);
        }
        java.util.Set<String> memberOf = groupRow(destination).map(GroupRow::groups).orElse(java.util.Set.of());
        return memberOf.stream().sorted().map(group -> destinationLists.get(list + ":" + group))
                .filter(java.util.Objects::nonNull).findFirst();
    }

    /** Whether the list names the destination (by its code or one of its Country Groups). */
    public boolean lists(DestinationList list, String destination) {
        return listed(list, destination).isPresent();
    }

    /** Whether any HTS list of part 746 is loaded. */
    public boolean htsListsLoaded() {
        return !htsLists.isEmpty();
    }

    /** The lines of the loaded HTS lists naming the code's first six digits and reaching the destination. */
    public java.util.List<HtsListEntry> htsListed(String htsCode, String destination) {
        if (htsCode == null || destination == null) {
            return java.util.List.of();
        }
        String digits = htsCode.replace(".", "");
        String six = digits.length() >= 6 ? digits.substring(0, 6) : digits;
        return htsLists.values().stream().filter(entry -> entry.htsCode().equals(six)
                && entry.destinations().contains(destination))
                .sorted(java.util.Comparator.comparing(HtsListEntry::key)).toList();
    }

    public Optional<ChartRow> chartRow(String countryCode) {
        return Optional.ofNullable(countryCode == null ? null : chart.get(countryCode));
    }

    public Optional<GroupRow> groupRow(String countryCode) {
        return Optional.ofNullable(countryCode == null ? null : groups.get(countryCode));
    }

    /** The CCL entry of an ECCN, paragraphs ignored: {@code 3A001.b.2} is an item of entry {@code 3A001}. */
    public Optional<EccnEntry> entry(String eccn) {
        return Optional.ofNullable(eccn == null ? null : eccns.get(entryOf(eccn)));
    }

    static String entryOf(String eccn) {
        int dot = eccn.indexOf('.');
        return dot < 0 ? eccn : eccn.substring(0, dot);
    }

    /** The snapshot with one dataset replaced by the rows of a file. */
    ReferenceSnapshot with(ReferenceFile file, int newVersion) {
        return switch (file.dataset()) {
            case COUNTRY_CHART -> new ReferenceSnapshot(newVersion, byKey(file.chart(), ChartRow::countryCode),
                    groups, eccns, htsLists, destinationLists);
            case COUNTRY_GROUPS -> new ReferenceSnapshot(newVersion, chart, byKey(file.groups(),
                    GroupRow::countryCode), eccns, htsLists, destinationLists);
            case ECCNS -> new ReferenceSnapshot(newVersion, chart, groups, byKey(file.eccns(), EccnEntry::eccn),
                    htsLists, destinationLists);
            case HTS_LISTS -> new ReferenceSnapshot(newVersion, chart, groups, eccns, byKey(file.htsLists(),
                    HtsListEntry::key), destinationLists);
            case DESTINATION_LISTS -> new ReferenceSnapshot(newVersion, chart, groups, eccns, htsLists,
                    byKey(file.destinationLists(), DestinationListEntry::key));
        };
    }

    static <T> Map<String, T> byKey(java.util.Collection<T> rows, java.util.function.Function<T, String> key) {
        return rows.stream().collect(java.util.stream.Collectors.toMap(key, row -> row));
    }
}
