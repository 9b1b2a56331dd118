package gov.clearance.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import gov.clearance.shared.TextRules;
import java.io.IOException;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Texts in request bodies that cannot be stored or printed as typed are refused as the body is read, with the field
 * named ({@link TextRules#unprintable}): a NUL character (U+0000, valid JSON as {@code "\u0000"}) would otherwise
 * fail only when written, and other control characters and bidirectional overrides would reach licenses, notices
 * and PDFs.
 */
@Configuration
class JsonTexts {

    @Bean
    Jackson2ObjectMapperBuilderCustomizer printableTexts() {
        return builder -> builder.deserializerByType(String.class, new TextDeserializer());
    }

    static final class TextDeserializer extends StdScalarDeserializer<String> {

        TextDeserializer() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String text = StringDeserializer.instance.deserialize(parser, context);
            String unprintable = TextRules.unprintable(text);
            if (unprintable != null) {
                throw InvalidFormatException.from(parser, unprintable, null, String.class);
            }
            return text;
        }
    }
}
