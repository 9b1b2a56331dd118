package gov.clearance.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.NumberDeserializers;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import java.io.IOException;
import java.math.BigDecimal;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Request bodies are read with bounds that no request of the domain comes near, so that a few bytes cannot ask
 * for a great deal of work: a number has at most {@value #MOST_NUMBER_CHARACTERS} characters, a field name
 * {@value #MOST_NAME_CHARACTERS}, nesting is at most {@value #MOST_NESTING} deep, and a decimal (a quantity, a
 * price, a value) has at most {@value #MOST_DIGITS} digits before its decimal point and as many after it. The
 * last bound matters most: {@code 1E+2000000} is ten characters, but as a plain number two million digits, which
 * any arithmetic, rounding or printing would build. It is refused as it is read, before anything is done with
 * it; the modules' own rules then hold each field to its own range.
 */
@Configuration
class JsonNumbers {

    static final int MOST_NUMBER_CHARACTERS = 100;
    static final int MOST_NAME_CHARACTERS = 1_000;
    static final int MOST_NESTING = 64;
    /** The widest decimal column of the schema is {@code numeric(18, s)}. */
    static final int MOST_DIGITS = 18;

    @Bean
    Jackson2ObjectMapperBuilderCustomizer boundedNumbers() {
        return builder -> builder
                .deserializerByType(BigDecimal.class, new DecimalDeserializer())
                .postConfigurer(mapper -> mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                        .maxNumberLength(MOST_NUMBER_CHARACTERS)
                        .maxNameLength(MOST_NAME_CHARACTERS)
                        .maxNestingDepth(MOST_NESTING)
                        .build()));
    }

    /** A decimal outside the bounds; the value is not kept, so that no error can repeat it. */
    static final class OutOfRange extends InvalidFormatException {

        OutOfRange(JsonParser parser) {
            super(parser, "A number is out of range", null, BigDecimal.class);
        }
    }

    static final class DecimalDeserializer extends StdScalarDeserializer<BigDecimal> {

        DecimalDeserializer() {
            super(BigDecimal.class);
        }

        @Override
        public BigDecimal deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            // a number written as text is held to the length of a number token
            if (parser.hasToken(JsonToken.VALUE_STRING) && parser.getTextLength() > MOST_NUMBER_CHARACTERS) {
                throw new OutOfRange(parser);
            }
            BigDecimal value = NumberDeserializers.BigDecimalDeserializer.instance.deserialize(parser, context);
            // precision and scale are read from the representation: nothing of the number's size is built
            if (value != null && (value.precision() - value.scale() > MOST_DIGITS || value.scale() > MOST_DIGITS)) {
                throw new OutOfRange(parser);
            }
            return value;
        }
    }
}
