package gov.clearance.fuzzing;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * Files to import, made from the fuzzer's data and a valid file: unchanged (with no data left), edited line
 * by line or cell by cell, cut short, raw bytes, or grown past the size limit; and the multipart body that
 * carries one.
 */
final class FuzzedFiles {

    private static final String[] TRICKY_CELLS = {"", " ", "\"", "\"\"", "\"unterminated", ",", ";", "\u0000",
        "\uFEFF", "\r", "\n", "\r\n", "#", "# comment", "XX", "ZZ", "??", "EAR99", "3A001", "3A001.a.1", "X",
        "A:1", "NS1", "NS 1", "2026-02-30", "-1", "999999999999999999999", "\u202E", "null", "D:1", "E:1", "Ã©"};

    /** A file and the limit it was grown past (0 when it was not). */
    record Content(byte[] bytes, long overLimit) {

        String describe() {
            return bytes.length + " bytes: " + new String(bytes, 0, Math.min(bytes.length, 300), StandardCharsets.UTF_8);
        }
    }

    private FuzzedFiles() {
    }

    /** A text file (CSV) from a valid one. */
    static Content text(FuzzedDataProvider data, byte[] valid, long limit) {
        int mode = data.consumeInt(0, 7);
        return switch (mode) {
            case 0 -> new Content(valid, 0);
            case 5 -> new Content(data.consumeRemainingAsBytes(), 0);
            case 6 -> new Content(Arrays.copyOf(valid, data.consumeInt(0, valid.length)), 0);
            case 7 -> new Content(grown(valid, limit), limit);
            default -> new Content(editedLines(data, valid), 0);
        };
    }

    /** A binary file (PDF) from a valid one. */
    static Content binary(FuzzedDataProvider data, byte[] valid, long limit) {
        int mode = data.consumeInt(0, 7);
        return switch (mode) {
            case 0 -> new Content(valid, 0);
            case 4 -> new Content(Arrays.copyOf(valid, data.consumeInt(0, valid.length)), 0);
            case 5 -> new Content(data.consumeRemainingAsBytes(), 0);
            case 6 -> new Content(concat("%PDF-".getBytes(StandardCharsets.US_ASCII), data.consumeRemainingAsBytes()), 0);
            case 7 -> new Content(grown(valid, limit), limit);
            default -> {
                byte[] changed = valid.clone();
                int changes = data.consumeInt(1, 16);
                for (int i = 0; i < changes; i++) {
                    changed[data.consumeInt(0, changed.length - 1)] = data.consumeByte();
                }
                yield new Content(changed, 0);
            }
        };
    }

    private static byte[] editedLines(FuzzedDataProvider data, byte[] valid) {
        List<String> lines = new ArrayList<>(List.of(new String(valid, StandardCharsets.UTF_8).split("\n", -1)));
        int edits = data.consumeInt(1, 8);
        for (int i = 0; i < edits && !lines.isEmpty(); i++) {
            int line = data.consumeInt(0, lines.size() - 1);
            switch (data.consumeInt(0, 5)) {
                case 0 -> lines.remove(line);
                case 1 -> lines.add(line, lines.get(line));
                case 2 -> lines.set(line, data.consumeString(300));
                case 3 -> lines.add(line, data.consumeString(300));
                default -> lines.set(line, editedCell(data, lines.get(line)));
            }
        }
        String text = String.join(data.consumeBoolean() ? "\r\n" : "\n", lines);
        return (data.consumeInt(0, 15) == 15 ? "\uFEFF" + text : text).getBytes(
                data.consumeInt(0, 15) == 15 ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8);
    }

    private static String editedCell(FuzzedDataProvider data, String line) {
        String[] cells = line.split(",", -1);
        int cell = data.consumeInt(0, cells.length - 1);
        cells[cell] = data.consumeBoolean() ? TRICKY_CELLS[data.consumeInt(0, TRICKY_CELLS.length - 1)]
                : data.consumeString(120);
        return String.join(",", cells);
    }

    private static byte[] grown(byte[] valid, long limit) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        while (out.size() <= limit) {
            out.writeBytes(valid);
        }
        return out.toByteArray();
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] both = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }

    /** A multipart/form-data body: the fields, then the file (unless null) under the name {@code file}. */
    record Multipart(String contentType, byte[] bytes) {

        static Multipart of(List<String[]> fields, String fileName, String fileType, byte[] file) {
            String boundary = "fuzz-" + UUID.randomUUID();
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            for (String[] field : fields) {
                body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field[0]
                        + "\"\r\n\r\n" + field[1] + "\r\n").getBytes(StandardCharsets.UTF_8));
            }
            if (file != null) {
                body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                        + fileName + "\"\r\nContent-Type: " + fileType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
                body.writeBytes(file);
                body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
            }
            body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
            return new Multipart("multipart/form-data; boundary=" + boundary, body.toByteArray());
        }
    }

    /** A file on the test class path (the shipped reference data and screening list are there). */
    static byte[] resource(String path) {
        try (InputStream in = FuzzedFiles.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("No " + path + " on the class path");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
