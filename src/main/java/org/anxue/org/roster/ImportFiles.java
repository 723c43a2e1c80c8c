package org.anxue.org.roster;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipFile;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Tells what an uploaded file is from its first bytes, not from its name: an .xlsx workbook (a
 * zip), a file in the old OLE2 container (an .xls workbook, or an .xlsx protected with a
 * password, which Excel stores encrypted inside OLE2), or text taken as CSV. PDFs, images, Word
 * files and the like are not spreadsheets.
 */
final class ImportFiles {

    /** The two formats imports read. */
    enum Format {
        XLSX, CSV
    }

    private ImportFiles() {
    }

    static Format formatOf(Path file) throws IOException, ImportFileException {
        if (Files.size(file) == 0) {
            throw new ImportFileException("fileEmpty");
        }
        FileMagic magic;
        try (InputStream in = FileMagic.prepareToCheckMagic(Files.newInputStream(file))) {
            magic = FileMagic.valueOf(in);
        }
        return switch (magic) {
            case OOXML -> checkWorkbookZip(file);
            case OLE2 -> throw ole2Problem(file);
            case BIFF2, BIFF3, BIFF4 -> throw new ImportFileException(415, "fileOldExcel");
            case UNKNOWN, XML, HTML -> Format.CSV;
            default -> throw new ImportFileException(415, "fileNotSpreadsheet");
        };
    }

    /**
     * A zip file is a workbook when it has the parts of one (a Word document or any other zip is
     * not); one whose directory cannot be read is damaged (for example cut off in transfer).
     */
    private static Format checkWorkbookZip(Path file) throws ImportFileException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            if (zip.getEntry("[Content_Types].xml") == null
                    || zip.stream().noneMatch(e -> e.getName().startsWith("xl/") && e.getName().endsWith(".xml"))) {
                throw new ImportFileException(415, "fileNotSpreadsheet");
            }
            return Format.XLSX;
        } catch (IOException e) {
            throw new ImportFileException("fileMalformed");
        }
    }

    /** Opens the rows of {@code file} in the given format. */
    static RowSource open(Path file, Format format) throws IOException, ImportFileException {
        return format == Format.XLSX ? XlsxRowSource.open(file) : CsvRowSource.open(file);
    }

    /** What an OLE2 file is: an encrypted (password-protected) workbook, an old .xls one, or something else. */
    private static ImportFileException ole2Problem(Path file) {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            DirectoryNode root = fs.getRoot();
            if (root.hasEntryCaseInsensitive("EncryptionInfo") || root.hasEntryCaseInsensitive("EncryptedPackage")) {
                return new ImportFileException("fileEncrypted");
            }
            if (root.hasEntryCaseInsensitive("Workbook") || root.hasEntryCaseInsensitive("Book")) {
                return new ImportFileException(415, "fileOldExcel");
            }
            return new ImportFileException(415, "fileNotSpreadsheet");
        } catch (IOException | RuntimeException e) {
            return new ImportFileException("fileMalformed");
        }
    }
}
