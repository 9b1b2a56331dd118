package gov.clearance.intake;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface ApplicationRepository extends JpaRepository<Application, UUID> {

    List<Application> findByOrganizationOrderByCreatedAtDesc(String organization);

    /**
     * The pending application for a transaction, read from the database as it is now: a projection, so that an
     * application this transaction already holds (as a draft) is not answered from memory.
     */
    @org.springframework.data.jpa.repository.Query("select a.id as id, a.controlNumber as controlNumber "
            + "from Application a where a.transactionFingerprint = :fingerprint and a.status not in :statuses")
    List<PendingTransaction> findPendingTransaction(String fingerprint, Collection<ApplicationStatus> statuses);

    /** A registered application for a transaction. */
    interface PendingTransaction {
        UUID getId();

        String getControlNumber();
    }

    /** SELECT ... FOR UPDATE of the application's row: other transactions locking it wait until this one ends. */
    @org.springframework.data.jpa.repository.Query(value = "select id from intake_application where id = :id for update",
            nativeQuery = true)
    List<UUID> lockRow(UUID id);

    @org.springframework.data.jpa.repository.Query("select a.id from Application a where a.registeredAt is not null "
            + "and a.id > :after order by a.id")
    List<UUID> findRegisteredIdsAfter(UUID after, org.springframework.data.domain.Limit limit);

    List<Application> findByStatusInOrderByRegisteredAtAsc(Collection<ApplicationStatus> statuses);

    @org.springframework.data.jpa.repository.Query("select a.id from Application a where a.status in :statuses")
    List<UUID> findIdsByStatusIn(Collection<ApplicationStatus> statuses);
}
