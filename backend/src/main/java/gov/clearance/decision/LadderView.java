package gov.clearance.decision;

import java.util.List;

/** The escalation ladder of a disputed case so far: every ruling and every appeal, oldest first. */
public record LadderView(List<RulingView> rulings, List<AppealView> appeals) {
}
