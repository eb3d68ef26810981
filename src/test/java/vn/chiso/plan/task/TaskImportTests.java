package vn.chiso.plan.task;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.chiso.ChisoTest;
import vn.chiso.plan.PlanFixtures;
import vn.chiso.plan.PlanView;
import vn.chiso.shared.RuleViolationException;
import vn.chiso.unit.UnitKind;
import vn.chiso.unit.UnitService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/** A plan's tasks imported from a spreadsheet, line by line, with the demo's units of Khánh Hòa. */
@ChisoTest
class TaskImportTests {

    @Autowired
    TaskImports imports;

    @Autowired
    TaskService tasks;

    @Autowired
    PlanFixtures fixtures;

    @Autowired
    UnitService units;

    @Test
    void aTaskFileAddsItsTasksOnePerUnitForCollectiveLeads() {
        PlanView plan = fixtures.plan(2023, 2023, "PAPI");
        String csv = """
                Mục;Nhiệm vụ;Chủ trì;Phối hợp;Thời hạn;Sản phẩm;Chỉ số
                II.2.a;Tổ chức hội nghị triển khai;Sở Nội vụ;Văn phòng UBND tỉnh;30/6/2023;Hội nghị;PAPI
                II.2.b;Tuyên truyền kết quả PAPI;UBND các huyện, thị xã, thành phố;;;;PAPI.D2
                II.2.c;Thông tin, tuyên truyền;bao khanh hoa;"Đài PT-TH Khánh Hòa; Sở Nội vụ";;;
                """;
        UUID id = imports.upload(plan, "nhiem-vu.csv", csv.getBytes(StandardCharsets.UTF_8), "tester");
        TaskImportPreview preview = imports.preview(plan, id);
        assertThat(preview.problems()).isEmpty();
        assertThat(preview.rows()).hasSize(3);

        // Other tests may add districts to the shared database: the collective lead covers every active one.
        int districts = units.search(null, UnitKind.DISTRICT, false).size();
        assertThat(districts).isGreaterThanOrEqualTo(9);
        assertThat(imports.confirm(plan, id)).as("one task per lead").isEqualTo(1 + districts + 1);
        assertThat(tasks.of(plan.id())).filteredOn(task -> task.section().equals("II.2.b")).hasSize(districts)
                .allSatisfy(task -> assertThat(task.indicatorCodes()).containsExactly("PAPI.D2"));
        TaskView conference = tasks.of(plan.id()).get(0);
        assertThat(conference.section()).isEqualTo("II.2.a");
        assertThat(conference.lead().code()).isEqualTo("SNV");
        assertThat(conference.coordinating()).extracting(unit -> unit.code()).containsExactly("VPUBND");
        assertThat(conference.deadline()).isEqualTo(LocalDate.of(2023, 6, 30));
        assertThat(tasks.groupsOf(plan.id())).extracting(TaskGroup::section).containsExactly("II.2.a", "II.2.b", "II.2.c");
        assertThat(tasks.of(plan.id())).filteredOn(task -> task.section().equals("II.2.c")).singleElement()
                .satisfies(task -> {
                    assertThat(task.lead().code()).isEqualTo("BAOKH");
                    assertThat(task.coordinating()).extracting(unit -> unit.code()).containsExactlyInAnyOrder("PTTH", "SNV");
                });
    }

    /** A workbook as a coordinator saves it from Excel: a real date cell, and texts with line breaks in their cells. */
    @Test
    void anXlsxFileAddsItsTasksWithTheirLinesAndDates() throws IOException {
        PlanView plan = fixtures.plan(2023, 2023, "PAPI");
        String points = "Chỉ đạo UBND các xã, phường, thị trấn xây dựng kế hoạch cụ thể:\n"
                + "+ Quán triệt các nội dung chỉ đạo của UBND tỉnh.\n+ Công khai các khoản thu, chi ngân sách cấp xã.";
        byte[] workbook;
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("Nhiệm vụ");
            row(sheet, 0, "Mục", "Nhiệm vụ", "Chủ trì", "Phối hợp", "Thời hạn", "Sản phẩm", "Chỉ số");
            row(sheet, 1, "II.2.a", "Tổ chức hội nghị triển khai", "Sở Nội vụ", "Văn phòng UBND tỉnh\nSở Tài chính",
                    null, "Hội nghị", "PAPI");
            CellStyle date = book.createCellStyle();
            date.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
            Cell deadline = sheet.getRow(1).createCell(4);
            deadline.setCellValue(LocalDate.of(2023, 6, 30));
            deadline.setCellStyle(date);
            row(sheet, 2, "II.1.c", points, "SNV", "", "29/9/2023", "", "PAPI.D2, PAPI.D3");
            book.write(out);
            workbook = out.toByteArray();
        }
        UUID id = imports.upload(plan, "nhiem-vu.xlsx", workbook, "tester");
        TaskImportPreview preview = imports.preview(plan, id);
        assertThat(preview.problems()).isEmpty();
        assertThat(imports.confirm(plan, id)).isEqualTo(2);

        List<TaskView> added = tasks.of(plan.id());
        assertThat(added).extracting(TaskView::section).containsExactly("II.1.c", "II.2.a");
        TaskView guidance = added.get(0);
        assertThat(guidance.text()).isEqualTo(points);
        assertThat(guidance.deadline()).isEqualTo(LocalDate.of(2023, 9, 29));
        assertThat(guidance.indicatorCodes()).containsExactly("PAPI.D2", "PAPI.D3");
        TaskView conference = added.get(1);
        assertThat(conference.deadline()).isEqualTo(LocalDate.of(2023, 6, 30));
        assertThat(conference.lead().code()).isEqualTo("SNV");
        assertThat(conference.coordinating()).extracting(unit -> unit.code()).containsExactlyInAnyOrder("VPUBND", "STC");
        assertThat(conference.expectedOutput()).isEqualTo("Hội nghị");
    }

    @Test
    void everyProblemIsReportedWithItsLineAndColumnAndNothingIsSaved() {
        PlanView plan = fixtures.plan(2023, 2023, "PAPI");
        String csv = """
                section,text,lead,coordinating,deadline,indicators
                II.1.a,Quán triệt,Sở Không Có,,,
                II.1.b,Hướng dẫn,,,,
                II.1.c,Kiểm tra,Sở Tài chính,,31/12/2024,
                II.1.d,Giám sát,Sở Tư pháp,,30-06-2023,PCI.S1
                ,Thiếu mục,Sở Nội vụ,,,
                """;
        UUID id = imports.upload(plan, "sai.csv", csv.getBytes(StandardCharsets.UTF_8), "tester");
        TaskImportPreview preview = imports.preview(plan, id);
        assertThat(preview.problems()).extracting(TaskImportProblem::line, TaskImportProblem::column,
                TaskImportProblem::messageKey).containsExactly(
                tuple(2, "C", "task.import.unit.unknown"),
                tuple(3, "C", "task.import.lead.missing"),
                tuple(4, "E", "task.deadline.outsidePlan"),
                tuple(5, "E", "task.import.deadline.invalid"),
                tuple(5, "F", "task.import.indicator.unknown"),
                tuple(6, "A", "task.import.section"));
        assertThatThrownBy(() -> imports.confirm(plan, id)).isInstanceOf(RuleViolationException.class);
        assertThat(tasks.of(plan.id())).isEmpty();
    }

    @Test
    void aDayThatDoesNotExistIsRefusedAsTheTaskFormRefusesItNotMovedToTheEndOfTheMonth() {
        PlanView plan = fixtures.plan(2023, 2023, "PAPI");
        String csv = """
                section,text,lead,coordinating,deadline,indicators
                II.1.a,Quán triệt,Sở Tư pháp,,31/2/2023,
                II.1.b,Hướng dẫn,Sở Tư pháp,,28/2/2023,
                """;
        UUID id = imports.upload(plan, "ngay.csv", csv.getBytes(StandardCharsets.UTF_8), "tester");

        assertThat(imports.preview(plan, id).problems()).extracting(TaskImportProblem::line, TaskImportProblem::column,
                TaskImportProblem::messageKey).containsExactly(tuple(2, "E", "task.import.deadline.invalid"));
    }

    @Test
    void aFileWithoutTheRequiredColumnsSaysWhichAreMissing() {
        PlanView plan = fixtures.plan(2023, 2023, "PAPI");
        UUID id = imports.upload(plan, "x.csv", "mục,ghi chú\nII.1,x\n".getBytes(StandardCharsets.UTF_8), "tester");
        assertThat(imports.preview(plan, id).problems()).extracting(TaskImportProblem::messageKey)
                .containsExactlyInAnyOrder("task.import.header.unknown", "task.import.header.missing.text",
                        "task.import.header.missing.lead");
    }

    private static void row(Sheet sheet, int index, String... cells) {
        Row row = sheet.createRow(index);
        for (int i = 0; i < cells.length; i++) {
            if (cells[i] != null) {
                row.createCell(i).setCellValue(cells[i]);
            }
        }
    }
}
