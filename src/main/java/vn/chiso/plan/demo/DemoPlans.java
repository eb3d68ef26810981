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
import vn.chiso.plan.section.SectionForm;
import vn.chiso.plan.section.SectionService;
import vn.chiso.plan.target.TargetForm;
import vn.chiso.plan.target.TargetKind;
import vn.chiso.plan.target.TargetService;
import vn.chiso.plan.task.TaskForm;
import vn.chiso.plan.task.TaskService;
import vn.chiso.shared.DemoCalendar;
import vn.chiso.shared.DemoData;
import vn.chiso.unit.UnitService;
import vn.chiso.unit.UnitView;

/**
 * The plans of the seed documents, entered through the same services as a coordinator's forms: plan 6025/KH-UBND
 * in full (its purposes, targets, headings, tasks and Part III), the Department of Finance's 2603/KH-STC
 * implementing it, a multi-year PAR INDEX plan modelled on seed 004 placed around the day the demo is built, and the
 * 2022 PAR INDEX and SIPAS plan of seed 002 (whose number the seed does not give).
 */
@Component
@DemoData
@Order(DemoData.PLANS)
class DemoPlans implements ApplicationRunner {

    /** The two reports the People's Committee asks of 152/KH-UBND's bodies besides the half-yearly ones. */
    private static final String PAST_ONE_OFF = "Báo cáo đột xuất kết quả khắc phục hạn chế Chỉ số CCHC theo yêu cầu của UBND"
            + " tỉnh";
    private static final String COMING_ONE_OFF = "Báo cáo phục vụ Hội nghị sơ kết công tác cải cách hành chính của tỉnh";

    private final PlanService plans;
    private final TargetService targets;
    private final TaskService tasks;
    private final SectionService sections;
    private final ReportingPeriods periods;
    private final IndexCatalogue catalogue;
    private final UnitService units;
    private final DemoCalendar calendar;

    DemoPlans(PlanService plans, TargetService targets, TaskService tasks, SectionService sections,
            ReportingPeriods periods, IndexCatalogue catalogue, UnitService units, DemoCalendar calendar) {
        this.plans = plans;
        this.targets = targets;
        this.tasks = tasks;
        this.sections = sections;
        this.periods = periods;
        this.catalogue = catalogue;
        this.units = units;
        this.calendar = calendar;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!plans.all().isEmpty()) {
            return;
        }
        PlanView papi2023 = plan6025();
        plan2603(papi2023);
        parIndexPlan();
        parAndSipas2022();
    }

    /**
     * Plan 6025/KH-UBND as the seed gives it: its opening paragraphs as the legal basis, Part I as its purposes, the
     * headings of Parts II and III, every task in the document's words (a bullet of the document is a task, the "+"
     * points of a bullet lines of its text) and Part III's paragraphs. The bodies the document calls "the bodies
     * assigned to guide and inspect" are, in the demo, the Departments of Finance and of Justice.
     */
    private PlanView plan6025() {
        PlanView plan = plan(new PlanForm("6025/KH-UBND", LocalDate.of(2023, 6, 20), "Ủy ban nhân dân tỉnh Khánh Hòa",
                "Cải thiện và nâng cao Chỉ số Hiệu quả Quản trị và Hành chính công tỉnh Khánh Hòa năm 2023", 2023,
                2023, List.of("PAPI"), null, """
                Ngày 12/4/2023, Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam và Chương trình Phát triển Liên Hợp Quốc \
                tại Việt Nam công bố Chỉ số Hiệu quả Quản trị và Hành chính công cấp tỉnh (PAPI) năm 2022. Theo kết \
                quả công bố, Chỉ số tổng hợp PAPI tỉnh Khánh Hòa đạt 43,44 điểm; cao hơn trung bình chung các \
                tỉnh/thành phố 1,09 điểm, xếp thứ hạng 16/61 tỉnh/thành phố, thuộc nhóm đạt điểm “Cao” - Nhóm có điểm \
                số cao nhất; tăng 1,75 điểm và 24 bậc so với năm 2021. So sánh với mục tiêu đề ra tại Kế hoạch số \
                7305/KH-UBND ngày 08/8/2022 của UBND tỉnh, kết quả Chỉ số PAPI năm 2022 đã có cải thiện rất tích cực, \
                cơ bản đạt mục tiêu chung đề ra. Tuy nhiên, kết quả rà soát và phân tích các chỉ số nội dung và chỉ \
                tiêu thành phần PAPI cho thấy vẫn còn 04 mục tiêu cụ thể chưa đạt kế hoạch đề ra; kết quả đánh giá ở \
                một số chỉ tiêu thành phần còn thấp.
                Để phát huy hơn nữa những kết quả đạt được, cải thiện những mặt chưa đạt được, từng bước nâng cao điểm \
                số và xếp hạng Chỉ số PAPI của tỉnh trong năm 2023 và các năm tiếp theo, UBND tỉnh ban hành Kế hoạch \
                cải thiện và nâng cao Chỉ số PAPI tỉnh Khánh Hòa năm 2023.""", """
                1. Mục đích
                - Nâng cao hiệu lực, hiệu quả quản lý nhà nước, chất lượng điều hành, quản trị và hành chính công của \
                bộ máy chính quyền từ cấp tỉnh đến cấp cơ sở; xây dựng một nền hành chính dân chủ, minh bạch, liêm \
                chính.
                - Tăng cường nhận thức và nâng cao trách nhiệm của người đứng đầu các cơ quan, đơn vị, địa phương, cán \
                bộ, công chức, viên chức trong việc nỗ lực cải thiện và nâng cao Chỉ số PAPI của tỉnh.
                - Góp phần thúc đẩy công cuộc cải cách hành chính, cải thiện môi trường đầu tư, kinh doanh, thúc đẩy \
                phát triển kinh tế - xã hội của tỉnh.
                - Phát huy sự tham gia của Nhân dân vào quá trình xây dựng, thực thi và giám sát việc thực thi chính \
                sách, pháp luật của Nhà nước và nhiệm vụ phát triển kinh tế - xã hội của tỉnh.
                2. Yêu cầu
                - Cải thiện và nâng cao Chỉ số PAPI là nhiệm vụ thường xuyên, liên tục, lâu dài và có sự vào cuộc của \
                cả hệ thống chính trị từ tỉnh đến cơ sở, đặc biệt là cấp cơ sở, theo phương châm “Tỉnh sát xã, huyện \
                sát thôn, xã sát dân”.
                - Nhiệm vụ đề ra trong kế hoạch phải thống nhất với Kế hoạch cải cách hành chính tỉnh giai đoạn \
                2021-2030 và năm 2023; triển khai đồng bộ với các kế hoạch cải thiện và nâng cao các Chỉ số của tỉnh.
                - Xác định rõ những nội dung chưa thực hiện tốt, dẫn đến kết quả khảo sát còn thấp; trên cơ sở đó, \
                các cơ quan, đơn vị, địa phương triển khai thực hiện các giải pháp hiệu quả, góp phần cải thiện và \
                nâng cao kết quả Chỉ số PAPI của tỉnh trong năm 2023 và thời gian tới.
                - Công tác thông tin, tuyên truyền về quá trình triển khai, kết quả Chỉ số PAPI của tỉnh phải được \
                quan tâm thực hiện thường xuyên để Nhân dân biết, giám sát, từ đó tranh thủ được sự đồng tình, ủng hộ.
                3. Mục tiêu
                - Chỉ số tổng hợp PAPI năm 2023 đạt từ 45,00 điểm trở lên, tăng từ 1,56 điểm trở lên so với năm 2022; \
                tiếp tục nằm trong nhóm các tỉnh/thành phố đạt điểm “Cao” và tăng vị trí xếp hạng.
                - Cải thiện và nâng cao 08 chỉ số nội dung, thuộc nhóm đạt điểm “Trung bình cao” trở lên, trong đó ít \
                nhất 03 chỉ số thuộc nhóm đạt điểm “Cao”.""", PlanStatus.IN_FORCE, null));
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

        section(plan, "II", "GIẢI PHÁP, NHIỆM VỤ VÀ TRÁCH NHIỆM THỰC HIỆN", null);
        section(plan, "II.1", "Quán triệt, chỉ đạo triển khai thực hiện các giải pháp cải thiện và nâng cao Chỉ số"
                + " PAPI", null);
        section(plan, "II.1.a", "Các cơ quan, đơn vị, địa phương", null);
        section(plan, "II.1.b", "Các cơ quan được giao hướng dẫn, kiểm tra triển khai các nhiệm vụ cải thiện và nâng"
                + " cao Chỉ số PAPI", null);
        section(plan, "II.1.c", "UBND các huyện, thị xã, thành phố", null);
        section(plan, "II.2", "Tổ chức tập huấn, thông tin, tuyên truyền về PAPI", null);
        section(plan, "II.2.a", "Sở Nội vụ", null);
        section(plan, "II.2.b", "UBND các huyện, thị xã, thành phố", null);
        section(plan, "II.3", "Kiểm tra, đánh giá tình hình, kết quả việc triển khai các giải pháp cải thiện và nâng"
                + " cao Chỉ số PAPI của các cơ quan, đơn vị, địa phương", null);
        section(plan, "II.3.a", "Sở Nội vụ", null);
        section(plan, "II.3.b", "Các cơ quan được giao chủ trì hướng dẫn, kiểm tra việc triển khai các nhiệm vụ cải"
                + " thiện và nâng cao Chỉ số PAPI", null);
        section(plan, "II.3.c", "UBND các huyện, thị xã, thành phố", null);
        section(plan, "II.4", "Phối hợp, hỗ trợ triển khai khảo sát PAPI năm 2023 trên địa bàn tỉnh", null);
        section(plan, "III", "TỔ CHỨC THỰC HIỆN", null);
        section(plan, "III.1", null, "Các cơ quan, đơn vị, địa phương thuộc tỉnh và Công an tỉnh, Bảo hiểm xã hội tỉnh"
                + " được giao nhiệm vụ tại Khoản 1, 2, 3, Phần II tại Kế hoạch này khẩn trương tổ chức thực hiện, báo"
                + " cáo kết quả về UBND tỉnh (thông qua Sở Nội vụ) chậm nhất ngày 29/9/2023.");
        section(plan, "III.2", null, "Giao Sở Nội vụ theo dõi, tổng hợp và báo cáo UBND tỉnh kết quả triển khai các"
                + " giải pháp cải thiện và nâng cao Chỉ số PAPI của cơ quan, đơn vị, địa phương; kịp thời tham mưu chỉ"
                + " đạo xử lý các vấn đề khó khăn, vướng mắc (nếu có).");

        List<String> everyBody = new ArrayList<>(List.of("k:DEPARTMENT", "k:DISTRICT"));
        for (String code : List.of("CAT", "BHXH", "PTTH", "BAOKH")) {
            everyBody.add(unit(code));
        }
        for (String text : List.of(
                "Quán triệt, thực hiện nghiêm các nội dung chỉ đạo của UBND tỉnh về việc cải thiện và nâng cao Chỉ số"
                        + " PAPI, đặc biệt là Văn bản số 81/UBND-KSTT ngày 05/01/2022 về triển khai các giải pháp cải"
                        + " thiện và nâng cao Chỉ số PAPI trong năm 2022 và các năm tiếp theo, Văn bản số"
                        + " 4573/UBND-KSTT ngày 12/5/2023 về tiếp tục rà soát, triển khai các giải pháp cải thiện và"
                        + " nâng cao Chỉ số PAPI của tỉnh trong năm 2023 và những năm tiếp theo.",
                "Phổ biến, quán triệt và tổ chức thực hiện hiệu quả các nhiệm vụ được giao tại Quyết định số"
                        + " 3012/QĐ-UBND ngày 07/11/2022 của UBND tỉnh về việc ban hành Bộ Khung nhiệm vụ cải thiện và"
                        + " nâng cao Chỉ số Hiệu quả Quản trị và Hành chính công của tỉnh, tiếp tục coi đây là một"
                        + " nhiệm vụ trọng tâm của tỉnh trong năm 2023 và các năm tiếp theo.",
                "Tăng cường phổ biến, quán triệt nâng cao nhận thức cán bộ, công chức, viên chức, đặc biệt là vai trò,"
                        + " trách nhiệm của người đứng đầu trong triển khai thực hiện chỉ số PAPI.",
                "Rà soát, đánh giá lại các chỉ tiêu thành phần đạt điểm thấp hoặc giảm điểm liên quan đến chức năng,"
                        + " nhiệm vụ được giao, từ đó có giải pháp kịp thời, quyết liệt để cải thiện và nâng cao kết"
                        + " quả trong thời gian tới.")) {
            for (String lead : everyBody) {
                task(plan, "II.1.a", text, null, null, true, lead, List.of(), List.of());
            }
        }
        String guidance = "Hướng dẫn chuyên môn, nghiệp vụ triển khai các giải pháp cải thiện và nâng cao Chỉ số PAPI"
                + " đối với ngành, lĩnh vực được phân công (hoàn thành trước ngày 30/6/2023).";
        task(plan, "II.1.b", guidance, "Văn bản hướng dẫn", LocalDate.of(2023, 6, 30), true, unit("STC"), List.of(),
                indicators(papi, "PAPI.D1.4", "PAPI.D2.3"));
        task(plan, "II.1.b", guidance, "Văn bản hướng dẫn", LocalDate.of(2023, 6, 30), true, unit("STP"), List.of(),
                indicators(papi, "PAPI.D3"));
        for (String lead : List.of("STC", "STP")) {
            task(plan, "II.1.b", "Xây dựng kế hoạch kiểm tra việc thực hiện các giải pháp cải thiện và nâng cao Chỉ số"
                    + " PAPI đối với cơ quan, đơn vị, địa phương thuộc ngành, lĩnh vực được phân công, kết hợp khi tiến"
                    + " hành thanh tra, kiểm tra.", "Kế hoạch kiểm tra", null, true, unit(lead), List.of(), List.of());
        }
        task(plan, "II.1.c", "Tuyên truyền, phổ biến các nội dung về Chỉ số PAPI đến người dân. Quán triệt và thực"
                + " hiện tốt chủ trương “Dân biết, dân bàn, dân kiểm tra, dân giám sát, dân thụ hưởng” đối với các vấn"
                + " đề về phát triển kinh tế - xã hội ở địa phương.", null, null, true, "k:DISTRICT", List.of(),
                indicators(papi, "PAPI.D1"));
        task(plan, "II.1.c", """
                Chỉ đạo UBND các xã, phường, thị trấn xây dựng kế hoạch cụ thể để tổ chức thực hiện các nhiệm vụ sau:
                + Quán triệt, thực hiện nghiêm túc, hiệu quả các nội dung chỉ đạo của UBND tỉnh về việc cải thiện và \
                nâng cao Chỉ số PAPI.
                + Phối hợp chặt chẽ với Mặt trận Tổ quốc và các tổ chức chính trị - xã hội cùng cấp tổ chức tuyên \
                truyền, phổ biến sâu rộng các chủ trương chính sách pháp luật liên quan đến đời sống của người dân.
                + Kịp thời công khai quy hoạch, kế hoạch sử dụng đất, các thông tin về thu hồi đất, giá đất, các chủ \
                trương, chính sách, pháp luật về đất đai; công khai các khoản thu, chi ngân sách cấp xã, danh sách hộ \
                nghèo, công tác bảo vệ môi trường, nguồn nước để người dân biết và giám sát,...; thực hiện xét duyệt \
                danh sách hộ nghèo đảm bảo chặt chẽ, đúng quy trình, thủ tục, đúng đối tượng.
                + Giải quyết kịp thời, đúng quy định đối với các nội dung kiến nghị, khiếu nại, tố cáo của công dân; \
                nâng cao hiệu quả hoạt động của Ban Thanh tra nhân dân, Ban Giám sát đầu tư cộng đồng gắn với phong \
                trào xây dựng nông thôn mới, phong trào toàn dân xây dựng nông thôn mới, phong trào toàn dân bảo vệ an \
                ninh Tổ quốc.""", "Kế hoạch của UBND cấp xã", null, true, "k:DISTRICT", List.of(),
                indicators(papi, "PAPI.D2", "PAPI.D2.3", "PAPI.D3"));
        task(plan, "II.1.d", "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh chỉ đạo Ủy ban Mặt trận Tổ quốc Việt Nam ở"
                + " địa phương phối hợp tuyên truyền và thực hiện chức năng giám sát việc thực hiện Chỉ số PAPI ở địa"
                + " phương; thực hiện các giải pháp nâng cao chất lượng hoạt động của Ban Thanh tra nhân dân.", null,
                null, false, unit("MTTQ"), List.of(), List.of());
        task(plan, "II.1.đ", "Đề nghị Ban Dân vận Tỉnh ủy chỉ đạo các tổ chức chính trị ở cơ sở tham gia tích cực và có"
                + " trách nhiệm vào việc thực hiện dân chủ ở cơ sở, bảo đảm thực hiện đầy đủ, thực chất phương châm"
                + " “Dân biết, dân bàn, dân làm, dân kiểm tra, dân giám sát, dân thụ hưởng”.", null, null, false,
                unit("BDVTU"), List.of(), List.of());
        task(plan, "II.2.a", """
                Chủ trì, phối hợp với Văn phòng UBND tỉnh, cơ quan liên quan tham mưu UBND tỉnh tổ chức hội nghị triển \
                khai các giải pháp cải thiện và nâng cao Chỉ số PAPI tỉnh Khánh Hòa năm 2023 với mục tiêu:
                - Trang bị kiến thức, kỹ năng về Chỉ số PAPI cho đội ngũ cán bộ, công chức, viên chức và cán bộ cấp cơ \
                sở.
                - Thông tin, tuyên truyền về kết quả Chỉ số PAPI của tỉnh Khánh Hòa năm 2022.
                - Quán triệt, triển khai các giải pháp cải thiện và nâng cao Chỉ số PAPI tỉnh Khánh Hòa trong năm 2023 \
                và những năm tiếp theo.""", "Hội nghị triển khai", null, true, unit("SNV"), List.of(id("VPUBND")),
                List.of());
        task(plan, "II.2.b", """
                Chỉ đạo UBND cấp xã:
                - Tổ chức tuyên truyền, thông tin về kết quả Chỉ số PAPI của tỉnh năm 2023 đến các thôn/tổ dân phố để \
                Nhân dân biết và giám sát.
                - Thực hiện công khai, niêm yết Bộ khung nhiệm vụ cải thiện và nâng cao Chỉ số PAPI tại trụ sở UBND \
                cấp xã, trụ sở thôn/tổ dân phố để Nhân dân biết và giám sát.""", null, null, true, "k:DISTRICT",
                List.of(), indicators(papi, "PAPI.D2"));
        for (String lead : List.of("PTTH", "BAOKH")) {
            task(plan, "II.2.c", "Đài Phát thanh và Truyền hình Khánh Hòa, Báo Khánh Hòa tiếp tục đẩy mạnh thông tin,"
                    + " tuyên truyền về quá trình triển khai, kết quả Chỉ số PAPI của tỉnh để Nhân dân biết, giám sát."
                    + " Đài Phát thanh - Truyền hình Khánh Hòa định kỳ lồng ghép phát sóng chuyên mục thực hiện các nội"
                    + " dung chỉ số PAPI với chuyên mục cải cách hành chính.", null, null, true, unit(lead), List.of(),
                    List.of());
        }
        task(plan, "II.3.a", "Chủ trì, phối hợp với các cơ quan được giao hướng dẫn, kiểm tra triển khai các nhiệm vụ"
                + " cải thiện và nâng cao Chỉ số PAPI để tổ chức đoàn công tác kiểm tra, khảo sát nắm tình hình triển"
                + " khai giải pháp cải thiện Chỉ số PAPI của cơ quan, đơn vị, địa phương, từ đó hướng dẫn, tháo gỡ khó"
                + " khăn, vướng mắc hoặc tham mưu UBND tỉnh chỉ đạo xử lý (nếu có).", "Đoàn kiểm tra, khảo sát", null,
                true, unit("SNV"), List.of(id("STC"), id("STP")), List.of());
        task(plan, "II.3.a", "Theo dõi, tổng hợp, đánh giá kết quả triển khai nhiệm vụ của cơ quan được giao chủ trì"
                + " hướng dẫn, kiểm tra việc triển khai các nhiệm vụ cải thiện và nâng cao Chỉ số PAPI trên phạm vi"
                + " toàn tỉnh.", "Báo cáo tổng hợp", null, true, unit("SNV"), List.of(), List.of());
        for (String lead : List.of("STC", "STP")) {
            task(plan, "II.3.b", "Thường xuyên tổ chức kiểm tra việc thực hiện các giải pháp cải thiện và nâng cao Chỉ"
                    + " số PAPI của cơ quan, đơn vị, địa phương thuộc ngành, lĩnh vực được phân công để kịp thời hướng"
                    + " dẫn tháo gỡ khó khăn, vướng mắc; phối hợp với Sở Nội vụ để tham mưu UBND tỉnh chỉ đạo xử lý"
                    + " (nếu có).", null, null, true, unit(lead), List.of(id("SNV")), List.of());
        }
        task(plan, "II.3.c", "Tăng cường công tác kiểm tra, giám sát việc thực hiện quy chế dân chủ cơ sở tại cấp xã,"
                + " phát huy dân chủ, tạo mọi điều kiện thuận lợi để người dân thực hiện; quán triệt và thực hiện tốt"
                + " chủ trương “Dân biết, dân bàn, dân kiểm tra, dân giám sát, dân thụ hưởng” đối với các vấn đề về"
                + " phát triển kinh tế - xã hội ở địa phương.", null, null, true, "k:DISTRICT", List.of(),
                indicators(papi, "PAPI.D1"));
        task(plan, "II.3.c", "Kiểm tra việc triển khai các giải pháp cải thiện và nâng cao Chỉ số PAPI của UBND các xã,"
                + " phường, thị trấn, tập trung vào các nhiệm vụ được giao tại Bộ khung nhiệm vụ cải thiện và nâng cao"
                + " Chỉ số PAPI của tỉnh Khánh Hòa.", null, null, true, "k:DISTRICT", List.of(), List.of());
        task(plan, "II.3.d", "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh tăng cường công tác kiểm tra, giám sát việc"
                + " thực hiện Pháp lệnh thực hiện dân chủ cơ sở, nâng cao hiệu quả công tác giám sát, phản biện.", null,
                null, false, unit("MTTQ"), List.of(), List.of());
        task(plan, "II.4.a", "UBND các huyện, thị xã, thành phố làm đầu mối phối hợp với Ủy ban Mặt trận Tổ quốc Việt"
                + " Nam cấp huyện và các cơ quan, đơn vị liên quan hỗ trợ đoàn khảo sát PAPI thực hiện khảo sát tại địa"
                + " phương. Chỉ đạo UBND cấp xã bố trí địa điểm, chuẩn bị điều kiện hậu cần phục vụ khảo sát.", null,
                null, false, "k:DISTRICT", List.of(), List.of());
        task(plan, "II.4.b", "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh phối hợp với các cơ quan, đơn vị, địa"
                + " phương trong việc trao đổi thông tin, xác định địa bàn và đối tượng khảo sát, hỗ trợ điều tra viên"
                + " thực hiện khảo sát PAPI năm 2023 trên địa bàn tỉnh.", null, null, false, unit("MTTQ"), List.of(),
                List.of());
        return plan;
    }

    private void plan2603(PlanView parent) {
        PlanView plan = plan(new PlanForm("2603/KH-STC", LocalDate.of(2022, 7, 8), "Sở Tài chính tỉnh Khánh Hòa",
                "Triển khai các giải pháp nâng cao Chỉ số cải cách hành chính, Chỉ số Hiệu quả quản trị và hành chính"
                        + " công theo lĩnh vực quản lý của Sở Tài chính", 2022, 2023, List.of("PAPI", "PAR_INDEX"),
                parent.id(), null, null, PlanStatus.IN_FORCE, null));
        Catalogue papi = catalogue.catalogue("PAPI");
        task(plan, "1", "Phân công cụ thể trách nhiệm của các phòng thuộc Sở trong việc thực hiện các nhiệm vụ cải"
                + " thiện tiêu chí, tiêu chí thành phần thuộc phạm vi quản lý.", null, null, true, unit("STC"), List.of(),
                List.of());
        task(plan, "2", "Lồng ghép hướng dẫn các giải pháp nâng cao chỉ tiêu \"Đóng góp tự nguyện\" và \"Công khai thu,"
                + " chi ngân sách cấp xã\" qua giao ban với phòng Tài chính - Kế hoạch các huyện.", "Giao ban chuyên đề",
                LocalDate.of(2023, 6, 30), true, unit("STC"), List.of("k:DISTRICT"), indicators(papi, "PAPI.D1.4",
                        "PAPI.D2.3"));
    }

    /**
     * Modelled on seed 004, around the year Y the demo is built in: Y−4 to Y+4, top 15 by Y−1, one place up every
     * year after, a higher score every year, reports before 15/6 and 15/12, and two reports the People's Committee
     * asks for, one due ten days ago and one in five days. Its number is invented. The Department of Finance's task
     * is overdue, the Department of Justice's due in twenty days.
     */
    private void parIndexPlan() {
        int first = calendar.planFirstYear();
        int last = calendar.planLastYear();
        PlanView plan = plan(new PlanForm("152/KH-UBND", LocalDate.of(first, 10, 5), "Ủy ban nhân dân tỉnh Khánh Hòa",
                "Thực hiện Đề án cải thiện Chỉ số cải cách hành chính của tỉnh đến năm " + last, first, last,
                List.of("PAR_INDEX"), null, "Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ ban hành Chương trình"
                        + " tổng thể cải cách hành chính nhà nước giai đoạn 2021-2030.", null, PlanStatus.IN_FORCE,
                null));
        Catalogue par = catalogue.catalogue("PAR_INDEX");
        long aggregate = par.index().aggregate().id();
        int year = calendar.year();
        target(plan, aggregate, TargetKind.RANK_AT_MOST, "15", null, null, year - 1, "Đến năm " + (year - 1)
                + ", Chỉ số CCHC của tỉnh thuộc nhóm 15 tỉnh, thành phố đứng đầu cả nước");
        target(plan, aggregate, TargetKind.RANK_IMPROVES, "1", null, null, year, last, "Từ năm " + year + " đến năm "
                + last + ", mỗi năm Chỉ số CCHC tăng tối thiểu 01 bậc");
        target(plan, aggregate, TargetKind.SCORE_IMPROVES, "0", null, null, first, last,
                "Tỷ lệ điểm Chỉ số CCHC năm sau cao hơn năm trước liền kề");
        periods.addRule(plan.id(), new RuleForm(RuleKind.YEARLY, "Báo cáo 6 tháng đầu năm", null, 15, 6, false));
        periods.addRule(plan.id(), new RuleForm(RuleKind.YEARLY, "Báo cáo năm", null, 15, 12, false));
        periods.addRule(plan.id(), new RuleForm(RuleKind.ONE_OFF, PAST_ONE_OFF, calendar.pastOneOffDeadline(), null,
                null, false));
        periods.addRule(plan.id(), new RuleForm(RuleKind.ONE_OFF, COMING_ONE_OFF, calendar.comingOneOffDeadline(),
                null, null, false));
        task(plan, "II.1", "Nâng cao chất lượng công tác chỉ đạo, điều hành cải cách hành chính; theo dõi, đôn đốc,"
                + " tổng hợp kết quả thực hiện Đề án.", null, null, true, unit("SNV"), List.of(),
                indicators(par, "PAR_INDEX.F1"));
        task(plan, "II.2", "Rà soát, hoàn thiện thể chế; nâng cao chất lượng văn bản quy phạm pháp luật của tỉnh.",
                null, calendar.inDays(20), true, unit("STP"), List.of(), indicators(par, "PAR_INDEX.F2"));
        task(plan, "II.3", "Đẩy mạnh cải cách thủ tục hành chính, thực hiện cơ chế một cửa, một cửa liên thông.", null,
                null, true, unit("VPUBND"), List.of(id("SNV")), indicators(par, "PAR_INDEX.F3"));
        task(plan, "II.4", "Cải cách tài chính công; công khai, minh bạch ngân sách.", null, calendar.daysAgo(12),
                true, unit("STC"), List.of(), indicators(par, "PAR_INDEX.F6"));
        task(plan, "II.5", "Tự đánh giá, chấm điểm Chỉ số CCHC của cơ quan với đầy đủ tài liệu kiểm chứng.", null, null,
                true, "k:DEPARTMENT", List.of(), List.of());
    }

    /** Seed 002 (the plan's number is not in the seed) and the 83 % SIPAS target of the departments (seed 003). */
    private void parAndSipas2022() {
        PlanView plan = plan(new PlanForm("8416/KH-UBND", LocalDate.of(2022, 9, 9), "Ủy ban nhân dân tỉnh Khánh Hòa",
                "Cải thiện và nâng cao Chỉ số cải cách hành chính và Chỉ số hài lòng của người dân, tổ chức đối với sự"
                        + " phục vụ của cơ quan hành chính nhà nước tỉnh năm 2022", 2022, 2022,
                List.of("PAR_INDEX", "SIPAS"), null, null, null, PlanStatus.CLOSED, null));
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

    private void section(PlanView plan, String number, String heading, String body) {
        sections.add(plan, new SectionForm(number, heading, body, null));
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
