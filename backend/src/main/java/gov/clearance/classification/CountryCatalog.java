package gov.clearance.classification;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/** The ISO 3166-1 country codes a party's address may name, read once from reference data. */
@Service
public class CountryCatalog {

    private final JdbcTemplate jdbc;
    private final AtomicReference<Map<String, String>> names = new AtomicReference<>();

    CountryCatalog(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public boolean isKnown(String code) {
        return code != null && countries().containsKey(code);
    }

    public Optional<String> name(String code) {
        return Optional.ofNullable(code == null ? null : countries().get(code));
    }

    private Map<String, String> countries() {
        Map<String, String> loaded = names.get();
        if (loaded == null) {
            loaded = jdbc.queryForList("select code, name from classification_country").stream()
                    .collect(Collectors.toUnmodifiableMap(row -> ((String) row.get("code")).trim(),
                            row -> (String) row.get("name")));
            names.set(loaded);
        }
        return loaded;
    }
}
