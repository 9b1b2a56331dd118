package gov.clearance.intake;

import gov.clearance.classification.CountryCatalog;
import gov.clearance.classification.EndUseFacts;
import gov.clearance.intake.ApplicationForm.Item;
import gov.clearance.intake.ApplicationForm.Party;
import gov.clearance.shared.FieldViolation;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * The rules an application must meet. A draft must be well-formed in whatever it already holds;
 * a submission must also be complete. Every broken rule is reported with its field.
 */
@Component
class ApplicationFormRules {

    /** A digit, a letter A-E, three digits, then optional paragraph levels; or EAR99. */
    static final Pattern ECCN = gov.clearance.classification.LicenseRequirements.ECCN_FORMAT;
    static final Pattern CONTROL_NUMBER = Pattern.compile("^[A-Z][0-9]{6}$");
    /** Six to ten digits of the Harmonized Tariff Schedule, with or without its dots: 8542.31 or 8542310000. */
    static final Pattern HTS_CODE = Pattern.compile("^[0-9]{4}(\\.?[0-9]{2}){1,3}$");
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final int SHORT_TEXT = 200;
    private static final int LONG_TEXT = 20_000;
    private static final int MAX_PARTIES = 50;
    private static final int MAX_ITEMS = 200;
    /** A quantity fits {@code numeric(18,3)}: 15 digits before the decimal point, 3 after. */
    private static final Range QUANTITY = new Range(15, 3, "three decimal places");
    /** A price or value in dollars fits {@code numeric(18,2)}: 16 digits before the decimal point, cents after. */
    private static final Range MONEY = new Range(16, 2, "two decimal places");

    enum Stage { DRAFT, SUBMISSION }

    private final CountryCatalog countries;

    ApplicationFormRules(CountryCatalog countries) {
        this.countries = countries;
    }

    List<FieldViolation> check(ApplicationForm form, Stage stage) {
        Checks checks = new Checks(stage == Stage.SUBMISSION);
        if (form == null) {
            checks.fail("", "an application form is required");
            return checks.violations;
        }
        checks.required("type", form.type());
        if (form.contact() == null) {
            checks.required("contact", null);
        } else {
            checks.text("contact.name", form.contact().name(), SHORT_TEXT, true);
            checks.text("contact.phone", form.contact().phone(), 40, true);
            checks.text("contact.email", form.contact().email(), SHORT_TEXT, false);
            if (present(form.contact().email()) && !EMAIL.matcher(form.contact().email()).matches()) {
                checks.fail("contact.email", "is not an e-mail address");
            }
        }
        if (form.applicant() == null) {
            checks.required("applicant", null);
        } else {
            checks.text("applicant.name", form.applicant().name(), SHORT_TEXT, true);
            checks.text("applicant.address", form.applicant().address(), 1000, true);
            country(checks, "applicant.country", form.applicant().country(), true);
        }
        if (form.purchaser() != null) {
            party(checks, "purchaser", form.purchaser());
        }
        // a list longer than allowed is refused as such, without a line for each of its entries
        boolean consigneesFit = checks.atMost("intermediateConsignees", form.intermediateConsignees().size(), MAX_PARTIES);
        for (int i = 0; consigneesFit && i < form.intermediateConsignees().size(); i++) {
            party(checks, "intermediateConsignees[" + i + "]", form.intermediateConsignees().get(i));
        }
        if (form.ultimateConsignee() == null) {
            checks.required("ultimateConsignee", null);
        } else {
            party(checks, "ultimateConsignee", form.ultimateConsignee());
        }
        boolean endUsersFit = checks.atMost("endUsers", form.endUsers().size(), MAX_PARTIES);
        for (int i = 0; endUsersFit && i < form.endUsers().size(); i++) {
            party(checks, "endUsers[" + i + "]", form.endUsers().get(i));
        }
        checks.text("specificEndUse", form.specificEndUse(), LONG_TEXT, true);
        endUse(checks, form.endUse());
        if (form.items().isEmpty()) {
            checks.required("items", null, "at least one item is required");
        }
        boolean itemsFit = checks.atMost("items", form.items().size(), MAX_ITEMS);
        BigDecimal sum = BigDecimal.ZERO;
        boolean sumKnown = itemsFit;
        for (int i = 0; itemsFit && i < form.items().size(); i++) {
            Item item = form.items().get(i);
            String at = "items[" + i + "]";
            if (item == null) {
                checks.fail(at, "must not be empty");
                sumKnown = false;
                continue;
            }
            boolean totalInRange = item(checks, at, item);
            if (item.totalPrice() == null || !totalInRange) {
                sumKnown = false;
            } else {
                sum = sum.add(item.totalPrice());
            }
        }
        if (form.totalValue() == null) {
            checks.required("totalValue", null);
        } else {
            checks.positive("totalValue", form.totalValue());
            boolean inRange = checks.within("totalValue", form.totalValue(), MONEY);
            if (inRange && sumKnown && !form.items().isEmpty() && form.totalValue().compareTo(sum) != 0) {
                checks.fail("totalValue", "must equal the sum of the items' total prices (" + sum.toPlainString() + ")");
            }
        }
        checks.text("additionalInformation", form.additionalInformation(), LONG_TEXT, false);
        if (present(form.resubmissionOf()) && !CONTROL_NUMBER.matcher(form.resubmissionOf()).matches()) {
            checks.fail("resubmissionOf", "must be an Application Control Number: a letter and six digits");
        }
        checks.text("replacesLicense", form.replacesLicense(), 40, false);
        if (form.signature() == null) {
            checks.required("signature", null);
        } else {
            checks.text("signature.name", form.signature().name(), SHORT_TEXT, true);
            checks.text("signature.title", form.signature().title(), SHORT_TEXT, true);
            checks.required("signature.date", form.signature().date());
        }
        return checks.violations;
    }

    private void party(Checks checks, String at, Party party) {
        if (party == null) {
            checks.fail(at, "must not be empty");
            return;
        }
        checks.text(at + ".name", party.name(), SHORT_TEXT, true);
        checks.text(at + ".address", party.address(), 1000, true);
        country(checks, at + ".country", party.country(), true);
    }

    /** Checks the item; answers whether its total price is a number in range, fit to be added up. */
    private boolean item(Checks checks, String at, Item item) {
        checks.text(at + ".eccn", item.eccn(), 40, true);
        if (present(item.eccn()) && !ECCN.matcher(item.eccn()).matches()) {
            checks.fail(at + ".eccn", "must be an ECCN such as 3A001.a.1 (a digit, a letter A-E, three digits, "
                    + "optional paragraphs) or EAR99");
        }
        checks.text(at + ".model", item.model(), SHORT_TEXT, false);
        checks.text(at + ".ccatsNumber", item.ccatsNumber(), 40, false);
        checks.text(at + ".units", item.units(), 40, true);
        checks.text(at + ".manufacturer", item.manufacturer(), SHORT_TEXT, false);
        checks.text(at + ".description", item.description(), LONG_TEXT, true);
        checks.text(at + ".htsCode", item.htsCode(), 14, false);
        if (present(item.htsCode()) && !HTS_CODE.matcher(item.htsCode()).matches()) {
            checks.fail(at + ".htsCode", "must be a Harmonized Tariff Schedule code of 6 to 10 digits, such as "
                    + "8542.31 or 8542.31.0000");
        }
        checks.required(at + ".quantity", item.quantity());
        checks.positive(at + ".quantity", item.quantity());
        boolean quantityInRange = checks.within(at + ".quantity", item.quantity(), QUANTITY);
        checks.required(at + ".unitPrice", item.unitPrice());
        checks.positive(at + ".unitPrice", item.unitPrice());
        boolean unitPriceInRange = checks.within(at + ".unitPrice", item.unitPrice(), MONEY);
        checks.required(at + ".totalPrice", item.totalPrice());
        checks.positive(at + ".totalPrice", item.totalPrice());
        boolean totalInRange = checks.within(at + ".totalPrice", item.totalPrice(), MONEY);
        // arithmetic only on numbers in range: a number's size is not a request's to choose
        if (quantityInRange && unitPriceInRange && totalInRange && item.quantity() != null && item.unitPrice() != null
                && item.totalPrice() != null) {
            BigDecimal expected = item.quantity().multiply(item.unitPrice()).setScale(2, RoundingMode.HALF_UP);
            if (expected.compareTo(item.totalPrice()) != 0) {
                checks.fail(at + ".totalPrice", "must equal quantity x unit price (" + expected.toPlainString() + ")");
            }
        }
        return totalInRange;
    }

    private void country(Checks checks, String at, String code, boolean required) {
        checks.text(at, code, 2, required);
        if (present(code) && !countries.isKnown(code)) {
            checks.fail(at, "must be an ISO 3166-1 alpha-2 country code such as DE or JP");
        }
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    /**
     * The end-use questions the license determination needs (part 744's end-use rules and 746.6), each answered
     * yes or no before the application is submitted.
     */
    private static void endUse(Checks checks, EndUseFacts answers) {
        if (answers == null) {
            checks.required("endUse", null, "answer the end-use questions " + EndUseFacts.QUESTIONS.stream()
                    .map(EndUseFacts.Question::field).toList() + ", each true or false");
            return;
        }
        for (EndUseFacts.Question question : EndUseFacts.QUESTIONS) {
            checks.required("endUse." + question.field(), question.answer().apply(answers), "answer yes or no: "
                    + question.words());
        }
    }

    /** How many digits a decimal field may have before and after its decimal point. */
    private record Range(int integerDigits, int decimals, String decimalsInWords) {
    }

    /** Collects violations; required-ness is enforced only for submissions. */
    private static final class Checks {
        private final boolean complete;
        private final List<FieldViolation> violations = new ArrayList<>();

        Checks(boolean complete) {
            this.complete = complete;
        }

        void fail(String field, String reason) {
            violations.add(new FieldViolation(field, reason));
        }

        void required(String field, Object value) {
            required(field, value, "is required");
        }

        void required(String field, Object value, String reason) {
            if (complete && value == null) {
                fail(field, reason);
            }
        }

        void text(String field, String value, int maxLength, boolean requiredValue) {
            if (value == null || value.isBlank()) {
                if (requiredValue && complete) {
                    fail(field, "is required");
                }
                return;
            }
            if (value.length() > maxLength) {
                fail(field, "must be at most " + maxLength + " characters");
            }
        }

        void positive(String field, BigDecimal value) {
            if (value != null && value.signum() <= 0) {
                fail(field, "must be greater than zero");
            }
        }

        /** Whether the value, if any, is within the range; a value outside it is named, never repeated. */
        boolean within(String field, BigDecimal value, Range range) {
            if (value == null) {
                return true;
            }
            // read from the representation only: 1E+2000000 is not expanded to two million digits
            boolean fits = true;
            if (value.precision() - value.scale() > range.integerDigits()) {
                fail(field, "must have at most " + range.integerDigits() + " digits before the decimal point");
                fits = false;
            }
            if (value.scale() > range.decimals() && value.stripTrailingZeros().scale() > range.decimals()) {
                fail(field, "must have at most " + range.decimalsInWords());
                fits = false;
            }
            return fits;
        }

        boolean atMost(String field, int count, int limit) {
            if (count > limit) {
                fail(field, "must have at most " + limit + " entries");
                return false;
            }
            return true;
        }
    }
}
