package gov.clearance.shared;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A condition on cases, in SQL over a case's id, with its named parameters: how the module that owns a fact
 * ("referred to DoD", "disputed") lets a search keep only the cases it holds without handing over every id.
 * The SQL names the case's id as {@code {case}}; the search puts its own column there. Each module names its
 * parameters after itself, so that conditions of several modules combine without clashing.
 *
 * @param sql a boolean SQL expression, such as {@code exists (select 1 from ... where x.application_id = {case})}
 * @param parameters the values of its named parameters
 */
public record CaseCondition(String sql, Map<String, Object> parameters) {

    private static final Pattern CASE = Pattern.compile("\\{case}");

    public CaseCondition {
        if (!sql.contains("{case}")) {
            throw new IllegalArgumentException("a case condition names the case's id as {case}: " + sql);
        }
        parameters = Map.copyOf(parameters);
    }

    /** Holds for no case. */
    public static CaseCondition none() {
        return new CaseCondition("({case} is null and {case} is not null)", Map.of());
    }

    /** Holds for the cases that meet any of the conditions; for none when there are none. */
    public static CaseCondition anyOf(List<CaseCondition> conditions) {
        return conditions.isEmpty() ? none() : joined(conditions, " or ");
    }

    /** Holds for the cases that meet every one of the conditions (at least one). */
    public static CaseCondition allOf(List<CaseCondition> conditions) {
        if (conditions.isEmpty()) {
            throw new IllegalArgumentException("allOf needs at least one condition");
        }
        return joined(conditions, " and ");
    }

    /** The conditions joined; each one's parameters renamed after its place, so that equal names cannot clash. */
    private static CaseCondition joined(List<CaseCondition> conditions, String operator) {
        if (conditions.size() == 1) {
            return conditions.get(0);
        }
        Map<String, Object> parameters = new LinkedHashMap<>();
        StringBuilder sql = new StringBuilder("(");
        for (int place = 0; place < conditions.size(); place++) {
            CaseCondition condition = conditions.get(place);
            String renamed = condition.sql;
            for (Map.Entry<String, Object> parameter : condition.parameters.entrySet()) {
                String name = "c" + place + "_" + parameter.getKey();
                renamed = Pattern.compile("(?<![:\\w]):" + Pattern.quote(parameter.getKey()) + "(?!\\w)")
                        .matcher(renamed).replaceAll(java.util.regex.Matcher.quoteReplacement(":" + name));
                parameters.put(name, parameter.getValue());
            }
            sql.append(place > 0 ? operator : "").append(renamed);
        }
        return new CaseCondition(sql.append(")").toString(), parameters);
    }

    /** The SQL with the case's id put in as the given column. */
    public String on(String caseIdColumn) {
        return CASE.matcher(sql).replaceAll(java.util.regex.Matcher.quoteReplacement(caseIdColumn));
    }
}
