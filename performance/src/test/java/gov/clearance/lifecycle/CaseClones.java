package gov.clearance.lifecycle;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Copies of real cases, written by SQL at the speed of the database: each template case was taken through
 * the application over HTTP, so the engine and every module wrote their rows; a clone is the same rows
 * with new ids, its own control number, its parties, items and destination, and its times moved by a
 * shift of its own. Every id is mapped by one function of (template id, clone number), so references
 * between rows (and between the process engine's rows and the application's) stay consistent.
 */
final class CaseClones {

    /**
     * The application's tables of a case, parents before children, each with how its rows of a template
     * case are found ({@code c} is the clone, {@code t} the template row).
     */
    private static final Map<String, String> CASE_TABLES = new LinkedHashMap<>();

    static {
        CASE_TABLES.put("intake_application", "join clone_case c on t.id = c.template");
        CASE_TABLES.put("intake_information_request", "join clone_case c on t.application_id = c.template");
        CASE_TABLES.put("intake_information_response", "join intake_information_request p on t.request_id = p.id "
                + "join clone_case c on p.application_id = c.template");
        CASE_TABLES.put("audit_entry", "join clone_case c on t.application_id = c.template");
        CASE_TABLES.put("classification_case_version", "join clone_case c on t.application_id = c.template");
        CASE_TABLES.put("referral_bis_review", "join clone_case c on t.application_id = c.template");
        CASE_TABLES.put("referral_referral", "join clone_case c on t.application_id = c.template");
        CASE_TABLES.put("position_position", "join clone_case c on t.application_id = c.template");
        CASE_TABLES.put("position_condition", "join position_position p on t.position_id = p.id "
                + "join clone_case c on p.application_id = c.template");
        CASE_TABLES.put("position_assessment", "join clone_case c on t.application_id = c.template");
        CASE_TABLES.put("position_assessment_result", "join position_assessment p on t.assessment_id = p.id "
                + "join clone_case c on p.application_id = c.template");
        CASE_TABLES.put("position_condition_consent", "join clone_case c on t.application_id = c.template");
        CASE_TABLES.put("position_information_supplied", "join clone_case c on t.application_id = c.template");
        CASE_TABLES.put("reconciliation_result", "join clone_case c on t.application_id = c.template");
        CASE_TABLES.put("reconciliation_position_verdict", "join reconciliation_result p on t.result_id = p.id "
                + "join clone_case c on p.application_id = c.template");
        CASE_TABLES.put("decision_decision", "join clone_case c on t.application_id = c.template");
        CASE_TABLES.put("decision_condition", "join decision_decision p on t.decision_id = p.id "
                + "join clone_case c on p.application_id = c.template");
        CASE_TABLES.put("decision_license", "join clone_case c on t.application_id = c.template");
        CASE_TABLES.put("decision_license_item", "join decision_license p on t.license_id = p.id "
                + "join clone_case c on p.application_id = c.template");
        CASE_TABLES.put("deadline_hold", "join clone_case c on t.application_id = c.template");
        CASE_TABLES.put("deadline_hold_release", "join deadline_hold p on t.hold_id = p.id "
                + "join clone_case c on p.application_id = c.template");
        putStoredDeadlines();
        CASE_TABLES.put("casefile_internal_note", "join clone_case c on t.application_id = c.template");
        CASE_TABLES.put("document_version", "join clone_case c on t.application_id = c.template");
        // the task queue's rows of an open case: keyed by the engine's task and process ids, cloned as they are
        CASE_TABLES.put("workflow_queue_task", "join clone_case c on t.application_id = c.template");
        // how long each finished task took (the dashboard's stages): keyed by the engine's task id, as cloned
        CASE_TABLES.put("workflow_stage_duration", "join clone_case c on t.application_id = c.template");
    }

    /**
     * The deadlines the deadline module stores per case (issue 15): milestones, clock and deadlines, their dates
     * shifted with the case. The clock's control number is the clone's.
     */
    private static void putStoredDeadlines() {
        CASE_TABLES.put("deadline_milestone", "join clone_case c on t.application_id = c.template");
        CASE_TABLES.put("deadline_clock", "join clone_case c on t.application_id = c.template");
        CASE_TABLES.put("deadline_due", "join clone_case c on t.application_id = c.template");
    }

    /** The process engine's rows of a template's process instance ({@code c.process} is the template's). */
    private static final Map<String, String> ENGINE_TABLES = new LinkedHashMap<>();

    static {
        ENGINE_TABLES.put("act_ge_bytearray", "join clone_bytes b on t.id_ = b.id join clone_case c on c.process = b.process");
        ENGINE_TABLES.put("act_ru_execution", "join clone_case c on t.proc_inst_id_ = c.process");
        ENGINE_TABLES.put("act_ru_task", "join clone_case c on t.proc_inst_id_ = c.process");
        ENGINE_TABLES.put("act_ru_variable", "join clone_case c on t.proc_inst_id_ = c.process");
        ENGINE_TABLES.put("act_ru_identitylink", "join act_ru_task p on t.task_id_ = p.id_ "
                + "join clone_case c on p.proc_inst_id_ = c.process");
        ENGINE_TABLES.put("act_ru_event_subscr", "join clone_case c on t.proc_inst_id_ = c.process");
        ENGINE_TABLES.put("act_ru_job", "join clone_case c on t.process_instance_id_ = c.process");
        ENGINE_TABLES.put("act_hi_procinst", "join clone_case c on t.proc_inst_id_ = c.process");
        ENGINE_TABLES.put("act_hi_actinst", "join clone_case c on t.proc_inst_id_ = c.process");
        ENGINE_TABLES.put("act_hi_taskinst", "join clone_case c on t.proc_inst_id_ = c.process");
        ENGINE_TABLES.put("act_hi_varinst", "join clone_case c on t.proc_inst_id_ = c.process");
        ENGINE_TABLES.put("act_hi_detail", "join clone_case c on t.proc_inst_id_ = c.process");
        ENGINE_TABLES.put("act_hi_identitylink", "join act_hi_taskinst p on t.task_id_ = p.id_ "
                + "join clone_case c on p.proc_inst_id_ = c.process");
        ENGINE_TABLES.put("act_hi_job_log", "join clone_case c on t.process_instance_id_ = c.process");
        ENGINE_TABLES.put("act_hi_decinst", "join clone_case c on t.proc_inst_id_ = c.process");
        ENGINE_TABLES.put("act_hi_dec_in", "join act_hi_decinst p on t.dec_inst_id_ = p.id_ "
                + "join clone_case c on p.proc_inst_id_ = c.process");
        ENGINE_TABLES.put("act_hi_dec_out", "join act_hi_decinst p on t.dec_inst_id_ = p.id_ "
                + "join clone_case c on p.proc_inst_id_ = c.process");
        ENGINE_TABLES.put("act_hi_op_log", "join clone_case c on t.proc_inst_id_ = c.process");
    }

    /** Every table of the engine a process instance has rows in. */
    static final Set<String> ALL_ENGINE_TABLES = Set.copyOf(ENGINE_TABLES.keySet());

    /**
     * The engine's history of a process instance that the application reads in lists: the instance and its
     * tasks (the dashboard's stage durations). Activity instances, variable history, details, job log, DMN
     * evaluations and the operation log are four fifths of the engine's rows; they are read only for one
     * case at a time, so their volume does not change what the read benchmark measures.
     */
    static final Set<String> ENGINE_HISTORY_READ_IN_LISTS = Set.of("act_hi_procinst", "act_hi_taskinst");

    /** The engine's columns that hold the id of another row of the same process instance (or its business key). */
    private static final Set<String> ENGINE_IDS = Set.of("id_", "proc_inst_id_", "execution_id_", "parent_id_",
            "super_exec_", "act_inst_id_", "parent_act_inst_id_", "task_id_", "parent_task_id_", "root_proc_inst_id_",
            "business_key_", "bytearray_id_", "job_exception_stack_id_", "last_failure_log_id_", "var_inst_id_", "var_scope_", "process_instance_id_",
            "job_id_", "exception_stack_id_", "dec_inst_id_", "root_dec_inst_id_", "operation_id_",
            "super_process_instance_id_", "restarted_proc_inst_id_");

    /** Columns of the application's tables that name shared reference data, not rows of the case. */
    private static final Set<String> SHARED_IDS = Set.of("import_id", "first_found_in", "last_found_in");

    /** Made-up name parts: some 30,000 distinct consignees, as varied as real parties are. */
    private static final String[] FIRST = {"Karo", "Mitan", "Selvor", "Chulin", "Darqi", "Zhanov", "Bater", "Shimo",
        "Rakel", "Fugan", "Hosyar", "Petul", "Zenwei", "Dorsa", "Kimlu", "Orvex", "Talmir", "Quenso", "Lidra",
        "Munaro", "Velkan", "Yastro", "Brimol", "Gorsk", "Nalvi", "Tesmar", "Ubrik", "Wendal", "Xiran", "Zolt",
        "Amberin", "Corvane", "Drossel", "Eskar", "Fenlow", "Halvard", "Istran"};
    private static final String[] SECOND = {"Photonics", "Avionics", "Instruments", "Materials", "Dynamics",
        "Systems", "Precision", "Microwave", "Nuclear", "Marine", "Sensors", "Controls", "Robotics", "Acoustics",
        "Composites", "Vacuum", "Lasers", "Polymers", "Telemetry", "Hydraulics", "Cryogenics", "Turbines",
        "Imaging", "Circuits", "Alloys", "Analytics", "Propulsion", "Metrology", "Spectra", "Thermal", "Optronics",
        "Magnetics", "Radar", "Fluidics", "Ceramics", "Fibre", "Quantum", "Satellite", "Antenna", "Ballistics",
        "Filtration"};
    private static final String[] FORMS = {"GmbH", "Co., Ltd.", "LLC", "OOO", "JSC", "FZE", "Limited", "S.A.",
        "Pvt. Ltd.", "AG", "B.V.", "K.K.", "Corporation", "S.p.A.", "AB", "Oy", "Sdn. Bhd.", "Pte. Ltd.", "A.S.",
        "Kft."};
    /** Destinations, the more frequent repeated. */
    static final String[] COUNTRIES = {"CN", "CN", "CN", "DE", "DE", "JP", "GB", "IN", "IN", "AE", "AE", "RU", "TR",
        "SG", "KR", "FR", "IL", "BR", "MY", "TW", "PK", "SA", "MX", "CA", "VN"};
    static final String[] ECCNS = {"3A001.a.1", "3A001.b.2", "5A002.a", "5A001.b", "4A003.b", "3A090.a", "1C350",
        "2B001.a", "6A003.b.4", "1A002.a", "0A919.a", "2B350.d", "3B001.c", "4D001.a", "5A992.c", "3A991.a"};

    private CaseClones() {
    }

    /** A template case: its application, its process instance, and the consignee name its form uses. */
    record Template(UUID applicationId, String processInstanceId, String consignee, String eccn, String country) {
    }

    /**
     * Writes clones {@code first} to {@code first + count - 1} of a series of {@code total} clones numbered from
     * {@code base}: clone {@code n} copies template {@code n % templates} and is registered
     * {@code (n - base) * spreadDays / total} days before its template was.
     *
     * @param base the number of the series' first clone (numbers are never reused: they make the ids)
     * @param engineTables the process engine's tables to copy the template's rows of
     * @param timeEachTable whether to print how long each table took
     * @return how many rows were written
     */
    static long write(DataSource database, List<Template> templates, long base, long total, long first, long count,
            double spreadDays, Set<String> engineTables, boolean timeEachTable) throws SQLException {
        try (Connection connection = database.getConnection(); Statement sql = connection.createStatement()) {
            connection.setAutoCommit(false);
            sql.execute("create or replace function pg_temp.clone_id(id uuid, n bigint) returns uuid language sql "
                    + "immutable as $$ select md5(id::text || ':' || n)::uuid $$");
            sql.execute("create or replace function pg_temp.clone_id(id varchar, n bigint) returns varchar "
                    + "language sql immutable as $$ select md5(id || ':' || n)::uuid::text $$");
            sql.execute("drop table if exists clone_case");
            sql.execute("create temp table clone_case (n bigint primary key, template uuid not null, process varchar(64) "
                    + "not null, id uuid not null, control_number varchar(7) not null, shift interval not null, "
                    + "template_consignee text not null, consignee text not null, template_eccn text not null, "
                    + "eccn text not null, template_country text not null, country text not null) on commit drop");
            StringBuilder templateRows = new StringBuilder();
            for (int i = 0; i < templates.size(); i++) {
                Template template = templates.get(i);
                templateRows.append(i == 0 ? "" : ", ").append(String.format(Locale.ROOT, "(%d, '%s'::uuid, '%s', "
                        + "'%s', '%s', '%s')", i, template.applicationId(), template.processInstanceId(),
                        template.consignee().replace("'", "''"), template.eccn(), template.country()));
            }
            // control numbers come from the application's own sequence, formatted as ControlNumbers does
            sql.execute(String.format(Locale.ROOT, """
                    insert into clone_case
                    with drawn as (select n, nextval('intake_control_number_seq') - 1 as v
                                   from generate_series(%1$d::bigint, %1$d + %2$d - 1) n)
                    select n, tp.template, tp.process, pg_temp.clone_id(tp.template, n),
                           chr(65 + (v / 999999)::int) || lpad((v %% 999999 + 1)::text, 6, '0'),
                           make_interval(secs => -((n - %11$d) * %5$f / %12$d)),
                           tp.consignee, %6$s || ' ' || %7$s || ' ' || %8$s, tp.eccn, %9$s, tp.country, %10$s
                    from drawn
                    join (values %3$s) tp (i, template, process, consignee, eccn, country) on tp.i = n %% %4$d
                    """, first, count, templateRows, templates.size(), spreadDays * 86_400,
                    pick(FIRST, "n"), pick(SECOND, "n / " + FIRST.length),
                    pick(FORMS, "n / " + (FIRST.length * SECOND.length)), pick(ECCNS, "n / 7"),
                    pick(COUNTRIES, "n / 3"), base, total));
            // the template processes' variable values kept as byte arrays
            sql.execute("""
                    create temp table clone_bytes on commit drop as
                    select p.process, b.id from (select distinct process from clone_case) p
                    cross join lateral (
                        select bytearray_id_ from act_ru_variable where proc_inst_id_ = p.process
                        union select bytearray_id_ from act_hi_varinst where proc_inst_id_ = p.process
                        union select bytearray_id_ from act_hi_detail where proc_inst_id_ = p.process
                        union select i.bytearray_id_ from act_hi_dec_in i join act_hi_decinst d on i.dec_inst_id_ = d.id_
                            where d.proc_inst_id_ = p.process
                        union select o.bytearray_id_ from act_hi_dec_out o join act_hi_decinst d on o.dec_inst_id_ = d.id_
                            where d.proc_inst_id_ = p.process) b (id)
                    where b.id is not null
                    """);
            sql.execute("analyze clone_case");
            long rows = 0;
            for (Map.Entry<String, String> table : CASE_TABLES.entrySet()) {
                rows += clone(connection, sql, table.getKey(), table.getValue(), false, timeEachTable);
            }
            for (Map.Entry<String, String> table : ENGINE_TABLES.entrySet()) {
                if (engineTables.contains(table.getKey())) {
                    rows += clone(connection, sql, table.getKey(), table.getValue(), true, timeEachTable);
                }
            }
            connection.commit();
            return rows;
        }
    }

    private static String pick(String[] values, String index) {
        StringBuilder array = new StringBuilder("(array[");
        for (int i = 0; i < values.length; i++) {
            array.append(i == 0 ? "" : ", ").append('\'').append(values[i].replace("'", "''")).append('\'');
        }
        return array.append("])[1 + (").append(index).append(") % ").append(values.length).append(']').toString();
    }

    private static long clone(Connection connection, Statement sql, String table, String templateRows, boolean engine,
            boolean timed) throws SQLException {
        List<String> columns = new ArrayList<>();
        List<String> values = new ArrayList<>();
        try (ResultSet found = connection.getMetaData().getColumns(null, "public", table, null)) {
            while (found.next()) {
                String column = found.getString("COLUMN_NAME");
                String type = found.getString("TYPE_NAME");
                if ("YES".equals(found.getString("IS_GENERATEDCOLUMN"))
                        || "YES".equals(found.getString("IS_AUTOINCREMENT"))) {
                    continue;
                }
                columns.add(column);
                values.add(value(table, column, type, engine));
            }
        }
        if (columns.isEmpty()) {
            return 0;
        }
        long started = System.nanoTime();
        long rows = sql.executeLargeUpdate("insert into " + table + " (" + String.join(", ", columns) + ") select "
                + String.join(", ", values) + " from " + table + " t " + templateRows);
        if (timed) {
            System.out.printf(Locale.ROOT, "    %-32s %,10d rows %8.1f s%n", table, rows,
                    (System.nanoTime() - started) / 1e9);
        }
        return rows;
    }

    private static String value(String table, String column, String type, boolean engine) {
        String original = "t." + column;
        if (engine) {
            if (column.equals("text_") && Set.of("act_ru_variable", "act_hi_varinst", "act_hi_detail").contains(table)) {
                return "case t.name_ when 'applicationId' then pg_temp.clone_id(t.text_, c.n) "
                        + "when 'controlNumber' then c.control_number else t.text_ end";
            }
            if (ENGINE_IDS.contains(column)) {
                return "pg_temp.clone_id(" + original + ", c.n)";
            }
            return type.startsWith("timestamp") ? original + " + c.shift" : original;
        }
        if (table.equals("intake_application")) {
            switch (column) {
                case "control_number":
                    return "c.control_number";
                case "transaction_fingerprint":
                    return "md5(t.transaction_fingerprint || ':' || c.n)";
                case "form":
                    return "replace(replace(replace(t.form::text, c.template_consignee, c.consignee), "
                            + "'\"' || c.template_eccn || '\"', '\"' || c.eccn || '\"'), "
                            + "'\"country\": \"' || c.template_country || '\"', '\"country\": \"' || c.country || '\"')"
                            + "::jsonb";
                case "destination_country":
                    return "c.country";
                case "eccns":
                    return "array(select distinct case e when c.template_eccn then c.eccn else e end "
                            + "from unnest(t.eccns) e order by 1)";
                case "countries":
                    return "array(select distinct case k when c.template_country then c.country else k end "
                            + "from unnest(t.countries) k order by 1)";
                case "search_text":
                    return "replace(replace(t.search_text, lower(c.template_consignee), lower(c.consignee)), "
                            + "lower(c.template_eccn), lower(c.eccn))";
                default:
                    break;
            }
        }
        if (table.equals("deadline_clock") && column.equals("control_number")) {
            return "c.control_number";
        }
        if (table.equals("workflow_stage_duration") && column.equals("task_id")) {
            return "pg_temp.clone_id(" + original + ", c.n)";
        }
        if (table.equals("workflow_queue_task")) {
            String eccns = "array(select distinct case e when c.template_eccn then c.eccn else e end "
                    + "from unnest(t.eccns) e order by 1)";
            switch (column) {
                case "task_id", "process_instance_id":
                    return "pg_temp.clone_id(" + original + ", c.n)";
                case "control_number":
                    return "c.control_number";
                case "destination_country":
                    return "c.country";
                case "eccns":
                    return eccns;
                case "eccn_text":
                    return "' ' || lower(array_to_string(" + eccns + ", ' '))";
                default:
                    break;
            }
        }
        if (table.equals("decision_license") && column.equals("license_number")) {
            return "'D' || lpad(nextval('decision_license_number_seq')::text, 6, '0')";
        }
        if (type.equals("uuid") && !SHARED_IDS.contains(column)) {
            return "pg_temp.clone_id(" + original + ", c.n)";
        }
        if (type.startsWith("timestamp")) {
            return original + " + c.shift";
        }
        if (type.equals("date")) {
            return "(" + original + " + c.shift)::date";
        }
        return original;
    }
}
