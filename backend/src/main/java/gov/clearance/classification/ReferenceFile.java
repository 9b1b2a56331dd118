package gov.clearance.classification;

import gov.clearance.shared.FieldViolation;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * One reference data file read and checked row by row: RFC 4180 CSV, UTF-8, with {@code #} comment lines
 * before the header that say where the data comes from. A chart or group file may add a {@code code}
 * column with each destination's ISO 3166-1 code; without it the destination is found by its printed name.
 *
 * @param dataset which dataset the file holds
 * @param source the file's comment lines (its source, text date and parsing notes)
 * @param chart the chart rows, for {@link ReferenceDataset#COUNTRY_CHART}
 * @param groups the group rows, for {@link ReferenceDataset#COUNTRY_GROUPS}
 * @param eccns the CCL entries, for {@link ReferenceDataset#ECCNS}
 * @param htsLists the lines of part 746's HTS lists, for {@link ReferenceDataset#HTS_LISTS}
 * @param destinationLists the destinations on the EAR's lists, for {@link ReferenceDataset#DESTINATION_LISTS}
 * @param violations every row that broke a rule, by line and column; the file is used only without any
 */
public record ReferenceFile(ReferenceDataset dataset, String source, List<ChartRow> chart, List<GroupRow> groups,
        List<EccnEntry> eccns, List<HtsListEntry> htsLists, List<DestinationListEntry> destinationLists,
        List<FieldViolation> violations) {

    static final String CODE_COLUMN = "code";
    private static final Pattern ECCN = Pattern.compile("[0-9][A-E][0-9]{3}");
    private static final Pattern HTS_6 = Pattern.compile("[0-9]{4}\\.?[0-9]{2}");
    private static final Pattern SUPPLEMENT = Pattern.compile("[1-9][0-9]?");
    private static final Pattern SECTION = Pattern.compile("7[0-9]{2}\\.[0-9]+.*");
    private static final Pattern CITATION = Pattern.compile("15 CFR 7[0-9]{2}\\.[0-9]+.*");
    private static final Set<String> REASONS = Set.of("NS", "MT", "NP", "CB", "CC", "RS", "AT", "FC", "EI", "SL",
            "SS", "UN", "SI", "CW");
    private static final String CONTROL_SEPARATOR = " || ";
    private static final String CHART_CELL_SEPARATOR = " => ";

    /**
     * Reads a file of the dataset.
     *
     * @param codesByName the ISO code of each destination name the chart prints
     * @param knownCodes the ISO codes a destination may have
     */
    public static ReferenceFile read(ReferenceDataset dataset, InputStream content, Map<String, String> codesByName,
            Predicate<String> knownCodes) {
        CSVFormat format = CSVFormat.RFC4180.builder().setCommentMarker('#').setHeader().setSkipHeaderRecord(true)
                .setIgnoreSurroundingSpaces(false).get();
        Rows rows = new Rows(dataset, codesByName, knownCodes);
        try (Reader reader = new InputStreamReader(content, StandardCharsets.UTF_8);
                CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format).get()) {
            List<String> header = parser.getHeaderNames();
            if (!rows.acceptHeader(header)) {
                return rows.file(parser.getHeaderComment());
            }
            for (CSVRecord record : parser) {
                rows.add(record);
            }
            return rows.file(parser.getHeaderComment());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalStateException | IllegalArgumentException | UncheckedIOException e) {
            rows.violations.add(new FieldViolation("file", "is not a readable CSV file: " + e.getMessage()));
            return rows.file(null);
        }
    }

    /** Reads the {@code country,code} file that maps the chart's printed names to ISO codes. */
    public static Map<String, String> readCountryCodes(InputStream content) {
        CSVFormat format = CSVFormat.RFC4180.builder().setCommentMarker('#').setHeader().setSkipHeaderRecord(true)
                .get();
        try (Reader reader = new InputStreamReader(content, StandardCharsets.UTF_8);
                CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format).get()) {
            Map<String, String> codes = new java.util.LinkedHashMap<>();
            parser.forEach(record -> codes.put(record.get("country"), record.get("code")));
            return Map.copyOf(codes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public boolean isValid() {
        return violations.isEmpty();
    }

    private static final class Rows {

        private final ReferenceDataset dataset;
        private final Map<String, String> codesByName;
        private final Predicate<String> knownCodes;
        private final List<FieldViolation> violations = new ArrayList<>();
        private final List<ChartRow> chart = new ArrayList<>();
        private final List<GroupRow> groups = new ArrayList<>();
        private final List<EccnEntry> eccns = new ArrayList<>();
        private final List<HtsListEntry> htsLists = new ArrayList<>();
        private final List<DestinationListEntry> destinationLists = new ArrayList<>();
        private final Set<String> keys = new HashSet<>();
        private boolean hasCodeColumn;

        Rows(ReferenceDataset dataset, Map<String, String> codesByName, Predicate<String> knownCodes) {
            this.dataset = dataset;
            this.codesByName = codesByName;
            this.knownCodes = knownCodes;
        }

        boolean acceptHeader(List<String> header) {
            List<String> expected = dataset.columns();
            hasCodeColumn = (dataset == ReferenceDataset.COUNTRY_CHART || dataset == ReferenceDataset.COUNTRY_GROUPS)
                    && header.contains(CODE_COLUMN);
            List<String> missing = expected.stream().filter(column -> !header.contains(column)).toList();
            List<String> unknown = header.stream()
                    .filter(column -> !expected.contains(column) && !(hasCodeColumn && column.equals(CODE_COLUMN)))
                    .toList();
            if (!missing.isEmpty()) {
                violations.add(new FieldViolation("header", "lacks the columns " + missing + " of a "
                        + dataset + " file; expected " + expected));
            }
            if (!unknown.isEmpty()) {
                violations.add(new FieldViolation("header", "has columns a " + dataset + " file does not: " + unknown));
            }
            return violations.isEmpty();
        }

        void add(CSVRecord record) {
            Line line = new Line(record);
            if (!record.isConsistent()) {
                line.fail("row", "has " + record.size() + " cells where the header has " + record.getParser()
                        .getHeaderNames().size());
                return;
            }
            switch (dataset) {
                case COUNTRY_CHART -> addChartRow(line);
                case COUNTRY_GROUPS -> addGroupRow(line);
                case ECCNS -> addEccn(line);
                case HTS_LISTS -> addHtsLine(line);
                case DESTINATION_LISTS -> addListedDestination(line);
            }
        }

        private void addChartRow(Line line) {
            String name = line.required("country");
            String code = destination(line, name);
            Set<String> marks = line.flags(ReferenceDataset.CHART_COLUMNS, "X");
            String rowType = line.value("row_type");
            String referral = line.value("referral_text");
            List<String> notes = line.list("notes", ";", Pattern.compile("[0-9]+"), "a footnote number");
            if (!"chart".equals(rowType) && !"referral".equals(rowType)) {
                line.fail("row_type", "must be chart or referral");
            } else if ("referral".equals(rowType) && (referral.isEmpty() || !marks.isEmpty())) {
                line.fail("referral_text", "a referral row has the chart's referral text and no X marks");
            } else if ("chart".equals(rowType) && !referral.isEmpty()) {
                line.fail("referral_text", "must be empty on a chart row");
            }
            if (line.valid() && code != null) {
                chart.add(new ChartRow(name, code, marks, notes, referral.isEmpty() ? null : referral));
            }
        }

        private void addGroupRow(Line line) {
            String name = line.required("country");
            String code = destination(line, name);
            Set<String> members = line.flags(ReferenceDataset.COUNTRY_GROUP_NAMES, "Y");
            if (line.valid() && code != null) {
                String notes = line.value("notes");
                groups.add(new GroupRow(name, code, members, notes.isEmpty() ? null : notes));
            }
        }

        private void addEccn(Line line) {
            String eccn = line.required("eccn");
            if (!eccn.isEmpty() && !ECCN.matcher(eccn).matches()) {
                line.fail("eccn", "must be an ECCN without paragraphs, such as 3A001");
            } else if (!eccn.isEmpty() && !keys.add(eccn)) {
                line.fail("eccn", "is listed twice");
            }
            String heading = line.required("heading");
            List<String> reasons = line.list("reasons_for_control", ",", null, "a reason for control");
            reasons.stream().filter(reason -> !REASONS.contains(reason)).forEach(reason ->
                    line.fail("reasons_for_control", "\"" + reason + "\" is not a reason for control; known: "
                            + REASONS.stream().sorted().toList()));
            List<String> columns = line.list("country_chart_columns", ";", null, "a chart column");
            columns.stream().filter(column -> !ReferenceDataset.CHART_COLUMNS.contains(column)).forEach(column ->
                    line.fail("country_chart_columns", "\"" + column + "\" is not a Country Chart column"));
            List<EccnEntry.Control> controls = new ArrayList<>();
            for (String control : line.required("paragraph_scope").split(Pattern.quote(CONTROL_SEPARATOR))) {
                int arrow = control.indexOf(CHART_CELL_SEPARATOR);
                controls.add(arrow < 0
                        ? new EccnEntry.Control(control.strip(), null)
                        : new EccnEntry.Control(control.substring(0, arrow).strip(),
                                control.substring(arrow + CHART_CELL_SEPARATOR.length()).strip()));
            }
            String source = line.required("source");
            LocalDate asOf = null;
            try {
                asOf = LocalDate.parse(line.required("as_of"));
            } catch (DateTimeParseException e) {
                line.fail("as_of", "must be the date of the text as YYYY-MM-DD");
            }
            if (line.valid()) {
                eccns.add(new EccnEntry(eccn, heading, new LinkedHashSet<>(reasons), new LinkedHashSet<>(columns),
                        controls, source, asOf));
            }
        }

        private void addHtsLine(Line line) {
            String supplement = line.required("supplement");
            if (!supplement.isEmpty() && !SUPPLEMENT.matcher(supplement).matches()) {
                line.fail("supplement", "must be the number of a supplement to part 746, such as 4");
            }
            String code = line.required("hts_code");
            if (!code.isEmpty() && !HTS_6.matcher(code).matches()) {
                line.fail("hts_code", "must be a six-digit HTS code, such as 8471.30 or 847130");
            }
            String hts = code.replace(".", "");
            String description = line.required("description");
            List<String> destinations = line.list("destinations", ";", Pattern.compile("[A-Z]{2}"),
                    "an ISO 3166-1 alpha-2 code");
            if (destinations.isEmpty()) {
                line.fail("destinations", "is required: the ISO codes of the destinations the list reaches, such as RU;BY");
            }
            destinations.stream().filter(destination -> destination.matches("[A-Z]{2}") && !knownCodes.test(destination))
                    .forEach(destination -> line.fail("destinations", "\"" + destination + "\" is not a destination "
                            + "Clearance knows"));
            String section = line.required("section");
            if (!section.isEmpty() && !SECTION.matcher(section).matches()) {
                line.fail("section", "must be the section that imposes the requirement, such as 746.8(a)(5)");
            }
            String source = line.required("source");
            if (line.valid() && !keys.add(supplement + ":" + hts)) {
                line.fail("hts_code", hts + " is listed twice in supplement no. " + supplement);
            }
            if (line.valid()) {
                String policy = line.value("review_policy");
                htsLists.add(new HtsListEntry(supplement, hts, description, new java.util.LinkedHashSet<>(destinations),
                        section, policy.isEmpty() ? null : policy, source));
            }
        }

        private void addListedDestination(Line line) {
            String name = line.required("list");
            DestinationList list = null;
            try {
                list = name.isEmpty() ? null : DestinationList.valueOf(name);
            } catch (IllegalArgumentException e) {
                line.fail("list", "\"" + name + "\" is not a list the determination reads; known: "
                        + List.of(DestinationList.values()));
            }
            String destination = line.required("destination");
            boolean group = ReferenceDataset.COUNTRY_GROUP_NAMES.contains(destination);
            if (!destination.isEmpty() && !group && !(destination.matches("[A-Z]{2}") && knownCodes.test(destination))) {
                line.fail("destination", "\"" + destination + "\" is neither an ISO 3166-1 code Clearance knows nor "
                        + "a Country Group such as E:1");
            }
            String listedAs = line.required("listed_as");
            String citation = line.required("citation");
            if (!citation.isEmpty() && !CITATION.matcher(citation).matches()) {
                line.fail("citation", "must be the section that prints the list, such as 15 CFR 746.1(b)(2)");
            }
            String asOf = line.required("text_as_of");
            if (line.valid() && !keys.add(name + ":" + destination)) {
                line.fail("destination", destination + " is listed twice on " + name);
            }
            if (line.valid()) {
                destinationLists.add(new DestinationListEntry(list, destination, listedAs, citation, asOf));
            }
        }

        private String destination(Line line, String name) {
            if (name.isEmpty()) {
                return null;
            }
            String code = hasCodeColumn && !line.value(CODE_COLUMN).isEmpty() ? line.value(CODE_COLUMN)
                    : codesByName.get(name);
            if (code == null) {
                line.fail("country", "\"" + name + "\" is a destination without a known ISO code; add a code column");
                return null;
            }
            if (!knownCodes.test(code)) {
                line.fail(hasCodeColumn ? CODE_COLUMN : "country", "\"" + code
                        + "\" is not an ISO 3166-1 alpha-2 code Clearance knows");
                return null;
            }
            if (!keys.add(code)) {
                line.fail("country", "\"" + name + "\" (" + code + ") is listed twice");
                return null;
            }
            return code;
        }

        ReferenceFile file(String comment) {
            if (dataset == ReferenceDataset.DESTINATION_LISTS && violations.isEmpty()) {
                List<DestinationList> missing = java.util.Arrays.stream(DestinationList.values())
                        .filter(list -> destinationLists.stream().noneMatch(entry -> entry.list() == list)).toList();
                if (!missing.isEmpty()) {
                    violations.add(new FieldViolation("list", "a destination-lists file holds every list the "
                            + "determination reads; missing: " + missing));
                }
            }
            return new ReferenceFile(dataset, comment == null ? "" : comment.strip(), List.copyOf(chart),
                    List.copyOf(groups), List.copyOf(eccns), List.copyOf(htsLists), List.copyOf(destinationLists),
                    List.copyOf(violations));
        }

        /** One data row; its violations name the line of the file and the column. */
        private final class Line {

            private final CSVRecord record;
            private boolean valid = true;

            Line(CSVRecord record) {
                this.record = record;
            }

            String value(String column) {
                return record.isMapped(column) && record.isSet(column) ? record.get(column).strip() : "";
            }

            String required(String column) {
                String value = value(column);
                if (value.isEmpty()) {
                    fail(column, "is required");
                }
                return value;
            }

            Set<String> flags(List<String> columns, String mark) {
                Set<String> marked = new LinkedHashSet<>();
                for (String column : columns) {
                    String value = value(column);
                    if (value.equals(mark)) {
                        marked.add(column);
                    } else if (!value.isEmpty()) {
                        fail(column, "must be " + mark + " or empty, not \"" + value + "\"");
                    }
                }
                return marked;
            }

            List<String> list(String column, String separator, Pattern shape, String what) {
                String value = value(column);
                if (value.isEmpty()) {
                    return List.of();
                }
                List<String> items = Arrays.stream(value.split(Pattern.quote(separator))).map(String::strip).toList();
                for (String item : items) {
                    if (item.isEmpty() || (shape != null && !shape.matcher(item).matches())) {
                        fail(column, "\"" + item + "\" is not " + what);
                    }
                }
                return items;
            }

            void fail(String column, String reason) {
                valid = false;
                violations.add(new FieldViolation("line " + record.getParser().getCurrentLineNumber() + ": "
                        + column, reason));
            }

            boolean valid() {
                return valid;
            }
        }
    }
}
