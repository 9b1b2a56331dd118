package gov.clearance.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import java.io.IOException;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Texts in request bodies that PostgreSQL cannot store are refused as the body is read, with the field named:
 * a NUL character (U+0000, valid JSON as {@code "\u0000"}) would otherwise fail only when written.
 */
@Configuration
class JsonTexts {

    @Bean
    Jackson2ObjectMapperBuilderCustomizer textsWithoutNul() {
        return builder -> builder.deserializerByType(String.class, new TextDeserializer());
    }

    static final class TextDeserializer extends StdScalarDeserializer<String> {

        TextDeserializer() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String text = StringDeserializer.instance.deserialize(parser, context);
            if (text != null && text.indexOf('\u0000') >= 0) {
                throw InvalidFormatException.from(parser, "A text holds a NUL character", text, String.class);
            }
            return text;
        }
    }
}
