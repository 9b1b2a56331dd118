package gov.clearance.access;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The access rules in words, as the README's security section states them: written from the policy's own
 * rules ({@link Sight}, {@link CaseAction#who()}) and endpoint table, so that the two cannot disagree (a test
 * compares them).
 */
final class AccessRules {

    private AccessRules() {
    }

    /** One Markdown table: who sees which case, then who may take which action, through which endpoints. */
    static String markdown() {
        StringBuilder table = new StringBuilder();
        table.append("| rule | who | endpoints |\n|---|---|---|\n");
        for (Sight sight : Sight.values()) {
            table.append("| sees ").append(sight.cases()).append(" | ").append(sight.who()).append(" | |\n");
        }
        for (CaseAction action : CaseAction.values()) {
            List<String> endpoints = GuardedEndpoints.GUARDS.stream().filter(guard -> guard.action() == action)
                    .map(guard -> "`" + guard.method() + " " + guard.pattern() + "`").toList();
            table.append("| may ").append(action.what()).append(" (").append(action.name()).append(") | ")
                    .append(action.who().description()).append(" | ")
                    .append(endpoints.stream().collect(Collectors.joining(", "))).append(" |\n");
        }
        return table.toString();
    }
}
