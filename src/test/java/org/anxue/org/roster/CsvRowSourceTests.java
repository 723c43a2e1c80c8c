package org.anxue.org.roster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The CSV reader on its own: quoting, line ends, separators, encodings. */
class CsvRowSourceTests {

    private final List<Path> files = new ArrayList<>();

    @AfterEach
    void deleteFiles() throws Exception {
        for (Path file : files) {
            Files.deleteIfExists(file);
        }
    }

    private List<List<String>> read(byte[] content) throws Exception {
        Path file = Files.createTempFile("csv", ".csv");
        files.add(file);
        Files.write(file, content);
        List<List<String>> rows = new ArrayList<>();
        try (CsvRowSource source = CsvRowSource.open(file)) {
            source.read(row -> rows.add(row.cells()));
            assertEquals(1.0, source.progress());
        }
        return rows;
    }

    private String charsetOf(byte[] content) throws Exception {
        Path file = Files.createTempFile("csv", ".csv");
        files.add(file);
        Files.write(file, content);
        try (CsvRowSource source = CsvRowSource.open(file)) {
            return source.charset();
        }
    }

    @Test
    void shouldReadQuotedFieldsWithCommasQuotesAndLineBreaks() throws Exception {
        String text = "姓名,备注\r\n\"张,三\",\"他说\"\"好\"\"\"\r\n李四,\"两\r\n行\"\r\n";

        assertEquals(List.of(List.of("姓名", "备注"), List.of("张,三", "他说\"好\""), List.of("李四", "两\r\n行")),
                read(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void shouldTakeLfCrAndAMissingLastLineEndAlike() throws Exception {
        assertEquals(List.of(List.of("a", "b"), List.of("c", "")), read("a,b\nc,".getBytes(StandardCharsets.UTF_8)));
        assertEquals(List.of(List.of("a"), List.of("b")), read("a\rb\r".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void shouldReadTabSeparatedFiles() throws Exception {
        assertEquals(List.of(List.of("姓名", "身份证号"), List.of("王五", "x,y")),
                read("姓名\t身份证号\n王五\tx,y\n".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void shouldTellUtf8WithAndWithoutBomFromGbk() throws Exception {
        byte[] utf8 = "姓名\n张三\n".getBytes(StandardCharsets.UTF_8);
        byte[] bom = new byte[utf8.length + 3];
        bom[0] = (byte) 0xEF;
        bom[1] = (byte) 0xBB;
        bom[2] = (byte) 0xBF;
        System.arraycopy(utf8, 0, bom, 3, utf8.length);
        byte[] gbk = "姓名\n张三\n".getBytes(Charset.forName("GBK"));

        assertEquals("UTF-8", charsetOf(utf8));
        assertEquals("UTF-8", charsetOf(bom));
        assertEquals(List.of(List.of("姓名"), List.of("张三")), read(bom));
        assertEquals("GB18030", charsetOf(gbk));
        assertEquals(List.of(List.of("姓名"), List.of("张三")), read(gbk));
    }

    @Test
    void shouldRefuseAnUnclosedQuoteAndBinaryFiles() {
        ImportFileException unclosed = assertThrows(ImportFileException.class,
                () -> read("a,b\n\"never closed,x\n".getBytes(StandardCharsets.UTF_8)));
        assertEquals("csvUnclosedQuote", unclosed.key());
        assertEquals(List.of("2"), unclosed.args());
        ImportFileException binary = assertThrows(ImportFileException.class, () -> read(new byte[] {'a', 0, 'b', 0}));
        assertEquals("fileNotSpreadsheet", binary.key());
    }
}
