package vn.chiso.assessment.demo;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.chiso.assessment.AssessedKind;

/**
 * The content of the demo's criteria sets, written as the province's decisions list them: one line per field,
 * criterion or sub-criterion. A scored line gives its maximum, its step, how often units lose points on it (1 rarely,
 * 6 very often: what the analysis of lost points will show) and the kind of document that backs it; a line with only
 * a code and a name has children. A line may begin with the years it belongs to: {@code 2021:} that year only,
 * {@code 2022+:} from that year on, {@code 2021-2025:} those years. The departments' set serves the other provincial
 * bodies as well.
 */
final class DemoCriteria {

    /** Self-assessed 70 points, survey 30. */
    private static final String DEPARTMENT = """
            1 Công tác chỉ đạo, điều hành cải cách hành chính
            1.1 Kế hoạch cải cách hành chính năm
            1.1.1 1 0.5 1 KH Ban hành Kế hoạch cải cách hành chính năm đúng thời hạn, đủ nội dung theo quy định
            1.1.2 2 0.25 3 BC Mức độ hoàn thành Kế hoạch cải cách hành chính năm
            1.2 1 0.5 1 BC Thực hiện chế độ báo cáo cải cách hành chính định kỳ đúng thời hạn
            1.3 2 0.5 2 KH Kiểm tra công tác cải cách hành chính đối với các phòng, đơn vị trực thuộc
            1.4 1.5 0.5 1 KH Thông tin, tuyên truyền về cải cách hành chính
            1.5 2 0.5 4 BC Thực hiện các nhiệm vụ Ủy ban nhân dân tỉnh giao trong năm
            2021: 1.6 2 0.5 5 QĐ Sáng kiến, giải pháp mới trong cải cách hành chính được công nhận
            2022+: 1.6 2 0.5 5 QĐ Sáng kiến, giải pháp mới, mô hình hay về cải cách hành chính được nhân rộng
            2 Cải cách thể chế
            2.1 Xây dựng, ban hành văn bản quy phạm pháp luật của tỉnh thuộc thẩm quyền tham mưu
            2.1.1 1.5 0.5 2 KH Thực hiện Chương trình xây dựng văn bản quy phạm pháp luật năm của tỉnh
            2.1.2 1.5 0.5 3 BC Chất lượng dự thảo văn bản quy phạm pháp luật trình Ủy ban nhân dân tỉnh
            2.2 2.5 0.5 1 BC Rà soát, hệ thống hóa văn bản quy phạm pháp luật thuộc lĩnh vực quản lý
            2.3 2.5 0.5 2 BC Theo dõi thi hành pháp luật; kiểm tra và xử lý văn bản sau kiểm tra
            3 Cải cách thủ tục hành chính
            3.1 2 0.5 2 KH Rà soát, đánh giá, đề xuất phương án đơn giản hóa thủ tục hành chính
            3.2 Công bố, công khai thủ tục hành chính
            3.2.1 1.5 0.5 2 QĐ Trình công bố danh mục thủ tục hành chính đúng thời hạn
            3.2.2 1 0.5 1 HT Công khai đầy đủ thủ tục hành chính trên Cổng Dịch vụ công và tại nơi tiếp nhận hồ sơ
            3.3 Thực hiện cơ chế một cửa, một cửa liên thông
            3.3.1 1.5 0.25 2 HT Tỷ lệ thủ tục hành chính tiếp nhận tại Trung tâm Phục vụ hành chính công tỉnh
            3.3.2 3.5 0.25 6 HT Tỷ lệ hồ sơ thủ tục hành chính giải quyết đúng hạn; xin lỗi khi giải quyết trễ hạn
            3.4 1.5 0.5 1 BC Tiếp nhận, xử lý phản ánh, kiến nghị về quy định, thủ tục hành chính
            2021: 3.5 2 0.25 5 HT Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính
            2022+: 3.5 2 0.25 5 HT Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính và tái sử dụng dữ liệu đã số hóa
            4 Cải cách tổ chức bộ máy hành chính
            4.1 3 0.5 2 QĐ Sắp xếp, kiện toàn tổ chức bộ máy; quy định chức năng, nhiệm vụ của các phòng, đơn vị
            4.2 Quản lý, sử dụng biên chế
            4.2.1 1.5 0.5 1 BC Sử dụng biên chế công chức, số lượng người làm việc được giao
            4.2.2 1.5 0.5 3 BC Thực hiện tinh giản biên chế theo lộ trình
            4.3 1.5 0.5 2 QĐ Thực hiện phân cấp, ủy quyền quản lý nhà nước
            5 Cải cách chế độ công vụ
            5.1 2 0.5 2 QĐ Bố trí công chức, viên chức theo vị trí việc làm được phê duyệt
            5.2 1.5 0.5 2 BC Tuyển dụng, bổ nhiệm, nâng ngạch công chức, viên chức đúng quy định
            5.3 2.5 0.25 2 KH Đào tạo, bồi dưỡng cán bộ, công chức, viên chức theo kế hoạch
            5.4 1.5 0.5 1 BC Đánh giá, xếp loại chất lượng công chức, viên chức
            5.5 2 0.5 4 BC Chấp hành kỷ luật, kỷ cương hành chính của công chức, viên chức
            6 Cải cách tài chính công
            6.1 Quản lý, sử dụng ngân sách nhà nước
            6.1.1 2.5 0.25 6 HT Tỷ lệ giải ngân kế hoạch vốn đầu tư công được giao
            6.1.2 1 0.5 1 BC Công khai dự toán, quyết toán ngân sách đúng quy định
            6.2 1.5 0.5 2 QĐ Thực hiện cơ chế tự chủ tài chính của cơ quan và đơn vị sự nghiệp công lập trực thuộc
            6.3 1.5 0.5 2 BC Quản lý, sử dụng tài sản công đúng quy định
            6.4 1 0.5 3 BC Thực hiện kết luận, kiến nghị của thanh tra, kiểm toán về tài chính
            2021: 7 Hiện đại hóa hành chính
            2022+: 7 Xây dựng và phát triển Chính quyền điện tử, Chính quyền số
            7.1 2 0.25 2 HT Tỷ lệ văn bản trao đổi giữa các cơ quan dưới dạng điện tử, có chữ ký số
            7.2 Cung cấp dịch vụ công trực tuyến
            7.2.1 2 0.25 3 HT Tỷ lệ thủ tục hành chính cung cấp dịch vụ công trực tuyến toàn trình
            7.2.2 3 0.25 6 HT Tỷ lệ hồ sơ thủ tục hành chính tiếp nhận, giải quyết trực tuyến
            7.2.3 1 0.25 4 HT Tỷ lệ hồ sơ thanh toán phí, lệ phí trực tuyến
            7.3 1 0.5 1 BC Cập nhật, công khai thông tin trên Trang thông tin điện tử của cơ quan
            7.4 1.5 0.5 2 BC Bảo đảm an toàn thông tin mạng
            2021-2025: 7.5 1.5 0.5 3 KH Chuyển đổi số trong hoạt động của cơ quan
            2026+: 7.5 1.5 0.5 3 KH Chuyển đổi số trong hoạt động của cơ quan; dùng các nền tảng số chung của tỉnh
            2021: 7.6 1 0.5 2 QĐ Áp dụng Hệ thống quản lý chất lượng theo tiêu chuẩn TCVN ISO 9001:2015
            2022+: 7.6 1 0.5 4 HT Khai thác Cơ sở dữ liệu quốc gia về dân cư trong giải quyết thủ tục hành chính
            """;

    /** Self-assessed 70 points, survey 30. */
    private static final String DISTRICT = """
            1 Công tác chỉ đạo, điều hành cải cách hành chính
            1.1 Kế hoạch cải cách hành chính năm
            1.1.1 1 0.5 1 KH Ban hành Kế hoạch cải cách hành chính năm đúng thời hạn, đủ nội dung theo quy định
            1.1.2 2 0.25 3 BC Mức độ hoàn thành Kế hoạch cải cách hành chính năm
            1.2 1 0.5 1 BC Thực hiện chế độ báo cáo cải cách hành chính định kỳ đúng thời hạn
            1.3 2 0.25 2 KH Kiểm tra công tác cải cách hành chính đối với các phòng chuyên môn và Ủy ban nhân dân cấp xã
            1.4 1.5 0.5 1 KH Thông tin, tuyên truyền về cải cách hành chính đến người dân, doanh nghiệp
            1.5 1.5 0.5 4 BC Thực hiện các nhiệm vụ Ủy ban nhân dân tỉnh giao trong năm
            1.6 1 0.5 5 QĐ Sáng kiến, giải pháp mới trong cải cách hành chính được công nhận
            2 Cải cách thể chế
            2.1 1.5 0.5 2 QĐ Ban hành văn bản quy phạm pháp luật thuộc thẩm quyền của HĐND, UBND cấp huyện
            2.2 1.5 0.5 1 BC Rà soát, hệ thống hóa văn bản quy phạm pháp luật
            2.3 1.5 0.5 2 BC Theo dõi thi hành pháp luật trên địa bàn
            2.4 1.5 0.25 3 QĐ Tỷ lệ xã, phường, thị trấn đạt chuẩn tiếp cận pháp luật
            3 Cải cách thủ tục hành chính
            3.1 1.5 0.5 2 KH Rà soát, đánh giá, đề xuất phương án đơn giản hóa thủ tục hành chính
            3.2 1.5 0.5 1 HT Công khai thủ tục hành chính tại Bộ phận Một cửa cấp huyện, cấp xã
            3.3 Thực hiện cơ chế một cửa, một cửa liên thông
            3.3.1 2.5 0.25 6 HT Tỷ lệ hồ sơ thủ tục hành chính cấp huyện giải quyết đúng hạn
            3.3.2 2 0.25 5 HT Tỷ lệ hồ sơ thủ tục hành chính cấp xã giải quyết đúng hạn
            3.3.3 2 0.25 6 HT Giải quyết đúng hạn hồ sơ đất đai liên thông
            3.4 1.5 0.5 1 BC Tiếp nhận, xử lý phản ánh, kiến nghị về quy định, thủ tục hành chính
            3.5 3 0.25 4 HT Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính
            4 Cải cách tổ chức bộ máy hành chính
            4.1 2 0.5 2 QĐ Tổ chức các cơ quan chuyên môn thuộc Ủy ban nhân dân cấp huyện theo quy định
            4.2 Quản lý, sử dụng biên chế
            4.2.1 1.5 0.5 1 BC Sử dụng biên chế công chức, số lượng người làm việc được giao
            4.2.2 1.5 0.5 3 BC Thực hiện tinh giản biên chế theo lộ trình
            4.3 1.5 0.5 2 QĐ Sắp xếp thôn, tổ dân phố và đơn vị hành chính cấp xã
            4.4 1.5 0.5 2 QĐ Thực hiện phân cấp, ủy quyền quản lý nhà nước
            5 Cải cách chế độ công vụ
            5.1 2 0.5 2 QĐ Bố trí công chức, viên chức theo vị trí việc làm được phê duyệt
            5.2 2 0.5 2 BC Tuyển dụng, bố trí cán bộ, công chức cấp huyện, cấp xã đúng quy định
            5.3 2 0.25 2 KH Đào tạo, bồi dưỡng cán bộ, công chức, viên chức theo kế hoạch
            5.4 2 0.5 3 BC Chuẩn hóa đội ngũ cán bộ, công chức cấp xã
            5.5 2 0.5 4 BC Chấp hành kỷ luật, kỷ cương hành chính của cán bộ, công chức, viên chức
            6 Cải cách tài chính công
            6.1 2 0.5 3 BC Thu ngân sách nhà nước trên địa bàn đạt dự toán được giao
            6.2 2.5 0.25 6 HT Tỷ lệ giải ngân kế hoạch vốn đầu tư công được giao
            6.3 1.5 0.5 1 BC Công khai ngân sách cấp huyện, cấp xã đúng quy định
            6.4 2 0.5 2 QĐ Thực hiện cơ chế tự chủ tài chính của đơn vị sự nghiệp công lập
            2021: 7 Hiện đại hóa hành chính
            2022+: 7 Xây dựng và phát triển Chính quyền điện tử, Chính quyền số
            7.1 2 0.25 2 HT Tỷ lệ văn bản trao đổi giữa các cơ quan dưới dạng điện tử, có chữ ký số
            7.2 Cung cấp dịch vụ công trực tuyến
            7.2.1 3 0.25 6 HT Tỷ lệ hồ sơ thủ tục hành chính tiếp nhận, giải quyết trực tuyến
            7.2.2 1.5 0.25 4 HT Tỷ lệ hồ sơ thanh toán phí, lệ phí trực tuyến
            7.3 2 0.5 3 BC Hạ tầng, nền tảng số của huyện và các xã
            7.4 1.5 0.5 1 BC Bảo đảm an toàn thông tin mạng
            7.5 2 0.5 3 KH Chuyển đổi số trên địa bàn huyện
            2021: 7.6 2 0.5 2 QĐ Áp dụng Hệ thống quản lý chất lượng theo tiêu chuẩn TCVN ISO 9001:2015
            2022+: 7.6 2 0.5 4 HT Triển khai Đề án 06 về ứng dụng dữ liệu dân cư, định danh và xác thực điện tử
            """;

    /** Self-assessed 80 points, survey 20: fewer criteria, each worth more. */
    private static final String COMMUNE = """
            1 Công tác chỉ đạo, điều hành cải cách hành chính
            1.1 3 0.5 2 KH Ban hành và thực hiện Kế hoạch cải cách hành chính năm của Ủy ban nhân dân cấp xã
            1.2 2 0.5 1 BC Thực hiện chế độ báo cáo cải cách hành chính định kỳ đúng thời hạn
            1.3 3 0.5 2 KH Tuyên truyền về cải cách hành chính đến người dân tại thôn, tổ dân phố
            1.4 4 0.5 4 BC Thực hiện các nhiệm vụ Ủy ban nhân dân cấp huyện giao trong năm
            2 Cải cách thể chế
            2.1 3 0.5 2 BC Tự kiểm tra, rà soát văn bản do Hội đồng nhân dân, Ủy ban nhân dân cấp xã ban hành
            2.2 3 0.5 3 QĐ Đạt chuẩn tiếp cận pháp luật
            2.3 2 0.5 1 BC Thực hiện công tác hòa giải ở cơ sở
            3 Cải cách thủ tục hành chính
            3.1 3 0.5 1 HT Công khai thủ tục hành chính tại Bộ phận Một cửa
            3.2 Thực hiện cơ chế một cửa, một cửa liên thông
            3.2.1 5 0.5 6 HT Tỷ lệ hồ sơ thủ tục hành chính giải quyết đúng hạn
            3.2.2 2 0.5 3 HT Thực hiện xin lỗi người dân, tổ chức khi giải quyết hồ sơ trễ hạn
            3.2.3 3 0.5 4 HT Liên thông đăng ký khai sinh, thường trú, cấp thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi
            3.3 3 0.5 1 BC Tiếp nhận, xử lý phản ánh, kiến nghị của người dân, tổ chức
            3.4 6 0.5 5 HT Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính
            4 Cải cách tổ chức bộ máy hành chính
            4.1 3 0.5 2 BC Bố trí cán bộ, công chức cấp xã đúng số lượng quy định
            4.2 3 0.5 2 QĐ Tổ chức thôn, tổ dân phố và người hoạt động không chuyên trách theo quy định
            5 Cải cách chế độ công vụ
            5.1 4 0.5 3 BC Tỷ lệ cán bộ, công chức cấp xã đạt chuẩn theo quy định
            5.2 3 0.5 1 BC Đánh giá, xếp loại chất lượng cán bộ, công chức
            5.3 3 0.5 4 BC Chấp hành kỷ luật, kỷ cương hành chính
            6 Cải cách tài chính công
            6.1 3 0.5 3 BC Thu ngân sách cấp xã đạt dự toán được giao
            6.2 3 0.5 2 BC Công khai thu, chi ngân sách cấp xã
            6.3 2 0.5 1 BC Quản lý, sử dụng tài sản công và các quỹ tài chính ngoài ngân sách
            2021: 7 Hiện đại hóa hành chính
            2022+: 7 Xây dựng và phát triển Chính quyền điện tử, Chính quyền số
            7.1 3 0.5 2 HT Tỷ lệ văn bản điện tử, có chữ ký số
            7.2 5 0.5 6 HT Tỷ lệ hồ sơ thủ tục hành chính tiếp nhận, giải quyết trực tuyến
            2021: 7.3 3 0.5 3 BC Ứng dụng công nghệ thông tin tại Bộ phận Một cửa
            2022+: 7.3 3 0.5 3 QĐ Hoạt động của Tổ công nghệ số cộng đồng
            7.4 3 0.5 1 BC Bảo đảm an toàn thông tin mạng
            """;

    /** The criterion central agencies and public service units are waived from: they draft no provincial regulation. */
    static final String REGULATIONS = "2.1";

    private static final Pattern YEARS = Pattern.compile("^(\\d{4})(\\+|-\\d{4})?:\\s*");

    private DemoCriteria() {
    }

    /** One line of a set: a field, criterion or sub-criterion; scored when it has a maximum. */
    record Node(String code, String name, BigDecimal max, BigDecimal step, int losses, String document) {

        int level() {
            return code.split("\\.").length;
        }

        String parentCode() {
            int dot = code.lastIndexOf('.');
            return dot < 0 ? null : code.substring(0, dot);
        }

        boolean scored() {
            return max != null;
        }
    }

    static String name(AssessedKind kind, int year) {
        return switch (kind) {
            case DEPARTMENT -> "Bộ Chỉ số cải cách hành chính các sở, ban, ngành, cơ quan, đơn vị thuộc tỉnh năm "
                    + year;
            case DISTRICT -> "Bộ Chỉ số cải cách hành chính Ủy ban nhân dân các huyện, thị xã, thành phố năm " + year;
            case COMMUNE -> "Bộ Chỉ số cải cách hành chính Ủy ban nhân dân các xã, phường, thị trấn năm " + year;
        };
    }

    static BigDecimal surveyPoints(AssessedKind kind) {
        return BigDecimal.valueOf(kind == AssessedKind.COMMUNE ? 20 : 30);
    }


    /** The nodes of a kind's set for a year, parents before their children. */
    static List<Node> nodes(AssessedKind kind, int year) {
        String text = switch (kind) {
            case DEPARTMENT -> DEPARTMENT;
            case DISTRICT -> DISTRICT;
            case COMMUNE -> COMMUNE;
        };
        List<Node> nodes = new ArrayList<>();
        for (String line : text.strip().split("\n")) {
            Matcher years = YEARS.matcher(line);
            if (years.find()) {
                int from = Integer.parseInt(years.group(1));
                String until = years.group(2);
                int to = until == null ? from
                        : until.equals("+") ? Integer.MAX_VALUE : Integer.parseInt(until.substring(1));
                if (year < from || year > to) {
                    continue;
                }
                line = line.substring(years.end());
            }
            nodes.add(node(line.strip()));
        }
        return nodes;
    }

    private static Node node(String line) {
        String[] parts = line.split(" ", 6);
        if (parts.length == 6 && Character.isDigit(parts[1].charAt(0))) {
            return new Node(parts[0], parts[5], new BigDecimal(parts[1]), new BigDecimal(parts[2]),
                    Integer.parseInt(parts[3]), parts[4]);
        }
        String[] named = line.split(" ", 2);
        return new Node(named[0], named[1], null, null, 0, null);
    }
}
