package gov.clearance.referral;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

@Entity
@Immutable
@Table(name = "referral_agency")
class Agency {

    @Id
    private String code;
    private String name;
    private String parentCode;
    private boolean receivesReferrals;
    private boolean givesAssessments;

    protected Agency() {
    }

    AgencyView view() {
        return new AgencyView(code, name, parentCode, receivesReferrals, givesAssessments);
    }
}
