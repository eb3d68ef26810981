package vn.chiso.plan.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.chiso.index.Catalogue;
import vn.chiso.index.IndexCatalogue;
import vn.chiso.plan.PlanForm;
import vn.chiso.plan.PlanService;
import vn.chiso.plan.PlanStatus;
import vn.chiso.plan.PlanView;
import vn.chiso.plan.period.ReportingPeriods;
import vn.chiso.plan.period.RuleForm;
import vn.chiso.plan.period.RuleKind;
import vn.chiso.plan.target.TargetForm;
import vn.chiso.plan.target.TargetKind;
import vn.chiso.plan.target.TargetService;
import vn.chiso.plan.task.TaskForm;
import vn.chiso.plan.task.TaskService;
import vn.chiso.shared.DemoData;
import vn.chiso.unit.UnitService;
import vn.chiso.unit.UnitView;

/**
 * The plans of the seed documents, entered through the same services as a coordinator's forms: plan 6025/KH-UBND
 * with its targets and tasks, the Department of Finance's 2603/KH-STC implementing it, a multi-year PAR INDEX plan
 * modelled on seed 004, and the 2022 PAR INDEX and SIPAS plan of seed 002 (whose number the seed does not give).
 */
@Component
@DemoData
@Order(DemoData.PLANS)
class DemoPlans implements ApplicationRunner {

    private final PlanService plans;
    private final TargetService targets;
    private final TaskService tasks;
    private final ReportingPeriods periods;
    private final IndexCatalogue catalogue;
    private final UnitService units;

    DemoPlans(PlanService plans, TargetService targets, TaskService tasks, ReportingPeriods periods,
            IndexCatalogue catalogue, UnitService units) {
        this.plans = plans;
        this.targets = targets;
        this.tasks = tasks;
        this.periods = periods;
        this.catalogue = catalogue;
        this.units = units;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!plans.all().isEmpty()) {
            return;
        }
        PlanView papi2023 = plan6025();
        plan2603(papi2023);
        parIndexTo2030();
        parAndSipas2022();
    }

    private PlanView plan6025() {
        PlanView plan = plan(new PlanForm("6025/KH-UBND", LocalDate.of(2023, 6, 20), "Ủy ban nhân dân tỉnh Khánh Hòa",
                "Cải thiện và nâng cao Chỉ số Hiệu quả Quản trị và Hành chính công tỉnh Khánh Hòa năm 2023", 2023,
                2023, List.of("PAPI"), null, """
                Kết quả Chỉ số PAPI năm 2022 do Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam và UNDP công bố ngày 12/4/2023.
                Kế hoạch số 7305/KH-UBND ngày 08/8/2022 của UBND tỉnh.
                Văn bản số 81/UBND-KSTT ngày 05/01/2022 và số 4573/UBND-KSTT ngày 12/5/2023 của UBND tỉnh.
                Quyết định số 3012/QĐ-UBND ngày 07/11/2022 ban hành Bộ Khung nhiệm vụ cải thiện và nâng cao Chỉ số PAPI.""",
                PlanStatus.IN_FORCE, null));
        Catalogue papi = catalogue.catalogue("PAPI");
        long aggregate = papi.index().aggregate().id();
        target(plan, aggregate, TargetKind.SCORE_AT_LEAST, "45", null, null, 2023, "Chỉ số tổng hợp PAPI năm 2023 đạt"
                + " từ 45,00 điểm trở lên, tăng từ 1,56 điểm trở lên so với năm 2022");
        target(plan, aggregate, TargetKind.GROUP_AT_LEAST, null, 1, null, 2023,
                "Tiếp tục nằm trong nhóm các tỉnh, thành phố đạt điểm \"Cao\"");
        target(plan, aggregate, TargetKind.RANK_IMPROVES, "1", null, null, 2023, "và tăng vị trí xếp hạng");
        target(plan, aggregate, TargetKind.CHILDREN_IN_GROUP, null, 2, null, 2023,
                "Cải thiện và nâng cao 08 chỉ số nội dung, thuộc nhóm đạt điểm \"Trung bình cao\" trở lên");
        target(plan, aggregate, TargetKind.CHILDREN_IN_GROUP, null, 1, 3, 2023,
                "trong đó ít nhất 03 chỉ số thuộc nhóm đạt điểm \"Cao\"");
        periods.addRule(plan.id(), new RuleForm(RuleKind.ONE_OFF,
                "Báo cáo kết quả thực hiện Kế hoạch về UBND tỉnh (qua Sở Nội vụ)", LocalDate.of(2023, 9, 29), null,
                null, false));

        List<String> everyBody = new ArrayList<>(List.of("k:DEPARTMENT", "k:DISTRICT"));
        for (String code : List.of("CAT", "BHXH", "PTTH", "BAOKH")) {
            everyBody.add(unit(code));
        }
        for (String text : List.of(
                "Quán triệt, thực hiện nghiêm các nội dung chỉ đạo của UBND tỉnh về cải thiện và nâng cao Chỉ số PAPI,"
                        + " đặc biệt là Văn bản số 81/UBND-KSTT ngày 05/01/2022 và Văn bản số 4573/UBND-KSTT ngày 12/5/2023.",
                "Phổ biến, quán triệt và tổ chức thực hiện hiệu quả các nhiệm vụ được giao tại Quyết định số"
                        + " 3012/QĐ-UBND ngày 07/11/2022 về Bộ Khung nhiệm vụ cải thiện và nâng cao Chỉ số PAPI.",
                "Tăng cường phổ biến, quán triệt nâng cao nhận thức cán bộ, công chức, viên chức, đặc biệt là vai trò,"
                        + " trách nhiệm của người đứng đầu trong triển khai thực hiện Chỉ số PAPI.",
                "Rà soát, đánh giá lại các chỉ tiêu thành phần đạt điểm thấp hoặc giảm điểm liên quan đến chức năng,"
                        + " nhiệm vụ được giao, từ đó có giải pháp kịp thời, quyết liệt để cải thiện kết quả.")) {
            for (String lead : everyBody) {
                task(plan, "II.1.a", text, null, null, true, lead, List.of(), List.of());
            }
        }
        List<Long> finance = indicators(papi, "PAPI.D1.4", "PAPI.D2.3");
        task(plan, "II.1.b", "Hướng dẫn chuyên môn, nghiệp vụ triển khai các giải pháp cải thiện và nâng cao Chỉ số"
                + " PAPI đối với ngành, lĩnh vực được phân công.", "Văn bản hướng dẫn", LocalDate.of(2023, 6, 30), true,
                unit("STC"), List.of(), finance);
        task(plan, "II.1.b", "Hướng dẫn chuyên môn, nghiệp vụ triển khai các giải pháp cải thiện và nâng cao Chỉ số"
                + " PAPI đối với ngành, lĩnh vực được phân công.", "Văn bản hướng dẫn", LocalDate.of(2023, 6, 30), true,
                unit("STP"), List.of(), indicators(papi, "PAPI.D3"));
        for (String lead : List.of("STC", "STP")) {
            task(plan, "II.1.b", "Xây dựng kế hoạch kiểm tra việc thực hiện các giải pháp cải thiện và nâng cao Chỉ số"
                    + " PAPI đối với cơ quan, đơn vị, địa phương thuộc ngành, lĩnh vực được phân công, kết hợp khi tiến"
                    + " hành thanh tra, kiểm tra.", "Kế hoạch kiểm tra", null, true, unit(lead), List.of(), List.of());
        }
        task(plan, "II.1.c", "Tuyên truyền, phổ biến các nội dung về Chỉ số PAPI đến người dân; quán triệt và thực hiện"
                + " tốt chủ trương \"Dân biết, dân bàn, dân kiểm tra, dân giám sát, dân thụ hưởng\".", null, null, true,
                "k:DISTRICT", List.of(), indicators(papi, "PAPI.D1"));
        task(plan, "II.1.c", "Chỉ đạo UBND các xã, phường, thị trấn xây dựng kế hoạch cụ thể: công khai quy hoạch, kế"
                + " hoạch sử dụng đất, các khoản thu, chi ngân sách cấp xã, danh sách hộ nghèo; giải quyết kịp thời kiến"
                + " nghị, khiếu nại, tố cáo của công dân.", "Kế hoạch của UBND cấp xã", null, true, "k:DISTRICT",
                List.of(), indicators(papi, "PAPI.D2", "PAPI.D2.3", "PAPI.D3"));
        task(plan, "II.1.d", "Chỉ đạo Ủy ban MTTQ Việt Nam ở địa phương phối hợp tuyên truyền và giám sát việc thực"
                + " hiện Chỉ số PAPI; nâng cao chất lượng hoạt động của Ban Thanh tra nhân dân.", null, null, false,
                unit("MTTQ"), List.of(), List.of());
        task(plan, "II.1.đ", "Chỉ đạo các tổ chức chính trị ở cơ sở tham gia tích cực, có trách nhiệm vào việc thực"
                + " hiện dân chủ ở cơ sở.", null, null, false, unit("BDVTU"), List.of(), List.of());
        task(plan, "II.2.a", "Tham mưu UBND tỉnh tổ chức hội nghị triển khai các giải pháp cải thiện và nâng cao Chỉ số"
                + " PAPI tỉnh Khánh Hòa năm 2023: trang bị kiến thức về PAPI, thông tin kết quả năm 2022, triển khai giải"
                + " pháp năm 2023.", "Hội nghị triển khai", null, true, unit("SNV"), List.of(id("VPUBND")), List.of());
        task(plan, "II.2.b", "Chỉ đạo UBND cấp xã tuyên truyền kết quả Chỉ số PAPI đến các thôn, tổ dân phố; công khai,"
                + " niêm yết Bộ khung nhiệm vụ tại trụ sở UBND cấp xã và thôn, tổ dân phố.", null, null, true,
                "k:DISTRICT", List.of(), indicators(papi, "PAPI.D2"));
        for (String lead : List.of("PTTH", "BAOKH")) {
            task(plan, "II.2.c", "Đẩy mạnh thông tin, tuyên truyền về quá trình triển khai, kết quả Chỉ số PAPI của tỉnh;"
                    + " định kỳ lồng ghép chuyên mục về PAPI với chuyên mục cải cách hành chính.", null, null, true,
                    unit(lead), List.of(), List.of());
        }
        task(plan, "II.3.a", "Chủ trì tổ chức đoàn kiểm tra, khảo sát tình hình triển khai giải pháp cải thiện Chỉ số"
                + " PAPI; theo dõi, tổng hợp, đánh giá kết quả triển khai nhiệm vụ trên phạm vi toàn tỉnh.",
                "Báo cáo tổng hợp", null, true, unit("SNV"), List.of(id("STC"), id("STP")), List.of());
        for (String lead : List.of("STC", "STP")) {
            task(plan, "II.3.b", "Thường xuyên kiểm tra việc thực hiện các giải pháp cải thiện Chỉ số PAPI thuộc ngành,"
                    + " lĩnh vực được phân công; phối hợp với Sở Nội vụ tham mưu UBND tỉnh chỉ đạo xử lý.", null, null,
                    true, unit(lead), List.of(id("SNV")), List.of());
        }
        task(plan, "II.3.c", "Tăng cường kiểm tra, giám sát việc thực hiện quy chế dân chủ cơ sở tại cấp xã; kiểm tra"
                + " việc triển khai các giải pháp cải thiện Chỉ số PAPI của UBND cấp xã.", null, null, true,
                "k:DISTRICT", List.of(), indicators(papi, "PAPI.D1"));
        task(plan, "II.3.d", "Tăng cường kiểm tra, giám sát việc thực hiện Pháp lệnh thực hiện dân chủ cơ sở, nâng cao"
                + " hiệu quả công tác giám sát, phản biện.", null, null, false, unit("MTTQ"), List.of(), List.of());
        task(plan, "II.4.a", "Làm đầu mối phối hợp với Ủy ban MTTQ Việt Nam cấp huyện hỗ trợ đoàn khảo sát PAPI năm"
                + " 2023; chỉ đạo UBND cấp xã bố trí địa điểm, chuẩn bị điều kiện hậu cần phục vụ khảo sát.", null, null,
                false, "k:DISTRICT", List.of(), List.of());
        task(plan, "II.4.b", "Phối hợp trao đổi thông tin, xác định địa bàn và đối tượng khảo sát, hỗ trợ điều tra viên"
                + " thực hiện khảo sát PAPI năm 2023 trên địa bàn tỉnh.", null, null, false, unit("MTTQ"), List.of(),
                List.of());
        return plan;
    }

    private void plan2603(PlanView parent) {
        PlanView plan = plan(new PlanForm("2603/KH-STC", LocalDate.of(2022, 7, 8), "Sở Tài chính tỉnh Khánh Hòa",
                "Triển khai các giải pháp nâng cao Chỉ số cải cách hành chính, Chỉ số Hiệu quả quản trị và hành chính"
                        + " công theo lĩnh vực quản lý của Sở Tài chính", 2022, 2023, List.of("PAPI", "PAR_INDEX"),
                parent.id(), null, PlanStatus.IN_FORCE, null));
        Catalogue papi = catalogue.catalogue("PAPI");
        task(plan, "1", "Phân công cụ thể trách nhiệm của các phòng thuộc Sở trong việc thực hiện các nhiệm vụ cải"
                + " thiện tiêu chí, tiêu chí thành phần thuộc phạm vi quản lý.", null, null, true, unit("STC"), List.of(),
                List.of());
        task(plan, "2", "Lồng ghép hướng dẫn các giải pháp nâng cao chỉ tiêu \"Đóng góp tự nguyện\" và \"Công khai thu,"
                + " chi ngân sách cấp xã\" qua giao ban với phòng Tài chính - Kế hoạch các huyện.", "Giao ban chuyên đề",
                LocalDate.of(2023, 6, 30), true, unit("STC"), List.of("k:DISTRICT"), indicators(papi, "PAPI.D1.4",
                        "PAPI.D2.3"));
    }

    /** Modelled on seed 004: top 15 by 2025, one place up every year after, a higher score every year. */
    private void parIndexTo2030() {
        PlanView plan = plan(new PlanForm("152/KH-UBND", LocalDate.of(2022, 10, 5), "Ủy ban nhân dân tỉnh Khánh Hòa",
                "Thực hiện Đề án cải thiện Chỉ số cải cách hành chính của tỉnh đến năm 2030", 2022, 2030,
                List.of("PAR_INDEX"), null, "Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ ban hành Chương trình"
                        + " tổng thể cải cách hành chính nhà nước giai đoạn 2021-2030.", PlanStatus.IN_FORCE, null));
        Catalogue par = catalogue.catalogue("PAR_INDEX");
        long aggregate = par.index().aggregate().id();
        target(plan, aggregate, TargetKind.RANK_AT_MOST, "15", null, null, 2025,
                "Đến năm 2025, Chỉ số CCHC của tỉnh thuộc nhóm 15 tỉnh, thành phố đứng đầu cả nước");
        target(plan, aggregate, TargetKind.RANK_IMPROVES, "1", null, null, 2026, 2030,
                "Từ năm 2026 đến năm 2030, mỗi năm Chỉ số CCHC tăng tối thiểu 01 bậc");
        target(plan, aggregate, TargetKind.SCORE_IMPROVES, "0", null, null, 2022, 2030,
                "Tỷ lệ điểm Chỉ số CCHC năm sau cao hơn năm trước liền kề");
        periods.addRule(plan.id(), new RuleForm(RuleKind.YEARLY, "Báo cáo 6 tháng đầu năm", null, 15, 6, false));
        periods.addRule(plan.id(), new RuleForm(RuleKind.YEARLY, "Báo cáo năm", null, 15, 12, false));
        task(plan, "II.1", "Nâng cao chất lượng công tác chỉ đạo, điều hành cải cách hành chính; theo dõi, đôn đốc,"
                + " tổng hợp kết quả thực hiện Đề án.", null, null, true, unit("SNV"), List.of(),
                indicators(par, "PAR_INDEX.F1"));
        task(plan, "II.2", "Rà soát, hoàn thiện thể chế; nâng cao chất lượng văn bản quy phạm pháp luật của tỉnh.", null,
                null, true, unit("STP"), List.of(), indicators(par, "PAR_INDEX.F2"));
        task(plan, "II.3", "Đẩy mạnh cải cách thủ tục hành chính, thực hiện cơ chế một cửa, một cửa liên thông.", null,
                null, true, unit("VPUBND"), List.of(id("SNV")), indicators(par, "PAR_INDEX.F3"));
        task(plan, "II.4", "Cải cách tài chính công; công khai, minh bạch ngân sách.", null, null, true, unit("STC"),
                List.of(), indicators(par, "PAR_INDEX.F6"));
        task(plan, "II.5", "Tự đánh giá, chấm điểm Chỉ số CCHC của cơ quan với đầy đủ tài liệu kiểm chứng.", null, null,
                true, "k:DEPARTMENT", List.of(), List.of());
    }

    /** Seed 002 (the plan's number is not in the seed) and the 83 % SIPAS target of the departments (seed 003). */
    private void parAndSipas2022() {
        PlanView plan = plan(new PlanForm("8416/KH-UBND", LocalDate.of(2022, 9, 9), "Ủy ban nhân dân tỉnh Khánh Hòa",
                "Cải thiện và nâng cao Chỉ số cải cách hành chính và Chỉ số hài lòng của người dân, tổ chức đối với sự"
                        + " phục vụ của cơ quan hành chính nhà nước tỉnh năm 2022", 2022, 2022,
                List.of("PAR_INDEX", "SIPAS"), null, null, PlanStatus.CLOSED, null));
        long par = catalogue.catalogue("PAR_INDEX").index().aggregate().id();
        Catalogue sipas = catalogue.catalogue("SIPAS");
        target(plan, par, TargetKind.RANK_AT_MOST, "30", null, null, 2022, "Nằm trong nhóm xếp hạng từ 30 trở lên");
        target(plan, sipas.index().aggregate().id(), TargetKind.RANK_AT_MOST, "30", null, null, 2022,
                "Nằm trong nhóm xếp hạng từ 30 trở lên");
        target(plan, sipas.indicator("SIPAS.DEPT").orElseThrow().id(), TargetKind.SCORE_AT_LEAST, "83", null, null,
                2022, "Chỉ số hài lòng chung khối cơ quan Sở đạt 83%");
        task(plan, "III.1", "Theo dõi, đôn đốc, kiểm tra, hướng dẫn các sở, ban, ngành, UBND cấp huyện thực hiện các"
                + " nhiệm vụ, giải pháp cải thiện các tiêu chí, tiêu chí thành phần Chỉ số PAR INDEX; hướng dẫn tự đánh"
                + " giá, chấm điểm, tổng hợp tài liệu kiểm chứng.", null, null, true, unit("SNV"), List.of(), List.of());
        task(plan, "III.1", "Triển khai kế hoạch khảo sát, đánh giá Chỉ số SIPAS năm 2022; làm đầu mối phối hợp điều tra"
                + " xã hội học theo hướng dẫn của Bộ Nội vụ.", null, null, true, unit("SNV"), List.of(), List.of());
        for (String lead : List.of("k:DEPARTMENT", "k:DISTRICT")) {
            task(plan, "III.2", "Đánh giá đúng thực trạng, triển khai hiệu quả các giải pháp nâng cao Chỉ số PAR INDEX,"
                    + " SIPAS; đẩy mạnh truyền thông về kết quả cải cách hành chính.", null, null, true, lead, List.of(),
                    List.of());
        }
    }

    private PlanView plan(PlanForm form) {
        return plans.get(plans.create(form));
    }

    private void target(PlanView plan, long indicatorId, TargetKind kind, String value, Integer group,
            Integer childCount, int year, String wording) {
        target(plan, indicatorId, kind, value, group, childCount, year, null, wording);
    }

    private void target(PlanView plan, long indicatorId, TargetKind kind, String value, Integer group,
            Integer childCount, int firstYear, Integer lastYear, String wording) {
        targets.add(plan, new TargetForm(indicatorId, kind, value, group, childCount, firstYear, lastYear, wording,
                null));
    }

    private void task(PlanView plan, String section, String text, String output, LocalDate deadline, boolean reported,
            String lead, List<?> coordinating, List<Long> indicatorIds) {
        List<Long> coordinatingIds = new ArrayList<>();
        for (Object unit : coordinating) {
            if (unit instanceof String kind) {
                units.activeTree().stream().filter(u -> kind.equals("k:" + u.kind().name()))
                        .forEach(u -> coordinatingIds.add(u.id()));
            } else {
                coordinatingIds.add((Long) unit);
            }
        }
        tasks.add(plan, new TaskForm(section, text, output, deadline, reported, lead, coordinatingIds, indicatorIds,
                null));
    }

    private String unit(String code) {
        return "u:" + id(code);
    }

    private long id(String code) {
        return units.findByCode(code).map(UnitView::id).orElseThrow();
    }

    private static List<Long> indicators(Catalogue index, String... codes) {
        List<Long> ids = new ArrayList<>();
        for (String code : codes) {
            ids.add(index.indicator(code).orElseThrow().id());
        }
        return ids;
    }
}
