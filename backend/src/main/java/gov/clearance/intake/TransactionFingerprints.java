package gov.clearance.intake;

import gov.clearance.intake.ApplicationForm.Item;
import gov.clearance.intake.ApplicationForm.Party;
import gov.clearance.shared.LookAlikes;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/**
 * Identifies a transaction independently of how the form was typed: the same applicant, the same
 * parties and the same items (in any order, whatever the case and spacing) give the same fingerprint.
 * Texts are compared as they look ({@link LookAlikes#key}): a no-break space, an invisible character, a
 * fullwidth letter or a Cyrillic letter in place of its Latin look-alike makes no new transaction.
 */
@Component
class TransactionFingerprints {

    String of(String organization, ApplicationForm form) {
        List<String> parts = new ArrayList<>();
        parts.add("org:" + normal(organization));
        parts.add("applicant:" + (form.applicant() == null ? "" : normal(form.applicant().name())));
        parts.add("purchaser:" + party(form.purchaser()));
        parts.add("ultimate:" + party(form.ultimateConsignee()));
        parts.add("intermediate:" + sorted(form.intermediateConsignees().stream().map(TransactionFingerprints::party)));
        parts.add("endusers:" + sorted(form.endUsers().stream().map(TransactionFingerprints::party)));
        parts.add("items:" + sorted(form.items().stream().filter(Objects::nonNull).map(TransactionFingerprints::item)));
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(String.join("\n", parts).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    Application.SearchFacts searchFacts(ApplicationForm form) {
        Set<String> eccns = form.items().stream().filter(Objects::nonNull).map(Item::eccn).filter(Objects::nonNull)
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> countries = allParties(form).map(Party::country).filter(Objects::nonNull)
                .collect(Collectors.toCollection(TreeSet::new));
        String text = Stream.of(
                        Stream.of(form.applicant() == null ? null : form.applicant().name(), form.specificEndUse()),
                        allParties(form).map(Party::name),
                        form.items().stream().filter(Objects::nonNull)
                                .flatMap(item -> Stream.of(item.eccn(), item.model(), item.description(),
                                        item.manufacturer())))
                .flatMap(s -> s)
                .filter(Objects::nonNull)
                .map(value -> value.toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(" "));
        return new Application.SearchFacts(form.destinationCountry(), eccns, countries, text);
    }

    private static Stream<Party> allParties(ApplicationForm form) {
        return Stream.of(Stream.of(form.purchaser(), form.ultimateConsignee()),
                        form.intermediateConsignees().stream(), form.endUsers().stream())
                .flatMap(s -> s)
                .filter(Objects::nonNull);
    }

    private static String sorted(Stream<String> values) {
        return values.sorted().collect(Collectors.joining("|"));
    }

    private static String party(Party party) {
        return party == null ? "" : normal(party.name()) + "@" + normal(party.country());
    }

    private static String item(Item item) {
        return String.join(";", normal(item.eccn()), normal(item.model()), number(item.quantity()),
                normal(item.units()), number(item.unitPrice()));
    }

    private static String number(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }

    private static String normal(String value) {
        return LookAlikes.key(value);
    }
}
