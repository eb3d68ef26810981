package vn.chiso.document;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.imageio.ImageIO;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Real Word, Excel, JPEG and PNG files are taken for what they are; a ZIP named like a Word file is not. */
class EvidenceTypeTests {

    @Test
    void aWordDocumentAnExcelWorkbookAPhotoAndAScreenshotAreAccepted() throws IOException {
        assertThat(accepted("bien-ban.docx", docx()).type()).isEqualTo(EvidenceType.DOCX);
        assertThat(accepted("so-lieu.xlsx", xlsx()).type()).isEqualTo(EvidenceType.XLSX);
        assertThat(accepted("hoi-nghi.jpg", image("jpg")).type()).isEqualTo(EvidenceType.JPEG);
        assertThat(accepted("hoi-nghi.jpeg", image("jpg")).type()).isEqualTo(EvidenceType.JPEG);
        assertThat(accepted("man-hinh.png", image("png")).type()).isEqualTo(EvidenceType.PNG);
        EvidenceFiles.Upload upload = accepted("bien-ban.docx", docx());
        assertThat(upload.fileName()).isEqualTo("bien-ban.docx");
        assertThat(upload.type().contentType())
                .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    }

    @Test
    void aPlainZipRenamedDocxIsRefused() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("bao-cao.txt"));
            zip.write("Không phải tài liệu Word".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        assertThat(EvidenceType.of(bytes.toByteArray())).isEmpty();
        EvidenceRejectedException refused = catchThrowableOfType(EvidenceRejectedException.class,
                () -> EvidenceFiles.check(7, new MockMultipartFile("evidence-7", "bao-cao.docx",
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document", bytes.toByteArray())));
        assertThat(refused.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.messageKey()).isEqualTo("report.evidence.type");
            assertThat(problem.fileName()).isEqualTo("bao-cao.docx");
            assertThat(problem.slot()).isEqualTo(7);
        });
    }

    @Test
    void aWorkbookNamedLikeAWordDocumentIsRefusedForItsName() throws IOException {
        EvidenceRejectedException refused = catchThrowableOfType(EvidenceRejectedException.class,
                () -> EvidenceFiles.check(1, new MockMultipartFile("evidence-1", "bien-ban.docx", null, xlsx())));
        assertThat(refused.problems()).singleElement()
                .satisfies(problem -> assertThat(problem.messageKey()).isEqualTo("report.evidence.nameMismatch"));
    }

    @Test
    void onlyTheLastPartOfAPathIsKeptAsTheName() {
        assertThat(EvidenceFiles.cleanName("..\\..\\bao cao.pdf")).isEqualTo("bao cao.pdf");
        assertThat(EvidenceFiles.cleanName("../x.pdf")).isEqualTo("x.pdf");
        assertThat(EvidenceFiles.cleanName("C:\\Users\\an\\Desktop\\bien-ban.pdf")).isEqualTo("bien-ban.pdf");
        assertThat(EvidenceFiles.cleanName("../")).isEqualTo("tai-lieu");
    }

    private static EvidenceFiles.Upload accepted(String name, byte[] content) {
        return EvidenceFiles.check(3, new MockMultipartFile("evidence-3", name, "application/octet-stream", content));
    }

    private static byte[] docx() throws IOException {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.createParagraph().createRun().setText("Biên bản họp giao ban");
            document.write(out);
            return out.toByteArray();
        }
    }

    private static byte[] xlsx() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.createSheet("Số liệu").createRow(0).createCell(0).setCellValue(42);
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static byte[] image(String format) throws IOException {
        BufferedImage image = new BufferedImage(16, 16, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        graphics.setColor(Color.RED);
        graphics.fillRect(0, 0, 8, 8);
        graphics.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(ImageIO.write(image, format, out)).as(format + " writer").isTrue();
        return out.toByteArray();
    }
}
