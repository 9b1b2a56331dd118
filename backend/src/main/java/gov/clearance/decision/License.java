package gov.clearance.decision;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

@Entity
@Immutable
@Table(name = "decision_license")
class License {

    @Id
    private UUID id;
    private UUID decisionId;
    private UUID applicationId;
    private String licenseNumber;
    private Instant issuedAt;
    private LocalDate validFrom;
    private LocalDate validUntil;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "decision_license_item", joinColumns = @JoinColumn(name = "license_id"))
    @OrderColumn(name = "sequence")
    private List<Item> items = new ArrayList<>();

    protected License() {
    }

    License(UUID id, UUID decisionId, UUID applicationId, String licenseNumber, Instant issuedAt, LocalDate validFrom,
            LocalDate validUntil, List<DecisionView.LicensedItem> licensed) {
        this.id = id;
        this.decisionId = decisionId;
        this.applicationId = applicationId;
        this.licenseNumber = licenseNumber;
        this.issuedAt = issuedAt;
        this.validFrom = validFrom;
        this.validUntil = validUntil;
        licensed.forEach(item -> items.add(new Item(item)));
    }

    UUID applicationId() {
        return applicationId;
    }

    DecisionView.LicenseView view(List<DecisionView.ConditionView> conditions) {
        return new DecisionView.LicenseView(licenseNumber, issuedAt, validFrom, validUntil,
                items.stream().map(Item::view).toList(), conditions);
    }

    @Embeddable
    static class Item {
        private String eccn;
        private String model;
        private String description;
        private BigDecimal quantity;
        private String units;
        private BigDecimal unitPrice;
        private BigDecimal totalPrice;

        protected Item() {
        }

        Item(DecisionView.LicensedItem item) {
            this.eccn = item.eccn();
            this.model = item.model();
            this.description = item.description();
            this.quantity = item.quantity();
            this.units = item.units();
            this.unitPrice = item.unitPrice();
            this.totalPrice = item.totalPrice();
        }

        DecisionView.LicensedItem view() {
            return new DecisionView.LicensedItem(eccn, model, description, quantity, units, unitPrice, totalPrice);
        }
    }
}
