package gov.clearance.lifecycle;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Complete, valid application forms (BIS-748P), each for a distinct transaction unless told otherwise. */
public final class ApplicationForms {

    private ApplicationForms() {
    }

    public static Map<String, Object> valid() {
        return valid("Fraunhofer Institut " + UUID.randomUUID().toString().substring(0, 8));
    }

    public static Map<String, Object> valid(String consigneeName) {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("type", "EXPORT");
        form.put("contact", Map.of("name", "Alice Example", "phone", "+1 202 555 0100", "email", "alice@acme.example"));
        form.put("applicant", Map.of("name", "Acme Exports Inc.", "address", "1 Main St, Arlington VA 22201",
                "country", "US"));
        form.put("purchaser", party(consigneeName, "DE"));
        form.put("intermediateConsignees", List.of(party("Rotterdam Forwarding BV", "NL")));
        form.put("ultimateConsignee", party(consigneeName, "DE"));
        form.put("endUsers", List.of(party(consigneeName, "DE")));
        form.put("specificEndUse", "Characterisation of infrared detectors in a university research laboratory.");
        form.put("endUse", noneOfTheEndUsesOfConcern());
        List<Map<String, Object>> items = new ArrayList<>();
        items.add(item("3A001.a.1", "MX-200", "10", "1500.00", "15000.00"));
        items.add(item("EAR99", "Cable kit", "4", "25.50", "102.00"));
        form.put("items", items);
        form.put("totalValue", "15102.00");
        form.put("additionalInformation", "Replacement units for an existing installation.");
        form.put("signature", Map.of("name", "Alice Example", "title", "Export Compliance Officer",
                "date", "2026-11-20"));
        return form;
    }

    /** Every end-use question answered "no". */
    public static Map<String, Object> noneOfTheEndUsesOfConcern() {
        return Map.of("nuclear", false, "missile", false, "chemicalBiological", false, "militaryEndUse", false,
                "militaryIntelligence", false, "coveredRegionOfUkraine", false);
    }

    public static Map<String, Object> party(String name, String country) {
        return Map.of("name", name, "address", "Hansastrasse 27c, 80686 Munich", "country", country);
    }

    public static Map<String, Object> item(String eccn, String model, String quantity, String unitPrice, String total) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("eccn", eccn);
        item.put("model", model);
        item.put("quantity", quantity);
        item.put("units", "EA");
        item.put("unitPrice", unitPrice);
        item.put("totalPrice", total);
        item.put("manufacturer", "Acme Sensors");
        item.put("description", "Focal plane array detector");
        return item;
    }
}
