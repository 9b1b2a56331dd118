package gov.clearance.classification;

import java.util.Map;
import java.util.Optional;

/**
 * One version of the reference data, complete: the Country Chart, the Country Groups and the CCL entries,
 * each keyed (by ISO country code, or by ECCN).
 */
public record ReferenceSnapshot(int version, Map<String, ChartRow> chart, Map<String, GroupRow> groups,
        Map<String, EccnEntry> eccns) {

    public ReferenceSnapshot {
        chart = Map.copyOf(chart);
        groups = Map.copyOf(groups);
        eccns = Map.copyOf(eccns);
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
                    groups, eccns);
            case COUNTRY_GROUPS -> new ReferenceSnapshot(newVersion, chart, byKey(file.groups(),
                    GroupRow::countryCode), eccns);
            case ECCNS -> new ReferenceSnapshot(newVersion, chart, groups, byKey(file.eccns(), EccnEntry::eccn));
        };
    }

    static <T> Map<String, T> byKey(java.util.Collection<T> rows, java.util.function.Function<T, String> key) {
        return rows.stream().collect(java.util.stream.Collectors.toMap(key, row -> row));
    }
}
