package gov.clearance.screening;

import gov.clearance.audit.AuditTrail;
import gov.clearance.classification.EndUserListing;
import gov.clearance.identity.CurrentUser;
import gov.clearance.intake.ApplicationForm;
import gov.clearance.intake.ApplicationSubmitted;
import gov.clearance.intake.Applications;
import gov.clearance.screening.CaseScreeningView.RunView;
import gov.clearance.screening.ScreeningHitView.AdjudicationView;
import gov.clearance.screening.matching.ScreenedParty;
import gov.clearance.screening.matching.ScreeningIndex;
import gov.clearance.screening.matching.ScreeningMatch;
import gov.clearance.shared.ConflictException;
import gov.clearance.shared.FieldViolation;
import gov.clearance.shared.InvalidRequestException;
import gov.clearance.shared.NotFoundException;
import static gov.clearance.shared.TextRules.limit;
import static gov.clearance.shared.TextRules.requireText;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Screens every party of a case (applicant, purchaser, intermediate consignees, ultimate consignee, end
 * users) against the screening list in force: when the case is registered, and again after each import
 * of the list ({@link Rescreening}). Hits go to the BIS analyst, who adjudicates each; until every
 * current hit is adjudicated the case cannot be decided. A true Entity List match sets the case's license review policy.
 */
@Service
public class PartyScreening {

    /** The license-review agency whose analysts adjudicate hits. */
    static final String LICENSING_AGENCY = "BIS";

    private final ScreeningLists lists;
    private final Applications applications;
    private final JdbcTemplate jdbc;
    private final AuditTrail audit;
    private final Clock clock;

    PartyScreening(ScreeningLists lists, Applications applications, JdbcTemplate jdbc, AuditTrail audit,
            Clock clock) {
        this.lists = lists;
        this.applications = applications;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** Screens a newly registered case, in the transaction that registers it. */
    @EventListener
    void onRegistered(ApplicationSubmitted submitted) {
        screen(submitted.applicationId(), "REGISTRATION");
    }

    /** Screens the case's parties against the list in force and records what it found. */
    @Transactional
    public void screen(UUID applicationId, String cause) {
        screen(applicationId, applications.view(applicationId).form(), cause);
    }

    /** Screens the parties of the form, in the caller's transaction. */
    void screen(UUID applicationId, ApplicationForm form, String cause) {
        Optional<ScreeningLists.CurrentList> list = lists.current();
        if (list.isEmpty()) {
            return;
        }
        ScreeningIndex index = list.get().index();
        UUID importId = list.get().importId();
        Map<String, PartyOnForm> parties = partiesOf(form);
        Instant now = Instant.now(clock);
        int hits = 0;
        int newHits = 0;
        for (PartyOnForm party : parties.values()) {
            for (ScreeningMatch match : index.screen(new ScreenedParty(party.name(), party.country()),
                    ScreeningIndex.DEFAULT_THRESHOLD)) {
                ListEntry entry = list.get().entries().get(match.key());
                if (entry == null) {
                    continue;
                }
                hits++;
                newHits += recordHit(applicationId, party, entry, match, importId, now) ? 1 : 0;
            }
        }
        jdbc.update("insert into screening_run (id, application_id, import_id, cause, parties, hits, new_hits, "
                + "screened_at) values (?, ?, ?, ?, ?, ?, ?, ?)", UUID.randomUUID(), applicationId, importId, cause,
                parties.size(), hits, newHits, Timestamp.from(now));
    }

    /** Records the hit, or moves an existing one to this list; true if it is new. */
    private boolean recordHit(UUID applicationId, PartyOnForm party, ListEntry entry, ScreeningMatch match,
            UUID importId, Instant now) {
        Object[] reasons = match.reasons().toArray();
        BigDecimal score = BigDecimal.valueOf(match.score()).setScale(3, RoundingMode.HALF_UP);
        int updated = jdbc.update(connection -> {
            var statement = connection.prepareStatement("update screening_hit set last_found_in = ?, score = ?, "
                    + "reasons = ?, matched_name = ? where application_id = ? and party_role = ? and party_name = ? "
                    + "and entry_key = ?");
            statement.setObject(1, importId);
            statement.setBigDecimal(2, score);
            statement.setArray(3, connection.createArrayOf("text", reasons));
            statement.setString(4, match.matchedName());
            statement.setObject(5, applicationId);
            statement.setString(6, party.roles());
            statement.setString(7, party.name());
            statement.setString(8, entry.key());
            return statement;
        });
        if (updated > 0) {
            return false;
        }
        jdbc.update(connection -> {
            var statement = connection.prepareStatement("insert into screening_hit (id, application_id, party_role, "
                    + "party_name, party_country, entry_key, source, listed_name, matched_name, list_countries, "
                    + "entity_list, license_requirement, license_policy, federal_register_notice, score, reasons, "
                    + "first_found_at, first_found_in, last_found_in) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                    + "?, ?, ?, ?, ?)");
            statement.setObject(1, UUID.randomUUID());
            statement.setObject(2, applicationId);
            statement.setString(3, party.roles());
            statement.setString(4, party.name());
            statement.setString(5, party.country());
            statement.setString(6, entry.key());
            statement.setString(7, entry.source());
            statement.setString(8, entry.name());
            statement.setString(9, match.matchedName());
            statement.setArray(10, connection.createArrayOf("text", entry.countries().toArray()));
            statement.setBoolean(11, entry.onEntityList());
            statement.setString(12, entry.licenseRequirement());
            statement.setString(13, entry.licensePolicy());
            statement.setString(14, entry.federalRegisterNotice());
            statement.setBigDecimal(15, score);
            statement.setArray(16, connection.createArrayOf("text", reasons));
            statement.setTimestamp(17, Timestamp.from(now));
            statement.setObject(18, importId);
            statement.setObject(19, importId);
            return statement;
        });
        return true;
    }

    /** The case's screening, for staff who may open the case. */
    @Transactional(readOnly = true)
    public CaseScreeningView screeningOf(UUID applicationId) {
        Optional<UUID> currentList = currentListId();
        List<ScreeningHitView> hits = jdbc.query("select h.*, a.outcome, a.reason, a.adjudicated_by, "
                + "a.adjudicated_by_agency, a.adjudicated_at from screening_hit h left join screening_adjudication a "
                + "on a.hit_id = h.id where h.application_id = ? order by h.score desc, h.first_found_at",
                (row, number) -> hit(row, currentList), applicationId);
        RunView lastRun = jdbc.query("select r.*, i.file_name, i.imported_at from screening_run r join "
                + "screening_list_import i on i.id = r.import_id where r.application_id = ? "
                + "order by r.screened_at desc limit 1", (row, number) -> new RunView(row.getObject("import_id",
                        UUID.class), row.getString("file_name"), row.getTimestamp("imported_at").toInstant(),
                row.getString("cause"), row.getInt("parties"), row.getInt("hits"), row.getInt("new_hits"),
                row.getTimestamp("screened_at").toInstant()), applicationId).stream().findFirst().orElse(null);
        int open = (int) hits.stream().filter(ScreeningHitView::open).count();
        return new CaseScreeningView(applicationId, lastRun, open, reviewPolicy(hits), hits);
    }

    /** Records a BIS analyst's adjudication of one hit; each hit is adjudicated once. */
    @Transactional
    public ScreeningHitView adjudicate(CurrentUser analyst, UUID applicationId, UUID hitId,
            AdjudicationRequest request) {
        ScreeningHitView hit = screeningOf(applicationId).hits().stream().filter(candidate -> candidate.id()
                .equals(hitId)).findFirst().orElseThrow(() -> new NotFoundException("Screening hit", hitId));
        List<FieldViolation> violations = new ArrayList<>();
        if (request == null || request.outcome() == null) {
            violations.add(new FieldViolation("outcome", "is required: TRUE_MATCH or FALSE_POSITIVE"));
        }
        String reason = request == null ? null : request.reason();
        requireText(violations, "reason", reason);
        limit(violations, "reason", reason);
        if (!violations.isEmpty()) {
            throw new InvalidRequestException("The adjudication is incomplete; nothing was recorded", violations);
        }
        if (hit.adjudication() != null) {
            throw new ConflictException("The hit on " + hit.listedName() + " was adjudicated by "
                    + hit.adjudication().adjudicatedBy() + " as " + hit.adjudication().outcome());
        }
        jdbc.update("insert into screening_adjudication (id, hit_id, application_id, outcome, reason, adjudicated_by, "
                + "adjudicated_by_agency, adjudicated_at) values (?, ?, ?, ?, ?, ?, ?, ?)", UUID.randomUUID(), hitId,
                applicationId, request.outcome().name(), reason.strip(), analyst.username(), analyst.agencyPath(),
                Timestamp.from(Instant.now(clock)));
        ScreeningHitView adjudicated = screeningOf(applicationId).hits().stream()
                .filter(candidate -> candidate.id().equals(hitId)).findFirst().orElseThrow();
        audit.record(applicationId, analyst, "SCREENING_HIT_ADJUDICATED", hit, adjudicated);
        return adjudicated;
    }

    /** Refuses to go on while any current hit of the case awaits adjudication. */
    @Transactional(readOnly = true)
    public void requireAdjudicated(UUID applicationId) {
        long open = openHits(applicationId);
        if (open > 0) {
            throw new ConflictException("The case has " + open + " screening hit" + (open == 1 ? "" : "s")
                    + " awaiting adjudication; adjudicate " + (open == 1 ? "it" : "them") + " before deciding");
        }
    }

    @Transactional(readOnly = true)
    public long openHits(UUID applicationId) {
        Long open = jdbc.queryForObject("select count(*) from screening_hit h where h.application_id = ? "
                + "and h.last_found_in = (select id from screening_list_import order by imported_at desc limit 1) "
                + "and not exists (select 1 from screening_adjudication a where a.hit_id = h.id)", Long.class,
                applicationId);
        return open == null ? 0 : open;
    }

    /** The case's parties found on lists, as the license-required answer weighs them. */
    @Transactional(readOnly = true)
    public List<EndUserListing> listingsOf(UUID applicationId) {
        return screeningOf(applicationId).hits().stream()
                .filter(hit -> hit.current() || hit.adjudication() != null)
                .filter(hit -> hit.adjudication() == null || hit.adjudication().outcome() == HitOutcome.TRUE_MATCH)
                .map(hit -> new EndUserListing(hit.party() + " \"" + hit.partyName() + "\"", hit.list(),
                        ListEntry.codeOf(hit.list()), hit.licenseRequirement(), hit.licensePolicy(), hit.adjudication() != null))
                .toList();
    }

    /**
     * The strictest license review policy among true Entity List matches: a policy of or presumption of
     * denial before any other.
     */
    private static String reviewPolicy(List<ScreeningHitView> hits) {
        return hits.stream()
                .filter(hit -> hit.entityList() && hit.adjudication() != null
                        && hit.adjudication().outcome() == HitOutcome.TRUE_MATCH && hit.licensePolicy() != null)
                .map(ScreeningHitView::licensePolicy)
                .sorted((first, second) -> Boolean.compare(denies(second), denies(first)))
                .findFirst().orElse(null);
    }

    private static boolean denies(String policy) {
        return policy.toLowerCase(Locale.ROOT).contains("denial");
    }

    private Optional<UUID> currentListId() {
        return jdbc.queryForList("select id from screening_list_import order by imported_at desc limit 1", UUID.class)
                .stream().findFirst();
    }

    private static ScreeningHitView hit(ResultSet row, Optional<UUID> currentList) throws SQLException {
        String outcome = row.getString("outcome");
        UUID lastFoundIn = row.getObject("last_found_in", UUID.class);
        AdjudicationView adjudication = outcome == null ? null : new AdjudicationView(HitOutcome.valueOf(outcome),
                row.getString("reason"), row.getString("adjudicated_by"), row.getString("adjudicated_by_agency"),
                row.getTimestamp("adjudicated_at").toInstant());
        return new ScreeningHitView(row.getObject("id", UUID.class), row.getString("party_role"),
                row.getString("party_name"), row.getString("party_country"), row.getString("source"),
                row.getString("entry_key"), row.getString("listed_name"), row.getString("matched_name"),
                List.of((String[]) row.getArray("list_countries").getArray()), row.getBoolean("entity_list"),
                row.getString("license_requirement"), row.getString("license_policy"),
                row.getString("federal_register_notice"), row.getBigDecimal("score").doubleValue(),
                List.of((String[]) row.getArray("reasons").getArray()),
                currentList.map(lastFoundIn::equals).orElse(false),
                row.getTimestamp("first_found_at").toInstant(), adjudication);
    }

    /** A distinct party on the form (same name and country), with every role it has. */
    record PartyOnForm(String roles, String name, String country) {
    }

    static Map<String, PartyOnForm> partiesOf(ApplicationForm form) {
        Map<String, PartyOnForm> parties = new LinkedHashMap<>();
        if (form.applicant() != null) {
            add(parties, "applicant", form.applicant().name(), form.applicant().country());
        }
        if (form.purchaser() != null) {
            add(parties, "purchaser", form.purchaser().name(), form.purchaser().country());
        }
        for (int i = 0; i < form.intermediateConsignees().size(); i++) {
            ApplicationForm.Party party = form.intermediateConsignees().get(i);
            add(parties, "intermediate consignee " + (i + 1), party.name(), party.country());
        }
        if (form.ultimateConsignee() != null) {
            add(parties, "ultimate consignee", form.ultimateConsignee().name(), form.ultimateConsignee().country());
        }
        for (int i = 0; i < form.endUsers().size(); i++) {
            ApplicationForm.Party party = form.endUsers().get(i);
            add(parties, "end user " + (i + 1), party.name(), party.country());
        }
        return parties;
    }

    private static void add(Map<String, PartyOnForm> parties, String role, String name, String country) {
        if (name == null || name.isBlank()) {
            return;
        }
        String key = name.strip().toLowerCase(Locale.ROOT) + "|" + country;
        PartyOnForm known = parties.get(key);
        parties.put(key, known == null ? new PartyOnForm(role, name.strip(), country)
                : new PartyOnForm(known.roles() + ", " + role, known.name(), known.country()));
    }
}
