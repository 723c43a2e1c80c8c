package org.anxue.org.roster;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Rows of a CSV file (RFC 4180: quoted fields may hold commas, quotes as "" and line breaks), read
 * as a stream. The encoding is found by trying: UTF-8 (with or without a byte order mark) when
 * the whole file decodes as UTF-8, else GB18030, the superset of the GBK that Excel on a Chinese
 * Windows writes; UTF-16 with a byte order mark (Excel's "Unicode text"). The separator is a
 * comma, or a tab when the first line has tabs and no commas.
 */
final class CsvRowSource implements RowSource {

    static final Charset GB18030 = Charset.forName("GB18030");
    /** Longest cell accepted; longer means a quote was never closed. */
    static final int MAX_CELL = 10_000;
    /** Most cells in a row. */
    static final int MAX_CELLS = 200;

    private final long size;
    private final Charset charset;
    private final CountingInputStream counting;
    private final Reader reader;
    private char separator = ',';
    private int lookahead = -2;

    private CsvRowSource(Path file, Charset charset, int bomLength) throws IOException {
        this.size = Math.max(1, Files.size(file));
        this.charset = charset;
        this.counting = new CountingInputStream(Files.newInputStream(file));
        counting.skipNBytes(bomLength);
        this.reader = new BufferedReader(new InputStreamReader(counting, decoder(charset)), 64 * 1024);
    }

    /** Opens {@code file} as CSV, having checked that it is text in an encoding we can tell. */
    static CsvRowSource open(Path file) throws IOException, ImportFileException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(8192);
        }
        if (head.length == 0) {
            throw new ImportFileException("fileEmpty");
        }
        if (startsWith(head, 0xFF, 0xFE)) {
            return new CsvRowSource(file, StandardCharsets.UTF_16LE, 2);
        }
        if (startsWith(head, 0xFE, 0xFF)) {
            return new CsvRowSource(file, StandardCharsets.UTF_16BE, 2);
        }
        if (!looksLikeText(head)) {
            throw new ImportFileException(415, "fileNotSpreadsheet");
        }
        int bom = startsWith(head, 0xEF, 0xBB, 0xBF) ? 3 : 0;
        if (decodesWholly(file, StandardCharsets.UTF_8, bom)) {
            return new CsvRowSource(file, StandardCharsets.UTF_8, bom);
        }
        if (bom == 0 && decodesWholly(file, GB18030, 0)) {
            return new CsvRowSource(file, GB18030, 0);
        }
        throw new ImportFileException("fileUnknownEncoding");
    }

    @Override
    public String charset() {
        return charset == GB18030 ? "GB18030" : charset.name();
    }

    @Override
    public double progress() {
        return Math.min(1.0, (double) counting.count() / size);
    }

    @Override
    public void read(Handler handler) throws ImportFileException {
        int number = 0;
        try {
            List<String> cells = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean quoted = false;
            boolean fieldQuoted = false;
            boolean firstLine = true;
            StringBuilder firstLineText = new StringBuilder();
            while (true) {
                int c = next();
                if (firstLine && c >= 0 && c != '\n' && c != '\r' && firstLineText.length() < 4096) {
                    firstLineText.append((char) c);
                }
                if (quoted) {
                    if (c < 0) {
                        throw new ImportFileException("csvUnclosedQuote", number + 1);
                    }
                    if (c == '"') {
                        int after = next();
                        if (after == '"') {
                            field.append('"');
                        } else {
                            quoted = false;
                            lookahead = after;
                        }
                    } else {
                        append(field, c, number + 1);
                    }
                    continue;
                }
                if (c == '"' && field.isEmpty() && !fieldQuoted) {
                    quoted = true;
                    fieldQuoted = true;
                } else if (c == separator || (firstLine && c == '\t' && separator == ',' && isTabSeparated(firstLineText))) {
                    if (c == '\t') {
                        separator = '\t';
                    }
                    addCell(cells, field, number + 1);
                    fieldQuoted = false;
                } else if (c == '\r' || c == '\n' || c < 0) {
                    if (c == '\r') {
                        int after = next();
                        if (after != '\n') {
                            lookahead = after;
                        }
                    }
                    if (c < 0 && cells.isEmpty() && field.isEmpty() && !fieldQuoted) {
                        return;
                    }
                    addCell(cells, field, number + 1);
                    fieldQuoted = false;
                    number++;
                    firstLine = false;
                    if (!handler.row(new SheetRow(number, List.copyOf(cells), new BitSet()))) {
                        return;
                    }
                    cells.clear();
                    if (c < 0) {
                        return;
                    }
                } else {
                    append(field, c, number + 1);
                }
            }
        } catch (CharacterCodingException e) {
            throw new ImportFileException("fileUnknownEncoding");
        } catch (IOException e) {
            throw new ImportFileException("fileMalformedAt", number + 1);
        }
    }

    /** A tab before any comma on the first line: the file is tab-separated. */
    private static boolean isTabSeparated(StringBuilder firstLine) {
        return firstLine.indexOf(",") < 0;
    }

    private int next() throws IOException {
        if (lookahead != -2) {
            int c = lookahead;
            lookahead = -2;
            return c;
        }
        return reader.read();
    }

    private static void append(StringBuilder field, int c, int row) throws ImportFileException {
        if (field.length() >= MAX_CELL) {
            throw new ImportFileException("csvCellTooLong", row);
        }
        field.append((char) c);
    }

    private static void addCell(List<String> cells, StringBuilder field, int row) throws ImportFileException {
        if (cells.size() >= MAX_CELLS) {
            throw new ImportFileException("fileTooManyColumns", row);
        }
        cells.add(field.toString());
        field.setLength(0);
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }

    private static CharsetDecoder decoder(Charset charset) {
        return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    /** Whether the whole file decodes in {@code charset} without a single malformed sequence. */
    private static boolean decodesWholly(Path file, Charset charset, int skip) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            in.skipNBytes(skip);
            Reader r = new InputStreamReader(in, decoder(charset));
            char[] buffer = new char[16 * 1024];
            while (r.read(buffer) >= 0) {
                // decoding is the check
            }
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** Text has no NUL bytes and hardly any other control characters (binary files have many). */
    private static boolean looksLikeText(byte[] head) {
        int control = 0;
        for (byte b : head) {
            int v = b & 0xFF;
            if (v == 0) {
                return false;
            }
            if (v < 0x20 && v != '\t' && v != '\n' && v != '\r' && v != 0x0C && v != 0x1A) {
                control++;
            }
        }
        return control * 100 <= head.length;
    }

    private static boolean startsWith(byte[] head, int... bytes) {
        if (head.length < bytes.length) {
            return false;
        }
        for (int i = 0; i < bytes.length; i++) {
            if ((head[i] & 0xFF) != bytes[i]) {
                return false;
            }
        }
        return true;
    }
}
