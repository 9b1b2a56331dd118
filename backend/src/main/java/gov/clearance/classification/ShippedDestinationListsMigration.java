package gov.clearance.classification;

import org.flywaydb.core.api.migration.Context;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.stereotype.Component;

/**
 * Migration 35.1: the destination lists of the EAR ({@code db/reference/ear/destination-lists.csv}) for every
 * version of the reference data made before them. Until migration 35 these lists were written in the code that
 * read them, with the same destinations; so each earlier version is given the lists it was applied with, and a
 * case classified against it is determined exactly as before. Later versions carry the lists of their own, and
 * an ADMIN imports newer ones as the {@code destination-lists} dataset. Checked row by row as an import is; its
 * checksum is the file's, so the shipped file cannot be edited afterwards.
 */
@Component
class ShippedDestinationListsMigration extends ShippedFileMigration {

    static final String FILE = "destination-lists.csv";

    ShippedDestinationListsMigration() {
        super("35.1", "give every reference data version the destination lists of "
                + "db/reference/ear/destination-lists.csv", FILE);
    }

    @Override
    public void migrate(Context context) {
        JdbcTemplate jdbc = new JdbcTemplate(new SingleConnectionDataSource(context.getConnection(), true));
        ReferenceFile file = readShipped(jdbc, ReferenceDataset.DESTINATION_LISTS);
        ReferenceVersions versions = new ReferenceVersions(jdbc);
        for (Integer version : jdbc.queryForList("select version from classification_reference_version "
                + "order by version", Integer.class)) {
            versions.insertDestinationLists(version, file.destinationLists());
        }
    }
}
