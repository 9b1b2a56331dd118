package gov.clearance.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

/** How long a license is valid, by the types of the items it authorizes. */
class LicenseValidityTest {

    private static final Period FOUR_YEARS = Period.ofYears(4);
    private static final LocalDate ISSUED = LocalDate.of(2026, 11, 20);

    private final LicenseValidity validity = new LicenseValidity(FOUR_YEARS, Map.of(
            "5", Period.ofYears(3),
            "5A", Period.ofYears(2),
            "5A002", Period.ofMonths(18),
            "5A002.a", Period.ofYears(1),
            "3A001.a.1", Period.ofMonths(6),
            "EAR99", Period.ofYears(5)));

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(WithDecisionSettings.class);

    @Test
    void anItemNoPrefixNamesIsValidForTheDefaultFourYears() {
        assertThat(validity.validityOf("3A001.b.1")).isEqualTo(FOUR_YEARS);
        assertThat(validity.validityOf("4A003")).isEqualTo(FOUR_YEARS);
        assertThat(new LicenseValidity(FOUR_YEARS, Map.of()).validUntil(ISSUED, List.of("5A002.a.1", "EAR99")))
                .isEqualTo(LocalDate.of(2030, 11, 20));
    }

    @Test
    void theLongestMatchingPrefixWins() {
        assertThat(validity.validityOf("5A002.a.1")).isEqualTo(Period.ofYears(1));
        assertThat(validity.validityOf("5A002.a")).isEqualTo(Period.ofYears(1));
        assertThat(validity.validityOf("5A002.b")).isEqualTo(Period.ofMonths(18));
        assertThat(validity.validityOf("5A002")).isEqualTo(Period.ofMonths(18));
        assertThat(validity.validityOf("5A003")).isEqualTo(Period.ofYears(2));
        assertThat(validity.validityOf("5B001")).isEqualTo(Period.ofYears(3));
        assertThat(validity.validityOf("EAR99")).isEqualTo(Period.ofYears(5));
    }

    @Test
    void aParagraphPrefixMatchesItsSubParagraphsButNotALongerSibling() {
        assertThat(validity.validityOf("3A001.a.1")).isEqualTo(Period.ofMonths(6));
        assertThat(validity.validityOf("3A001.a.1.b")).isEqualTo(Period.ofMonths(6));
        assertThat(validity.validityOf("3A001.a.10")).isEqualTo(FOUR_YEARS);
        assertThat(validity.validityOf("3A001.a")).isEqualTo(FOUR_YEARS);
    }

    @Test
    void prefixesMatchWhateverTheirCase() {
        LicenseValidity lowerCase = new LicenseValidity(FOUR_YEARS, Map.of("5a002.A", Period.ofYears(1),
                "ear99", Period.ofYears(2)));
        assertThat(lowerCase.validityOf("5A002.a.1")).isEqualTo(Period.ofYears(1));
        assertThat(lowerCase.validityOf("EAR99")).isEqualTo(Period.ofYears(2));
    }

    @Test
    void aLicenseExpiresWithTheShortestValidityAmongItsItems() {
        assertThat(validity.validUntil(ISSUED, List.of("EAR99", "4A003", "5A002.a.1")))
                .isEqualTo(LocalDate.of(2027, 11, 20));
        assertThat(validity.validUntil(ISSUED, List.of("EAR99", "4A003"))).isEqualTo(LocalDate.of(2030, 11, 20));
        assertThat(validity.validUntil(ISSUED, List.of("EAR99"))).isEqualTo(LocalDate.of(2031, 11, 20));
    }

    @Test
    void periodsInDifferentUnitsAreComparedByTheDateTheyReach() {
        // from 2027-03-01, one year reaches 2028-03-01 but 365 days only 2028-02-29 (a leap year)
        LicenseValidity mixed = new LicenseValidity(FOUR_YEARS, Map.of("1A", Period.ofYears(1),
                "2A", Period.ofDays(365), "3A", Period.ofMonths(12)));
        LocalDate from = LocalDate.of(2027, 3, 1);
        assertThat(mixed.validUntil(from, List.of("1A001", "2A001", "3A001"))).isEqualTo(LocalDate.of(2028, 2, 29));
        assertThat(mixed.validUntil(from, List.of("1A001", "3A001"))).isEqualTo(LocalDate.of(2028, 3, 1));
    }

    @Test
    void refusesAPeriodThatIsNotPositiveOrAPrefixThatCannotBeginAnEccn() {
        assertThatThrownBy(() -> new LicenseValidity(Period.ZERO, Map.of()))
                .hasMessageContaining("clearance.decision.license-validity must be a positive period");
        assertThatThrownBy(() -> new LicenseValidity(FOUR_YEARS, Map.of("5A002", Period.ofYears(-1))))
                .hasMessageContaining("clearance.decision.license-validity-by-eccn-prefix[5A002] must be a positive");
        assertThatThrownBy(() -> new LicenseValidity(FOUR_YEARS, Map.of("5A002", Period.of(1, 0, -1))))
                .hasMessageContaining("must be a positive period");
        assertThatThrownBy(() -> new LicenseValidity(FOUR_YEARS, Map.of("5Z002", FOUR_YEARS)))
                .hasMessageContaining("clearance.decision.license-validity-by-eccn-prefix[5Z002] is not an ECCN prefix");
        assertThatThrownBy(() -> new LicenseValidity(FOUR_YEARS, Map.of("3A0011", FOUR_YEARS)))
                .hasMessageContaining("is not an ECCN prefix");
    }

    @Test
    void bindsFourYearsAndNoPrefixesByDefault() {
        context.run(started -> {
            assertThat(started).hasNotFailed();
            DecisionSettings settings = started.getBean(DecisionSettings.class);
            assertThat(settings.licenseValidity()).isEqualTo(FOUR_YEARS);
            assertThat(settings.licenseValidityByEccnPrefix()).isEmpty();
            assertThat(settings.zone()).isEqualTo(ZoneId.of("America/New_York"));
        });
    }

    @Test
    void bindsPeriodsByPrefixIncludingPrefixesWithADot() {
        context.withPropertyValues("clearance.decision.license-validity-by-eccn-prefix.5A002=P2Y",
                "clearance.decision.license-validity-by-eccn-prefix[5A002.a]=P1Y",
                "clearance.decision.license-validity-by-eccn-prefix.EAR99=P3Y").run(started -> {
                    LicenseValidity rule = started.getBean(DecisionSettings.class).licenseValidityRule();
                    assertThat(rule.validityOf("5A002.a.1")).isEqualTo(Period.ofYears(1));
                    assertThat(rule.validityOf("5A002.b")).isEqualTo(Period.ofYears(2));
                    assertThat(rule.validityOf("EAR99")).isEqualTo(Period.ofYears(3));
                    assertThat(rule.validityOf("4A003")).isEqualTo(FOUR_YEARS);
                });
    }

    @Test
    void theApplicationDoesNotStartWithANonPositiveValidity() {
        context.withPropertyValues("clearance.decision.license-validity=P0D").run(started -> {
            assertThat(started).hasFailed();
            assertThat(started.getStartupFailure()).rootCause()
                    .hasMessage("clearance.decision.license-validity must be a positive period such as P4Y, not P0D");
        });
        context.withPropertyValues("clearance.decision.license-validity-by-eccn-prefix.5A002=-P1Y").run(started -> {
            assertThat(started).hasFailed();
            assertThat(started.getStartupFailure()).rootCause().hasMessageContaining(
                    "clearance.decision.license-validity-by-eccn-prefix[5A002] must be a positive period");
        });
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(DecisionSettings.class)
    static class WithDecisionSettings {
    }
}
