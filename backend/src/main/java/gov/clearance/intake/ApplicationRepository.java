package gov.clearance.intake;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface ApplicationRepository extends JpaRepository<Application, UUID> {

    List<Application> findByOrganizationOrderByCreatedAtDesc(String organization);

    Optional<Application> findFirstByTransactionFingerprintAndStatusNotIn(String fingerprint,
            Collection<ApplicationStatus> statuses);

    /** SELECT ... FOR UPDATE of the application's row: other transactions locking it wait until this one ends. */
    @org.springframework.data.jpa.repository.Query(value = "select id from intake_application where id = :id for update",
            nativeQuery = true)
    List<UUID> lockRow(UUID id);

    List<Application> findByStatusInOrderByRegisteredAtAsc(Collection<ApplicationStatus> statuses);

    @org.springframework.data.jpa.repository.Query("select a.status as status, count(a) as cases from Application a group by a.status")
    List<StatusCount> countByStatus();

    /** How many applications are in one status. */
    interface StatusCount {
        ApplicationStatus getStatus();

        long getCases();
    }
}
