package vn.chiso.shared.table;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Files are read by their content: what a sheet shows, or UTF-8 text with commas or semicolons. */
class TableReaderTests {

    @Test
    void aSheetIsReadAsItShowsPercentagesIncluded() throws Exception {
        byte[] xlsx;
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet();
            Row header = sheet.createRow(0);
            header.createCell(0).setCellValue("province");
            header.createCell(1).setCellValue("SIPAS");
            header.createCell(2).setCellValue("PAPI");
            Row row = sheet.createRow(1);
            row.createCell(0).setCellValue("Khánh Hòa");
            CellStyle percent = workbook.createCellStyle();
            percent.setDataFormat(workbook.createDataFormat().getFormat("0.00%"));
            row.createCell(1).setCellValue(0.8277);
            row.getCell(1).setCellStyle(percent);
            row.createCell(2).setCellValue(43.4369);
            workbook.write(out);
            xlsx = out.toByteArray();
        }

        Table table = TableReader.read(xlsx);

        assertThat(table.header()).containsExactly("province", "SIPAS", "PAPI");
        assertThat(table.lines().get(0).cells()).containsExactly("Khánh Hòa", "82.77", "43.4369");
    }

    @Test
    void textIsSplitOnTheSeparatorItUsesMost() throws Exception {
        Table semicolons = TableReader.read("province;PAPI\nKhánh Hòa;43,44\n".getBytes(StandardCharsets.UTF_8));
        Table commas = TableReader.read("province,PAPI\nKhánh Hòa,43.44\n".getBytes(StandardCharsets.UTF_8));

        assertThat(semicolons.lines().get(0).cells()).containsExactly("Khánh Hòa", "43,44");
        assertThat(commas.lines().get(0).cells()).containsExactly("Khánh Hòa", "43.44");
    }

    @Test
    void aProgramIsRefusedWhateverItsName() {
        byte[] program = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0};

        assertThatThrownBy(() -> TableReader.read(program)).isInstanceOf(UnreadableFileException.class);
    }

    @Test
    void anEmptyFileIsRefused() throws IOException {
        assertThatThrownBy(() -> TableReader.read(new byte[0])).isInstanceOf(UnreadableFileException.class);
    }
}
