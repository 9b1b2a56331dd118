package gov.clearance.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * In {@code docker-compose.yml} the documents' bytes live on a named volume, like the database's rows: a
 * re-created container keeps both, never the rows without their files.
 */
class DocumentsVolumeTest {

    @Test
    @SuppressWarnings("unchecked")
    void theApplicationKeepsItsDocumentsOnANamedVolume() throws IOException {
        Map<String, Object> compose;
        try (Reader file = Files.newBufferedReader(Path.of("..", "docker-compose.yml"))) {
            compose = new Yaml().load(file);
        }
        Map<String, Object> app = (Map<String, Object>) ((Map<String, Object>) compose.get("services")).get("app");
        String directory = String.valueOf(((Map<String, Object>) app.get("environment")).get("CLEARANCE_DOCUMENTS_DIR"));
        Map<String, Object> namedVolumes = (Map<String, Object>) compose.get("volumes");

        assertThat(directory).as("CLEARANCE_DOCUMENTS_DIR of the app service").startsWith("/");
        assertThat((List<String>) app.get("volumes"))
                .anySatisfy(volume -> {
                    String[] parts = volume.split(":");
                    assertThat(parts[1]).isEqualTo(directory);
                    assertThat(namedVolumes).containsKey(parts[0]);
                });
    }
}
