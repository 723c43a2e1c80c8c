package org.anxue.org.roster;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Rows of the first sheet of an .xlsx workbook, read with POI's event API: the sheet's XML is
 * parsed as a stream (SAX), so a 10,000-row sheet never becomes a workbook object in memory.
 * Only the shared strings (the distinct texts of the workbook) and the cell styles are held.
 * Numbers in date-formatted cells come out as 2024-03-01; other numbers as plain digits, marked
 * numeric (an ID number typed as a number has lost its last digits).
 */
final class XlsxRowSource implements RowSource {

    private final OPCPackage pkg;
    private final ReadOnlySharedStringsTable strings;
    private final StylesTable styles;
    private final XSSFReader.SheetIterator sheets;
    private volatile CountingInputStream counting;
    private volatile long sheetSize = -1;

    private XlsxRowSource(OPCPackage pkg) throws IOException, OpenXML4JException, SAXException {
        this.pkg = pkg;
        XSSFReader reader = new XSSFReader(pkg);
        this.strings = new ReadOnlySharedStringsTable(pkg, false);
        this.styles = stylesOf(reader);
        this.sheets = reader.getSheetIterator();
        if (!sheets.hasNext()) {
            throw new InvalidFormatException("no sheet");
        }
    }

    private static StylesTable stylesOf(XSSFReader reader) {
        try {
            return reader.getStylesTable();
        } catch (IOException | InvalidFormatException | RuntimeException e) {
            return null;
        }
    }

    /** Opens the workbook in {@code file}; a damaged or foreign zip file is refused. */
    static XlsxRowSource open(Path file) throws ImportFileException {
        OPCPackage pkg = null;
        try {
            pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
            return new XlsxRowSource(pkg);
        } catch (NotOfficeXmlFileException e) {
            revert(pkg);
            throw new ImportFileException(415, "fileNotSpreadsheet");
        } catch (IOException | OpenXML4JException | SAXException | RuntimeException e) {
            revert(pkg);
            throw new ImportFileException("fileMalformed");
        }
    }

    private static void revert(OPCPackage pkg) {
        if (pkg != null) {
            pkg.revert();
        }
    }

    /** Bytes of the sheet's XML read, of its uncompressed size. */
    @Override
    public double progress() {
        CountingInputStream c = counting;
        long size = sheetSize;
        if (c == null || size <= 0) {
            return 0;
        }
        return Math.min(1.0, (double) c.count() / size);
    }

    @Override
    public void read(Handler handler) throws ImportFileException {
        SheetHandler sheetHandler = new SheetHandler(handler);
        try (InputStream sheet = sheets.next()) {
            try {
                sheetSize = sheets.getSheetPart().getSize();
            } catch (RuntimeException e) {
                sheetSize = -1;
            }
            counting = new CountingInputStream(sheet);
            XMLReader xml = XMLHelper.newXMLReader();
            xml.setContentHandler(sheetHandler);
            xml.parse(new InputSource(counting));
        } catch (Stop stop) {
            if (stop.problem != null) {
                throw stop.problem;
            }
        } catch (SAXException | IOException | ParserConfigurationException | RuntimeException e) {
            throw new ImportFileException("fileMalformedAt", sheetHandler.rowNumber + 1);
        }
    }

    @Override
    public void close() {
        pkg.revert();
    }

    /** Ends the SAX parse early: the handler is done, or refused a row. */
    private static final class Stop extends SAXException {
        final ImportFileException problem;

        Stop(ImportFileException problem) {
            super("stop");
            this.problem = problem;
        }
    }

    /** The SAX handler of a sheet's XML: rows of cells, in order. */
    private final class SheetHandler extends DefaultHandler {

        private final Handler handler;
        int rowNumber;
        private List<String> cells = new ArrayList<>();
        private BitSet numeric = new BitSet();
        private int column;
        private String type;
        private int style;
        private final StringBuilder value = new StringBuilder();
        private final StringBuilder inline = new StringBuilder();
        private boolean inValue;
        private boolean inInlineText;

        SheetHandler(Handler handler) {
            this.handler = handler;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            switch (localName) {
                case "row" -> {
                    String r = attributes.getValue("r");
                    rowNumber = r == null ? rowNumber + 1 : Integer.parseInt(r);
                    cells = new ArrayList<>();
                    numeric = new BitSet();
                    column = -1;
                }
                case "c" -> {
                    String ref = attributes.getValue("r");
                    column = ref == null ? column + 1 : columnOf(ref);
                    type = attributes.getValue("t");
                    String s = attributes.getValue("s");
                    style = s == null ? -1 : Integer.parseInt(s);
                    value.setLength(0);
                    inline.setLength(0);
                }
                case "v" -> inValue = true;
                case "t" -> inInlineText = "inlineStr".equals(type);
                default -> {
                }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (inValue) {
                value.append(ch, start, length);
            } else if (inInlineText) {
                inline.append(ch, start, length);
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) throws SAXException {
            switch (localName) {
                case "v" -> inValue = false;
                case "t" -> inInlineText = false;
                case "c" -> {
                    if (column > CsvRowSource.MAX_CELLS) {
                        throw new Stop(new ImportFileException("fileTooManyColumns", rowNumber));
                    }
                    while (cells.size() < column) {
                        cells.add(null);
                    }
                    cells.add(cellText());
                }
                case "row" -> {
                    try {
                        if (!handler.row(new SheetRow(rowNumber, cells, numeric))) {
                            throw new Stop(null);
                        }
                    } catch (ImportFileException e) {
                        throw new Stop(e);
                    }
                }
                default -> {
                }
            }
        }

        private String cellText() {
            String v = value.toString();
            if (type == null || type.equals("n")) {
                if (v.isEmpty()) {
                    return null;
                }
                return number(v);
            }
            return switch (type) {
                case "s" -> v.isEmpty() ? null : strings.getItemAt(Integer.parseInt(v.strip())).getString();
                case "inlineStr" -> inline.toString();
                case "str" -> v;
                case "b" -> "1".equals(v) ? "TRUE" : "FALSE";
                case "e" -> "#" + v;
                case "d" -> v.length() >= 10 ? v.substring(0, 10) : v;
                default -> v;
            };
        }

        /** A number cell: a date when its format is one, else its plain digits, marked numeric. */
        private String number(String raw) {
            double d;
            try {
                d = Double.parseDouble(raw);
            } catch (NumberFormatException e) {
                return raw;
            }
            if (styles != null && style >= 0 && style < styles.getNumCellStyles()) {
                XSSFCellStyle cellStyle = styles.getStyleAt(style);
                if (cellStyle != null && DateUtil.isADateFormat(cellStyle.getDataFormat(), cellStyle.getDataFormatString())
                        && DateUtil.isValidExcelDate(d)) {
                    return DateUtil.getLocalDateTime(d).toLocalDate().toString();
                }
            }
            numeric.set(column);
            BigDecimal exact = new BigDecimal(raw);
            return exact.stripTrailingZeros().scale() <= 0 ? exact.toBigInteger().toString() : exact.toPlainString();
        }
    }

    /** The 0-based column of a cell reference: A1 → 0, AB12 → 27. */
    static int columnOf(String ref) {
        int column = 0;
        for (int i = 0; i < ref.length(); i++) {
            char c = ref.charAt(i);
            if (c < 'A' || c > 'Z') {
                break;
            }
            column = column * 26 + (c - 'A' + 1);
        }
        return column - 1;
    }
}
