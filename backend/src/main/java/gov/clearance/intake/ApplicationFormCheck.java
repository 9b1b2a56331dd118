package gov.clearance.intake;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import gov.clearance.shared.FieldViolation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Checks a form as the applicant is writing it, for submission, and reports every problem at once: each field
 * that cannot be read (a price that is not a number, a date that is not a date) and, in the same answer, every
 * rule the rest of the form breaks, required fields included. Nothing is stored.
 */
@Component
class ApplicationFormCheck {

    /** More unreadable fields than the form has fields is no form: the check stops there. */
    private static final int MOST_UNREADABLE = 500;

    private final ObjectMapper json;
    private final ApplicationFormRules rules;

    ApplicationFormCheck(ObjectMapper json, ApplicationFormRules rules) {
        this.json = json;
        this.rules = rules;
    }

    List<FieldViolation> check(JsonNode body) {
        JsonNode tree = body != null && body.isObject() ? body.deepCopy() : json.createObjectNode();
        List<FieldViolation> unreadable = new ArrayList<>();
        ApplicationForm form = null;
        while (form == null) {
            try {
                form = json.treeToValue(tree, ApplicationForm.class);
            } catch (JsonMappingException e) {
                if (e.getPath().isEmpty() || unreadable.size() >= MOST_UNREADABLE || !removeAt(tree, e.getPath())) {
                    unreadable.add(new FieldViolation("", "could not be read as an application form"));
                    return unreadable;
                }
                unreadable.add(new FieldViolation(path(e.getPath()), reason(e)));
            } catch (JsonProcessingException e) {
                unreadable.add(new FieldViolation("", "could not be read as an application form"));
                return unreadable;
            }
        }
        Set<String> reported = new HashSet<>();
        unreadable.forEach(violation -> reported.add(violation.field()));
        List<FieldViolation> all = new ArrayList<>(unreadable);
        // a field that could not be read is not also reported as missing
        rules.check(form, ApplicationFormRules.Stage.SUBMISSION).stream()
                .filter(violation -> !reported.contains(violation.field()))
                .forEach(all::add);
        return all;
    }

    /** Takes the unreadable value out of the tree, so that the rest can be read; false if it cannot be found. */
    private static boolean removeAt(JsonNode tree, List<JsonMappingException.Reference> path) {
        JsonNode parent = tree;
        for (JsonMappingException.Reference step : path.subList(0, path.size() - 1)) {
            parent = step.getFieldName() != null ? parent.get(step.getFieldName()) : parent.get(step.getIndex());
            if (parent == null) {
                return false;
            }
        }
        JsonMappingException.Reference last = path.get(path.size() - 1);
        if (parent instanceof ObjectNode object && last.getFieldName() != null && object.has(last.getFieldName())) {
            object.remove(last.getFieldName());
            return true;
        }
        if (parent instanceof ArrayNode array && last.getIndex() >= 0 && last.getIndex() < array.size()
                && !array.get(last.getIndex()).isNull()) {
            array.set(last.getIndex(), NullNode.getInstance());
            return true;
        }
        return false;
    }

    private static String path(List<JsonMappingException.Reference> path) {
        return path.stream()
                .map(ref -> ref.getFieldName() != null ? "." + ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining())
                .replaceFirst("^\\.", "");
    }

    private static String reason(JsonMappingException e) {
        if (e instanceof UnrecognizedPropertyException) {
            return "is not a known field";
        }
        if (e instanceof InvalidFormatException format && format.getTargetType() != null) {
            Class<?> type = format.getTargetType();
            if (type.isEnum()) {
                return "must be one of " + Arrays.toString(type.getEnumConstants());
            }
            return switch (type.getSimpleName()) {
                case "BigDecimal" -> "is not a valid number";
                case "LocalDate" -> "is not a valid date (YYYY-MM-DD)";
                case "Boolean", "boolean" -> "is not yes or no";
                default -> "has the wrong format";
            };
        }
        return "has the wrong type";
    }
}
