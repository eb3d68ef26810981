package vn.chiso.report.demo;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.chiso.plan.PlanService;
import vn.chiso.plan.PlanView;
import vn.chiso.plan.period.ReportingPeriodView;
import vn.chiso.plan.period.ReportingPeriods;
import vn.chiso.report.EntryStatus;
import vn.chiso.report.EntryView;
import vn.chiso.report.ProgressReports;
import vn.chiso.report.ReportEditing;
import vn.chiso.report.ReportForm;
import vn.chiso.report.ReportReview;
import vn.chiso.report.ReportView;
import vn.chiso.document.EvidenceFiles;
import vn.chiso.document.EvidenceType;
import vn.chiso.shared.DemoCalendar;
import vn.chiso.shared.DemoData;
import vn.chiso.shared.DemoPdf;
import vn.chiso.unit.UnitService;
import vn.chiso.unit.UnitView;
import vn.chiso.user.CurrentUser;
import vn.chiso.user.Role;

/**
 * Reports in every state, written through the same services as the officers' and coordinators' pages and then dated
 * back to when they would have been sent. For 6025/KH-UBND (due 29/9/2023): the Department of Finance's report built
 * from seed 000 (accepted; the seed leaves its number and day blank, so the demo fills them in), the Department of
 * Justice's returned with a comment, Nha Trang's still a draft, Cam Ranh's sent late and awaiting review, and the
 * other bodies' missing. For the PAR INDEX plan 152/KH-UBND, placed around the day the demo is built, the departments'
 * past half-yearly and yearly reports, mostly on time, so that each unit has a record over the periods, and a one-off
 * report due ten days ago (on time, late and missing) and one due in five days (a draft).
 */
@Component
@DemoData
@Order(DemoData.REPORTS)
class DemoReports implements ApplicationRunner {

    /** The departments that report on 152/KH-UBND, with their officers. */
    private static final String[][] DEPARTMENTS = {{"SNV", "Trần Thị Thu Hà"}, {"STC", "Lê Văn Thông"},
            {"STP", "Phạm Minh Tuấn"}, {"VPUBND", "Đặng Quốc Bảo"}};

    private final PlanService plans;
    private final ReportingPeriods periods;
    private final ProgressReports reports;
    private final ReportEditing editing;
    private final ReportReview review;
    private final UnitService units;
    private final JdbcTemplate jdbc;
    private final ZoneId zone;
    private final DemoCalendar calendar;

    DemoReports(PlanService plans, ReportingPeriods periods, ProgressReports reports, ReportEditing editing,
            ReportReview review, UnitService units, JdbcTemplate jdbc, @Value("${chiso.time-zone}") ZoneId zone,
            DemoCalendar calendar) {
        this.plans = plans;
        this.periods = periods;
        this.reports = reports;
        this.editing = editing;
        this.review = review;
        this.units = units;
        this.jdbc = jdbc;
        this.zone = zone;
        this.calendar = calendar;
    }

    @Override
    public void run(ApplicationArguments args) {
        Integer existing = jdbc.queryForObject("select count(*) from progress_report", Integer.class);
        if (existing == null || existing > 0) {
            return;
        }
        plan("6025/KH-UBND").ifPresent(this::papi2023);
        plan("152/KH-UBND").ifPresent(this::parIndexRecord);
    }

    private void papi2023(PlanView plan) {
        ReportingPeriodView period = periods.periods(plan.id()).get(0);
        CurrentUser coordinator = person("Trần Thị Thu Hà", Role.COORDINATOR, "SNV");

        CurrentUser finance = person("Lê Văn Thông", Role.OFFICER, "STC");
        long stc = write(period, finance, "3215/STC-VP", "27/9/2023", List.of(
                done("Sở Tài chính đã chủ động xây dựng và ban hành Kế hoạch số 2603/KH-STC ngày 08/07/2022 triển khai"
                        + " các giải pháp nâng cao chỉ số cải cách hành chính, chỉ số hiệu quả quản trị và hành chính công"
                        + " theo phân công lĩnh vực quản lý; trong đó phân công cụ thể trách nhiệm của các phòng thuộc Sở."
                        + " Trên cơ sở Công văn số 81/UBND-KSTT ngày 05/01/2022, Sở đã tổ chức phổ biến, quán triệt đến"
                        + " toàn thể công chức và người lao động bằng nhiều hình thức: buổi phổ biến tập trung tại Hội"
                        + " trường Sở với hơn 50 cán bộ công chức tham dự; tuyên truyền qua Hệ thống Quản lý văn bản"
                        + " (E-Office); lồng ghép trong các cuộc họp giao ban hàng tuần và các cuộc họp Ban chỉ đạo cải cách"
                        + " hành chính hàng tháng của Sở.", null),
                done("Trên cơ sở khung nhiệm vụ tại Quyết định số 3012/QĐ-UBND ngày 07/11/2022, Sở Tài chính đã ban"
                        + " hành Kế hoạch số 4716/KH-STC ngày 17/11/2022 về giải pháp cải thiện và nâng cao Chỉ số PARI,"
                        + " SIPAS, PCI, PAPI của tỉnh năm 2022 và những năm tiếp theo; Kế hoạch đã được gửi đến các phòng"
                        + " để chủ động triển khai và quán triệt tại buổi tuyên truyền định kỳ hàng tuần.", null),
                done("Lồng ghép nâng cao nhận thức, trách nhiệm của người đứng đầu và cấp phó của người đứng đầu các"
                        + " phòng trong các cuộc họp chuyên đề của các phòng chuyên môn.",
                        "Nội dung lồng ghép trong các cuộc họp chuyên đề; biên bản họp lưu tại Văn phòng Sở."),
                done("Trên cơ sở Báo cáo số 1299/BC-SNV ngày 04/05/2023 của Sở Nội vụ, các chỉ tiêu, chỉ tiêu thành"
                        + " phần thuộc lĩnh vực quản lý của Sở Tài chính đều thuộc nhóm tăng điểm; Sở đã có Báo cáo số"
                        + " 2303/STC-VP ngày 31/05/2023 về triển khai các giải pháp cải thiện Chỉ số PAPI năm 2023.",
                        "Báo cáo số 2303/STC-VP đã gửi Sở Nội vụ qua hệ thống E-Office."),
                done("Tổ chức lồng ghép hướng dẫn chuyên môn nghiệp vụ, các giải pháp nâng cao các chỉ số \"Đóng góp tự"
                        + " nguyện\" và \"Công khai thu, chi ngân sách cấp xã/phường\" qua buổi giao ban với phòng Tài chính"
                        + " - Kế hoạch các huyện tổ chức tại Sở ngày 09/6/2023.", null),
                progress(50, "Lồng ghép nội dung kiểm tra việc thực hiện giải pháp cải thiện Chỉ số PAPI vào kế hoạch"
                        + " kiểm tra chuyên ngành tài chính năm 2023.")),
                Map.of(0, "Ke-hoach-2603-KH-STC.docx", 1, "Ke-hoach-4716-KH-STC.docx", 4,
                        "Thong-bao-giao-ban-09-6-2023.docx"));
        sign(stc, finance, "báo cáo kết quả thực hiện cải thiện và nâng cao Chỉ số Hiệu quả Quản trị và hành chính công"
                + " tỉnh Khánh Hoà", "GIÁM ĐỐC", "Vĩnh Thông", "Như trên;\nLưu: VT, VP.", "3215-STC-VP.pdf");
        editing.submit(stc, finance);
        review.accept(stc, coordinator);
        backdate(stc, LocalDateTime.of(2023, 9, 27, 10, 15), LocalDateTime.of(2023, 10, 2, 9, 0), true);

        CurrentUser justice = person("Phạm Minh Tuấn", Role.OFFICER, "STP");
        long stp = write(period, justice, "1876/STP-VP", "28/9/2023", List.of(
                done("Đã quán triệt Văn bản số 81/UBND-KSTT và số 4573/UBND-KSTT tại cuộc họp giao ban tháng 7/2023.",
                        "Biên bản cuộc họp sẽ gửi bổ sung."),
                progress(60, "Đang phổ biến Quyết định số 3012/QĐ-UBND đến các phòng, đơn vị thuộc Sở."),
                done(null, "Đã thực hiện; kết quả đang tổng hợp.")), Map.of());
        editing.submit(stp, justice);
        review.returnToUnit(stp, "Đề nghị Sở Tư pháp ghi rõ kết quả thực hiện và bổ sung tài liệu kiểm chứng"
                + " (văn bản hướng dẫn, kế hoạch kiểm tra) cho các nhiệm vụ đã báo cáo hoàn thành.", coordinator);
        backdate(stp, LocalDateTime.of(2023, 9, 28, 16, 40), LocalDateTime.of(2023, 10, 3, 8, 30), true);

        write(period, person("Nguyễn Thị Lan", Role.OFFICER, "NHATRANG"), null, null, List.of(
                progress(40, "UBND thành phố đã ban hành văn bản chỉ đạo các phường, xã triển khai Kế hoạch.")), Map.of());

        CurrentUser camRanh = person("Võ Văn Hùng", Role.OFFICER, "CAMRANH");
        long late = write(period, camRanh, "2291/UBND-NV", "5/10/2023", List.of(
                done("Đã tổ chức quán triệt Kế hoạch số 6025/KH-UBND đến các phòng, ban và UBND các xã, phường.",
                        "Văn bản quán triệt lưu tại Văn phòng HĐND và UBND thành phố."),
                progress(70, "Đang rà soát các chỉ tiêu thành phần giảm điểm để đề ra giải pháp khắc phục.")), Map.of());
        editing.submit(late, camRanh);
        backdate(late, LocalDateTime.of(2023, 10, 5, 14, 5), null, false);
    }

    /**
     * 152/KH-UBND: the departments' reports for every half-year and year whose deadline has passed (the Office misses
     * every third, Justice is late every fourth), then the two one-off reports the People's Committee asks for.
     */
    private void parIndexRecord(PlanView plan) {
        CurrentUser coordinator = person("Trần Thị Thu Hà", Role.COORDINATOR, "SNV");
        LocalDate today = calendar.today();
        List<ReportingPeriodView> all = periods.periods(plan.id());
        List<ReportingPeriodView> past = all.stream()
                .filter(period -> period.coveredYear() != null && period.deadline().isBefore(today)).toList();
        for (int p = 0; p < past.size(); p++) {
            ReportingPeriodView period = past.get(p);
            for (int d = 0; d < DEPARTMENTS.length; d++) {
                // a fixed pattern: the Office misses every third period and Justice is late every fourth
                boolean late = d == 2 && p % 4 == 3;
                LocalDateTime sent = late ? period.deadline().plusDays(6).atTime(9, 30)
                        : period.deadline().minusDays(2).atTime(15, 0);
                if (d == 3 && p % 3 == 2 || !sent.toLocalDate().isBefore(today)) {
                    continue;
                }
                CurrentUser officer = officer(d);
                long id = write(period, officer, (1200 + p * 37 + d) + "/" + DEPARTMENTS[d][0], null,
                        List.of(progress(50 + p * 5, "Tiếp tục triển khai các nhiệm vụ cải cách hành chính được giao"
                                + " trong " + period.label().toLowerCase() + ".")), Map.of());
                send(id, officer, sent, late, coordinator);
            }
        }
        oneOff(all, calendar.pastOneOffDeadline()).ifPresent(period -> pastOneOff(period, coordinator));
        oneOff(all, calendar.comingOneOffDeadline()).ifPresent(period -> write(period, officer(2), null, null,
                List.of(progress(30, "Đang tổng hợp kết quả rà soát văn bản quy phạm pháp luật để báo cáo Hội nghị.")),
                Map.of()));
    }

    /**
     * Due ten days ago: Home Affairs and Finance sent it on time and it was accepted, Justice sent it four days ago,
     * late, and it waits for review; the Office sent nothing.
     */
    private void pastOneOff(ReportingPeriodView period, CurrentUser coordinator) {
        LocalDate deadline = period.deadline();
        List<LocalDateTime> sent = List.of(deadline.minusDays(1).atTime(10, 0), deadline.minusDays(2).atTime(15, 20),
                calendar.daysAgo(4).atTime(9, 30));
        List<String> done = List.of("Đã chủ trì rà soát, tổng hợp các tiêu chí thành phần bị trừ điểm và tham mưu UBND"
                + " tỉnh giải pháp khắc phục.", "Đã rà soát các nội dung công khai ngân sách còn hạn chế; hoàn thành"
                + " công khai quyết toán ngân sách trên Cổng thông tin điện tử của Sở.", "Đã rà soát, đề xuất sửa đổi"
                + " 03 văn bản quy phạm pháp luật của tỉnh chưa phù hợp.");
        for (int d = 0; d < 3; d++) {
            CurrentUser officer = officer(d);
            long id = write(period, officer, (2400 + d * 13) + "/" + DEPARTMENTS[d][0], null,
                    List.of(progress(80, done.get(d))), Map.of());
            send(id, officer, sent.get(d), d == 2, coordinator);
        }
    }

    /** Submits a report as sent at a past moment and accepts it five days later, unless that day has not come. */
    private void send(long id, CurrentUser officer, LocalDateTime sent, boolean late, CurrentUser coordinator) {
        jdbc.update("update progress_report set document_date = ? where id = ?", sent.toLocalDate(), id);
        editing.submit(id, officer);
        LocalDateTime reviewed = sent.plusDays(5);
        boolean accepted = reviewed.toLocalDate().isBefore(calendar.today());
        if (accepted) {
            review.accept(id, coordinator);
        }
        backdate(id, sent, accepted ? reviewed : null, !late);
    }

    private static Optional<ReportingPeriodView> oneOff(List<ReportingPeriodView> periods, LocalDate deadline) {
        return periods.stream().filter(period -> period.coveredYear() == null && period.deadline().equals(deadline))
                .findFirst();
    }

    /** Opens a unit's report for the period and saves its header, its entries in order, and evidence files. */
    private long write(ReportingPeriodView period, CurrentUser officer, String number, String date,
            List<ReportForm.EntryForm> texts, Map<Integer, String> files) {
        long id = editing.open(period.id(), officer);
        ReportView report = reports.get(id);
        List<ReportForm.EntryForm> entries = new ArrayList<>();
        List<EvidenceFiles.Upload> evidence = new ArrayList<>();
        for (int i = 0; i < report.entries().size(); i++) {
            EntryView entry = report.entries().get(i);
            ReportForm.EntryForm text = i < texts.size() ? texts.get(i) : null;
            entries.add(text == null ? new ReportForm.EntryForm(entry.task().id(), EntryStatus.NOT_STARTED, null, "",
                    null) : new ReportForm.EntryForm(entry.task().id(), text.status(), text.done(), text.percent(),
                    text.explanation()));
            if (files.containsKey(i)) {
                evidence.add(new EvidenceFiles.Upload(entry.task().id(), files.get(i), EvidenceType.DOCX,
                        document(files.get(i))));
            }
        }
        editing.save(id, new ReportForm(number, date, null, report.header().version(), entries, List.of()), evidence,
                officer);
        return id;
    }

    /** The document as the unit signed it (seed 000): subject, signer, Nơi nhận and the signed PDF. */
    private void sign(long id, CurrentUser officer, String subject, String signerTitle, String signerName,
            String recipients, String fileName) {
        ReportForm typed = ReportForm.of(reports.get(id));
        ReportForm signed = new ReportForm(typed.documentNumber(), typed.documentDate(), subject, typed.addressee(),
                signerTitle, signerName, recipients, typed.version(), typed.entries(), List.of(), false);
        editing.save(id, signed, List.of(), new EvidenceFiles.Upload(0, fileName, EvidenceType.PDF,
                DemoPdf.page("SO TAI CHINH TINH KHANH HOA", "BAO CAO SO 3215/STC-VP", "Ban da ky (minh hoa cua du lieu"
                        + " mau).")), officer);
    }

    private void backdate(long reportId, LocalDateTime submitted, LocalDateTime reviewed, boolean onTime) {
        Timestamp sent = Timestamp.from(submitted.atZone(zone).toInstant());
        Timestamp seen = reviewed == null ? null : Timestamp.from(reviewed.atZone(zone).toInstant());
        jdbc.update("""
                update progress_report set first_submitted_at = ?, submitted_at = ?, on_time = ?, updated_at = ?,
                    reviewed_at = case when reviewed_at is null then null else cast(? as timestamptz) end where id = ?
                """, sent, sent, onTime, sent, seen, reportId);
        jdbc.update("update evidence set uploaded_at = ? where report_id = ?", sent, reportId);
        jdbc.update("update report_version set at = case when event in ('SAVED', 'SUBMITTED') then cast(? as timestamptz)"
                + " else cast(? as timestamptz) end where report_id = ?", sent, seen == null ? sent : seen, reportId);
    }

    private static ReportForm.EntryForm done(String text, String explanation) {
        return new ReportForm.EntryForm(null, EntryStatus.DONE, text, "100", explanation);
    }

    private static ReportForm.EntryForm progress(int percent, String text) {
        return new ReportForm.EntryForm(null, EntryStatus.IN_PROGRESS, text, String.valueOf(percent), null);
    }

    /** A real Word file standing for a document the report refers to. */
    private static byte[] document(String name) {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.createParagraph().createRun().setText("SỞ TÀI CHÍNH TỈNH KHÁNH HÒA");
            document.createParagraph().createRun().setText("Tài liệu kiểm chứng (bản minh họa của dữ liệu mẫu): "
                    + name.replace(".docx", "").replace('-', ' '));
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The officer of one of 152/KH-UBND's departments, by its place in {@link #DEPARTMENTS}. */
    private CurrentUser officer(int department) {
        return person(DEPARTMENTS[department][1], Role.OFFICER, DEPARTMENTS[department][0]);
    }

    private CurrentUser person(String name, Role role, String unitCode) {
        UnitView unit = units.findByCode(unitCode).orElseThrow();
        return new CurrentUser(0, "demo", name, role, unit.id(), unit.name());
    }

    private Optional<PlanView> plan(String number) {
        return plans.all().stream().filter(plan -> plan.number().equals(number)).findFirst();
    }
}
