package gov.clearance.benchmark;

import gov.clearance.benchmark.AcknowledgedActions.Acknowledgement;
import gov.clearance.benchmark.AcknowledgedActions.Kind;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * A first consistency check of a run against the application's database: every case whose decision was
 * acknowledged has exactly one decision and exactly one license, and every license an applicant was
 * shown is that case's license. With two nodes both running the job executor, this is what shows that
 * the asynchronous license issuance ran once per case.
 */
public final class DecisionConsistency {

    /**
     * What the check found.
     *
     * @param decided cases whose decision was acknowledged
     * @param problems each case that breaks the rule, and how
     */
    public record Findings(int decided, List<String> problems) {

        public boolean consistent() {
            return problems.isEmpty();
        }
    }

    private DecisionConsistency() {
    }

    public static Findings check(AcknowledgedActions acknowledged, Connection database) throws SQLException {
        Set<String> decided = new TreeSet<>(acknowledged.applicationsWith(Kind.DECISION_RECORDED));
        Map<String, String> shownLicenses = acknowledged.of(Kind.LICENSE_ISSUED).stream()
                .collect(Collectors.toMap(Acknowledgement::applicationId, Acknowledgement::detail, (a, b) -> a));
        List<String> problems = new ArrayList<>();
        try (PreparedStatement decisions = database.prepareStatement(
                        "select count(*) from decision_decision where application_id = ?::uuid");
                PreparedStatement licenses = database.prepareStatement(
                        "select license_number from decision_license where application_id = ?::uuid")) {
            for (String id : decided) {
                decisions.setString(1, id);
                try (ResultSet count = decisions.executeQuery()) {
                    count.next();
                    if (count.getInt(1) != 1) {
                        problems.add(id + ": " + count.getInt(1) + " decisions");
                    }
                }
                licenses.setString(1, id);
                List<String> numbers = new ArrayList<>();
                try (ResultSet rows = licenses.executeQuery()) {
                    while (rows.next()) {
                        numbers.add(rows.getString(1));
                    }
                }
                if (numbers.size() != 1) {
                    problems.add(id + ": " + numbers.size() + " licenses " + numbers);
                } else if (shownLicenses.containsKey(id) && !shownLicenses.get(id).equals(numbers.get(0))) {
                    problems.add(id + ": the applicant was shown license " + shownLicenses.get(id) + " but "
                            + numbers.get(0) + " is stored");
                }
            }
        }
        return new Findings(decided.size(), problems);
    }
}
