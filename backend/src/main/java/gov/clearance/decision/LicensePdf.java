package gov.clearance.decision;

import gov.clearance.classification.CountryCatalog;
import gov.clearance.intake.ApplicationForm;
import gov.clearance.intake.ApplicationView;
import gov.clearance.referral.AgencyView;
import gov.clearance.referral.Referrals;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import java.util.stream.Collectors;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.springframework.stereotype.Component;

/**
 * Writes a license as a PDF document: the license number, the application's control number, the
 * licensee, the dates, every licensed item, every condition with the agency that wrote it, and the
 * ultimate consignee. Pages break wherever the content needs, repeating the item table's header.
 *
 * <p>All text is set in Liberation Sans, which PDFBox ships, embedded as a subset: names and addresses
 * in any Latin, Greek or Cyrillic script print as written, with no dependency on the host's fonts. A
 * character the font cannot show prints as {@code ?} rather than failing the document.
 */
@Component
class LicensePdf {

    private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    private static final PDRectangle PAGE = PDRectangle.LETTER;
    private static final float MARGIN = 54;
    private static final float BOTTOM = 64;
    private static final float WIDTH = PAGE.getWidth() - 2 * MARGIN;
    private static final float TEXT = 10;
    private static final float SMALL = 8.5f;
    private static final float LABEL_WIDTH = 150;
    private static final float CELL_PADDING = 3;
    private static final float NUMBER_WIDTH = 18;

    private final byte[] font;
    private final CountryCatalog countries;
    private final Referrals referrals;
    private final ZoneId zone;

    LicensePdf(CountryCatalog countries, Referrals referrals, DecisionSettings settings) {
        this.countries = countries;
        this.referrals = referrals;
        this.zone = settings.zone();
        try (InputStream in = LicensePdf.class.getResourceAsStream(FONT)) {
            if (in == null) {
                throw new IllegalStateException("PDFBox's font " + FONT + " is missing from the class path");
            }
            this.font = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("PDFBox's font " + FONT + " could not be read", e);
        }
    }

    byte[] render(DecisionView.LicenseView license, ApplicationView application) {
        ApplicationForm form = application.form();
        LocalDate issued = LocalDate.ofInstant(license.issuedAt(), zone);
        try (PDDocument document = new PDDocument()) {
            describe(document, license, application);
            Sheet sheet = new Sheet(document, PDType0Font.load(document, new ByteArrayInputStream(font)));

            sheet.title("Export License");
            sheet.paragraph("Bureau of Industry and Security, U.S. Department of Commerce. Issued under the Export "
                    + "Administration Regulations (15 CFR parts 730-774).", SMALL, 0);
            sheet.space(10);
            sheet.field("License number", license.licenseNumber());
            sheet.field("Application control number", application.controlNumber());
            sheet.field("Date of issue", issued.toString());
            sheet.field("Valid from", license.validFrom().toString());
            sheet.field("Valid until", license.validUntil().toString());

            sheet.heading("Licensee");
            party(sheet, form.applicant() == null ? null : new ApplicationForm.Party(form.applicant().name(),
                    form.applicant().address(), form.applicant().country()));

            sheet.heading("Ultimate consignee");
            party(sheet, form.ultimateConsignee());

            sheet.heading("Licensed items");
            items(sheet, license.items());

            sheet.heading("Conditions");
            conditions(sheet, license.conditions());

            sheet.finish("License " + license.licenseNumber());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("The document of license " + license.licenseNumber()
                    + " could not be written", e);
        }
    }

    private void party(Sheet sheet, ApplicationForm.Party party) throws IOException {
        if (party == null) {
            sheet.field("Name", "-");
            return;
        }
        sheet.field("Name", party.name());
        sheet.field("Address", party.address());
        sheet.field("Country", countryName(party.country()));
    }

    private void items(Sheet sheet, List<DecisionView.LicensedItem> items) throws IOException {
        Column[] columns = {new Column("#", 20, false), new Column("ECCN", 64, false), new Column("Model", 64, false),
            new Column("Description", 0, false), new Column("Quantity", 50, true), new Column("Units", 36, false),
            new Column("Unit price (USD)", 62, true), new Column("Total price (USD)", 66, true)};
        List<String[]> rows = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        for (int i = 0; i < items.size(); i++) {
            DecisionView.LicensedItem item = items.get(i);
            rows.add(new String[] {String.valueOf(i + 1), item.eccn(), item.model(), item.description(),
                quantity(item.quantity()), item.units(), money(item.unitPrice()), money(item.totalPrice())});
            if (item.totalPrice() != null) {
                total = total.add(item.totalPrice());
            }
        }
        sheet.table(columns, rows);
        sheet.space(4);
        sheet.field("Total value", "USD " + money(total));
    }

    private void conditions(Sheet sheet, List<DecisionView.ConditionView> conditions) throws IOException {
        if (conditions == null || conditions.isEmpty()) {
            sheet.paragraph("This license carries no conditions.", TEXT, 0);
            return;
        }
        Map<String, String> agencies = referrals.agencies().stream()
                .collect(Collectors.toMap(AgencyView::code, AgencyView::name, (first, second) -> first));
        for (DecisionView.ConditionView condition : conditions) {
            sheet.keepTogether(3);
            sheet.numbered(condition.sequence() + ".", condition.text());
            String author = condition.authorAgency();
            String name = author == null ? null : agencies.get(author);
            sheet.paragraph("Author agency: " + (author == null ? "-" : author) + (name == null ? "" : ", " + name),
                    SMALL, NUMBER_WIDTH);
            sheet.space(4);
        }
    }

    private String countryName(String code) {
        if (code == null) {
            return "-";
        }
        return countries.name(code).map(name -> name + " (" + code + ")").orElse(code);
    }

    private void describe(PDDocument document, DecisionView.LicenseView license, ApplicationView application) {
        PDDocumentInformation information = document.getDocumentInformation();
        information.setTitle("Export License " + license.licenseNumber());
        information.setSubject("Export license for application " + application.controlNumber());
        information.setCreator("Clearance");
        Calendar issued = GregorianCalendar.getInstance(TimeZone.getTimeZone(zone), Locale.ROOT);
        issued.setTimeInMillis(license.issuedAt().toEpochMilli());
        information.setCreationDate(issued);
    }

    private static String money(BigDecimal amount) {
        if (amount == null) {
            return "-";
        }
        return new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.US)).format(amount);
    }

    private static String quantity(BigDecimal amount) {
        if (amount == null) {
            return "-";
        }
        return new DecimalFormat("#,##0.###", DecimalFormatSymbols.getInstance(Locale.US)).format(amount);
    }

    /** A column of a table; a width of 0 takes what the others leave. */
    private record Column(String title, float width, boolean alignRight) {
    }

    /** The pages being written, top to bottom, with a cursor. */
    private static final class Sheet {

        private final PDDocument document;
        private final PDFont font;
        private final Map<Integer, Boolean> showable = new HashMap<>();
        private PDPageContentStream stream;
        private float y;

        Sheet(PDDocument document, PDFont font) throws IOException {
            this.document = document;
            this.font = font;
            newPage();
        }

        void title(String text) throws IOException {
            write(MARGIN, y - 20, text, 20, true);
            y -= 30;
        }

        void heading(String text) throws IOException {
            keepTogether(5);
            y -= 10;
            write(MARGIN, y - 12, text, 12, true);
            y -= 16;
            line(MARGIN, y, MARGIN + WIDTH, 0.6f, 0.5f);
            y -= 6;
        }

        /** A label in bold, its value beside it. */
        void field(String label, String value) throws IOException {
            keepTogether(2);
            hanging(label, true, LABEL_WIDTH, value == null || value.isBlank() ? "-" : value);
        }

        /** A numbered paragraph, its lines indented past the number. */
        void numbered(String number, String text) throws IOException {
            hanging(number, false, NUMBER_WIDTH, text);
        }

        /** Text wrapped at {@code indent} from the margin, with {@code lead} in front of its first line. */
        private void hanging(String lead, boolean bold, float indent, String text) throws IOException {
            List<String> lines = wrap(text, TEXT, WIDTH - indent);
            for (int i = 0; i < lines.size(); i++) {
                ensure(lineHeight(TEXT));
                if (i == 0) {
                    write(MARGIN, y - TEXT, lead, TEXT, bold);
                }
                write(MARGIN + indent, y - TEXT, lines.get(i), TEXT, false);
                y -= lineHeight(TEXT);
            }
        }

        void paragraph(String text, float size, float indent) throws IOException {
            for (String line : wrap(text, size, WIDTH - indent)) {
                ensure(lineHeight(size));
                write(MARGIN + indent, y - size, line, size, false);
                y -= lineHeight(size);
            }
        }

        void table(Column[] columns, List<String[]> rows) throws IOException {
            float fixed = 0;
            for (Column column : columns) {
                fixed += column.width();
            }
            float[] widths = new float[columns.length];
            for (int c = 0; c < columns.length; c++) {
                widths[c] = columns[c].width() > 0 ? columns[c].width() : WIDTH - fixed;
            }
            String[] titles = new String[columns.length];
            for (int c = 0; c < columns.length; c++) {
                titles[c] = columns[c].title();
            }
            keepTogether(4);
            row(columns, widths, titles, true, null);
            for (String[] cells : rows) {
                row(columns, widths, cells, false, titles);
            }
        }

        /** One table row, line by line, so that a row taller than what is left of the page carries on overleaf. */
        private void row(Column[] columns, float[] widths, String[] cells, boolean header, String[] titles)
                throws IOException {
            List<List<String>> lines = new ArrayList<>();
            int height = 1;
            for (int c = 0; c < columns.length; c++) {
                List<String> wrapped = wrap(cells[c] == null || cells[c].isBlank() ? "-" : cells[c], SMALL,
                        widths[c] - 2 * CELL_PADDING);
                lines.add(wrapped);
                height = Math.max(height, wrapped.size());
            }
            float rowHeight = height * lineHeight(SMALL) + 4;
            if (titles != null && y - rowHeight < BOTTOM && rowHeight < (PAGE.getHeight() - MARGIN - BOTTOM) / 2) {
                newPage(); // a row that fits on a page is not split
                row(columns, widths, titles, true, null);
            }
            y -= 2;
            for (int i = 0; i < height; i++) {
                if (y - lineHeight(SMALL) < BOTTOM) {
                    newPage();
                    if (titles != null) {
                        row(columns, widths, titles, true, null);
                        y -= 2;
                    }
                }
                float x = MARGIN;
                for (int c = 0; c < columns.length; c++) {
                    if (i < lines.get(c).size()) {
                        String text = lines.get(c).get(i);
                        float left = columns[c].alignRight()
                                ? x + widths[c] - CELL_PADDING - width(text, SMALL)
                                : x + CELL_PADDING;
                        write(left, y - SMALL, text, SMALL, header);
                    }
                    x += widths[c];
                }
                y -= lineHeight(SMALL);
            }
            y -= 2;
            line(MARGIN, y, MARGIN + WIDTH, header ? 0.6f : 0.3f, header ? 0.4f : 0.7f);
        }

        void space(float points) {
            y -= points;
        }

        /** Starts a new page unless this many lines of text still fit, so that a heading is not left alone. */
        void keepTogether(int lines) throws IOException {
            ensure(lines * lineHeight(TEXT));
        }

        /** Closes the last page and numbers every page in its footer. */
        void finish(String footer) throws IOException {
            stream.close();
            int pages = document.getNumberOfPages();
            for (int i = 0; i < pages; i++) {
                try (PDPageContentStream footerStream = new PDPageContentStream(document, document.getPage(i),
                        PDPageContentStream.AppendMode.APPEND, true, true)) {
                    stream = footerStream;
                    String text = footer + " · Page " + (i + 1) + " of " + pages;
                    line(MARGIN, BOTTOM - 14, MARGIN + WIDTH, 0.3f, 0.7f);
                    write(MARGIN + WIDTH - width(text, SMALL), BOTTOM - 28, text, SMALL, false);
                }
            }
            stream = null;
        }

        private void ensure(float height) throws IOException {
            if (y - height < BOTTOM) {
                newPage();
            }
        }

        private void newPage() throws IOException {
            if (stream != null) {
                stream.close();
            }
            PDPage page = new PDPage(PAGE);
            document.addPage(page);
            stream = new PDPageContentStream(document, page);
            y = PAGE.getHeight() - MARGIN;
        }

        private void write(float x, float baseline, String text, float size, boolean bold) throws IOException {
            stream.beginText();
            stream.setFont(font, size);
            if (bold) {
                // the one embedded face has no bold cut: outline the glyphs as well as filling them
                stream.setRenderingMode(RenderingMode.FILL_STROKE);
                stream.setLineWidth(size / 30);
            } else {
                stream.setRenderingMode(RenderingMode.FILL);
            }
            stream.newLineAtOffset(x, baseline);
            stream.showText(text);
            stream.endText();
        }

        private void line(float fromX, float atY, float toX, float thickness, float gray) throws IOException {
            stream.setStrokingColor(gray);
            stream.setLineWidth(thickness);
            stream.moveTo(fromX, atY);
            stream.lineTo(toX, atY);
            stream.stroke();
            stream.setStrokingColor(0f);
        }

        private static float lineHeight(float size) {
            return size * 1.3f;
        }

        private float width(String text, float size) throws IOException {
            return font.getStringWidth(text) / 1000 * size;
        }

        /** The text in lines no wider than {@code maxWidth}, breaking between words, or within one too long for a line. */
        private List<String> wrap(String text, float size, float maxWidth) throws IOException {
            List<String> lines = new ArrayList<>();
            for (String paragraph : printable(text).split("\n", -1)) {
                StringBuilder line = new StringBuilder();
                for (String word : paragraph.strip().split(" +")) {
                    String candidate = line.isEmpty() ? word : line + " " + word;
                    if (width(candidate, size) <= maxWidth) {
                        line.setLength(0);
                        line.append(candidate);
                        continue;
                    }
                    if (!line.isEmpty()) {
                        lines.add(line.toString());
                        line.setLength(0);
                    }
                    while (width(word, size) > maxWidth && word.length() > 1) {
                        int fits = 1;
                        while (fits < word.length() && width(word.substring(0, fits + 1), size) <= maxWidth) {
                            fits++;
                        }
                        int punctuation = Math.max(word.lastIndexOf('.', fits - 1), Math.max(
                                word.lastIndexOf('-', fits - 1), word.lastIndexOf('/', fits - 1)));
                        if (punctuation > 0 && punctuation >= fits / 2) {
                            fits = punctuation + 1; // an ECCN breaks between its paragraphs
                        } else if (Character.isHighSurrogate(word.charAt(fits - 1)) && fits > 1) {
                            fits--;
                        }
                        lines.add(word.substring(0, fits));
                        word = word.substring(fits);
                    }
                    line.append(word);
                }
                lines.add(line.toString());
            }
            return lines;
        }

        /** Line breaks kept, other control characters as spaces, and what the font cannot show as {@code ?}. */
        private String printable(String text) throws IOException {
            StringBuilder out = new StringBuilder(text.length());
            for (int i = 0; i < text.length(); ) {
                int codePoint = text.codePointAt(i);
                i += Character.charCount(codePoint);
                if (codePoint == '\r') {
                    continue;
                }
                if (codePoint == '\n') {
                    out.append('\n');
                } else if (Character.isISOControl(codePoint) || Character.isWhitespace(codePoint)) {
                    out.append(' ');
                } else if (showable.computeIfAbsent(codePoint, this::canShow)) {
                    out.appendCodePoint(codePoint);
                } else {
                    out.append('?');
                }
            }
            return out.toString();
        }

        private boolean canShow(int codePoint) {
            try {
                font.encode(new String(Character.toChars(codePoint)));
                return true;
            } catch (IllegalArgumentException | IOException e) {
                return false;
            }
        }
    }
}
