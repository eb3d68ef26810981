package vn.chiso.document;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * The kinds of evidence a report accepts, recognised from the first bytes of the content, never from the name:
 * a file called "bao-cao.pdf" that is a program is refused.
 */
public enum EvidenceType {
    PDF("application/pdf", "pdf"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    JPEG("image/jpeg", "jpg", "jpeg"),
    PNG("image/png", "png");

    private static final byte[] PDF_MAGIC = {'%', 'P', 'D', 'F', '-'};
    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final byte[] JPEG_MAGIC = {(byte) 0xff, (byte) 0xd8, (byte) 0xff};
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};

    private final String contentType;
    private final String[] extensions;

    EvidenceType(String contentType, String... extensions) {
        this.contentType = contentType;
        this.extensions = extensions;
    }

    public String contentType() {
        return contentType;
    }

    public String label() {
        return extensions[0].toUpperCase(Locale.ROOT);
    }

    /** Whether a file name's extension says this type (a name without an extension says nothing). */
    public boolean matchesName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        if (dot < 0) {
            return true;
        }
        String extension = fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        return Arrays.asList(extensions).contains(extension);
    }

    /**
     * The type of a file's content. Word and Excel files are ZIP packages: only their table of contents is read
     * (through a temporary file), so a compressed bomb is never inflated.
     */
    public static Optional<EvidenceType> of(byte[] content) {
        if (startsWith(content, PDF_MAGIC)) {
            return Optional.of(PDF);
        }
        if (startsWith(content, PNG_MAGIC)) {
            return Optional.of(PNG);
        }
        if (startsWith(content, JPEG_MAGIC)) {
            return Optional.of(JPEG);
        }
        return startsWith(content, ZIP_MAGIC) ? officePackage(content) : Optional.empty();
    }

    private static Optional<EvidenceType> officePackage(byte[] content) {
        Path file = null;
        try {
            file = Files.createTempFile("evidence", ".zip");
            Files.write(file, content);
            try (ZipFile zip = new ZipFile(file.toFile())) {
                if (zip.getEntry("[Content_Types].xml") == null) {
                    return Optional.empty();
                }
                if (zip.getEntry("word/document.xml") != null) {
                    return Optional.of(DOCX);
                }
                return zip.getEntry("xl/workbook.xml") != null ? Optional.of(XLSX) : Optional.empty();
            }
        } catch (ZipException broken) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (file != null) {
                file.toFile().delete();
            }
        }
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        return content.length >= magic.length && Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
    }
}
