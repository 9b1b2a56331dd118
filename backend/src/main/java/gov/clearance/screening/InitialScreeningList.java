package gov.clearance.screening;

import gov.clearance.identity.CurrentUser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;

/**
 * Puts a screening list in force on first start, so that cases are screened from the first one: the sample of
 * real entries shipped with Clearance unless {@code clearance.screening.initial-list} names another file (or is
 * empty). An ADMIN imports the full list from trade.gov afterwards.
 */
@Component
class InitialScreeningList {

    private static final Logger LOG = LoggerFactory.getLogger(InitialScreeningList.class);

    private final ScreeningLists lists;
    private final ResourceLoader resources;
    private final String location;

    InitialScreeningList(ScreeningLists lists, ResourceLoader resources,
            @Value("${clearance.screening.initial-list:classpath:db/migration/reference/screening/"
                    + "consolidated-screening-list-sample.csv}") String location) {
        this.lists = lists;
        this.resources = resources;
        this.location = location;
    }

    @EventListener(ApplicationReadyEvent.class)
    void importIfNoneInForce() {
        if (location.isBlank() || lists.any()) {
            return;
        }
        Resource file = resources.getResource(location);
        ListFormat format = location.toLowerCase(Locale.ROOT).endsWith(".json") ? ListFormat.JSON : ListFormat.CSV;
        try {
            ScreeningListImportView imported = lists.importList(CurrentUser.system(), format, file.getFilename(),
                    file.getInputStream());
            LOG.info("Screening list {} in force: {} entries", imported.fileName(), imported.entryCount());
        } catch (IOException e) {
            throw new UncheckedIOException("The initial screening list " + location + " cannot be read", e);
        }
    }
}
