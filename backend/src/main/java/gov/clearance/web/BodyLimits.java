package gov.clearance.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The largest request bodies the API reads. Larger ones are refused with 413 before they are read: from
 * their declared length, or, sent in chunks, as soon as the count passes the limit.
 *
 * @param maxJsonBody the most any JSON request body may hold (the largest application form is a few KB)
 * @param maxImportBody the most an import may hold: a screening list, a reference data file, an uploaded
 *     document (the multipart limits and each importer's own limit still apply within it)
 */
@ConfigurationProperties("clearance.web")
record BodyLimits(@DefaultValue("1MB") DataSize maxJsonBody, @DefaultValue("128MB") DataSize maxImportBody) {
}
