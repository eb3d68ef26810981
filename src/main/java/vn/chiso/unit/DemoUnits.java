package vn.chiso.unit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.chiso.shared.DemoData;
import vn.chiso.shared.VietnameseText;

/**
 * The bodies of Khánh Hòa as they were before the 2025 reform: the departments and agencies, the central agencies
 * in the province and the public service units the province rates every year for administrative reform (43 in
 * 2022, and one more in 2021, merged since), bodies the seed documents name that are not rated, the nine
 * district-level People's Committees and the 136 communes, wards and towns of the eight that are rated (Trường Sa's
 * are not). Each unit is added when its code is missing, so an older demo database gains the new ones.
 */
@Component
@DemoData
@Order(DemoData.UNITS)
class DemoUnits implements ApplicationRunner {

    /** Per district: its code, the prefix of its communes' codes and its communes (P. ward, TT. town, xã commune). */
    private static final List<List<String>> COMMUNES = List.of(
            List.of("NHATRANG", "NT", "P. Vĩnh Hòa", "P. Vĩnh Hải", "P. Vĩnh Phước", "P. Vĩnh Thọ", "P. Xương Huân",
                    "P. Vạn Thắng", "P. Vạn Thạnh", "P. Phương Sài", "P. Phương Sơn", "P. Ngọc Hiệp", "P. Phước Hòa",
                    "P. Phước Tân", "P. Phước Tiến", "P. Phước Hải", "P. Lộc Thọ", "P. Tân Lập", "P. Vĩnh Nguyên",
                    "P. Vĩnh Trường", "P. Phước Long", "xã Vĩnh Lương", "xã Vĩnh Phương", "xã Vĩnh Ngọc",
                    "xã Vĩnh Thạnh", "xã Vĩnh Trung", "xã Vĩnh Hiệp", "xã Vĩnh Thái", "xã Phước Đồng"),
            List.of("CAMRANH", "CR", "P. Cam Nghĩa", "P. Cam Phúc Bắc", "P. Cam Phúc Nam", "P. Cam Lộc", "P. Cam Phú",
                    "P. Ba Ngòi", "P. Cam Thuận", "P. Cam Lợi", "P. Cam Linh", "xã Cam Thành Nam",
                    "xã Cam Phước Đông", "xã Cam Thịnh Tây", "xã Cam Thịnh Đông", "xã Cam Lập", "xã Cam Bình"),
            List.of("NINHHOA", "NH", "P. Ninh Hiệp", "P. Ninh Đa", "P. Ninh Giang", "P. Ninh Hà", "P. Ninh Diêm",
                    "P. Ninh Thủy", "P. Ninh Hải", "xã Ninh Sơn", "xã Ninh Tây", "xã Ninh Thượng", "xã Ninh An",
                    "xã Ninh Thọ", "xã Ninh Trung", "xã Ninh Sim", "xã Ninh Xuân", "xã Ninh Thân", "xã Ninh Đông",
                    "xã Ninh Phước", "xã Ninh Phụng", "xã Ninh Bình", "xã Ninh Phú", "xã Ninh Tân", "xã Ninh Quang",
                    "xã Ninh Hưng", "xã Ninh Lộc", "xã Ninh Ích", "xã Ninh Vân"),
            List.of("VANNINH", "VN", "TT. Vạn Giã", "xã Đại Lãnh", "xã Vạn Phước", "xã Vạn Long", "xã Vạn Bình",
                    "xã Vạn Thọ", "xã Vạn Khánh", "xã Vạn Phú", "xã Vạn Lương", "xã Vạn Thắng", "xã Vạn Thạnh",
                    "xã Xuân Sơn", "xã Vạn Hưng"),
            List.of("CAMLAM", "CL", "TT. Cam Đức", "xã Cam Tân", "xã Cam Hòa", "xã Cam Hải Đông", "xã Cam Hải Tây",
                    "xã Sơn Tân", "xã Cam Hiệp Bắc", "xã Cam Hiệp Nam", "xã Cam Thành Bắc", "xã Cam An Bắc",
                    "xã Cam An Nam", "xã Cam Phước Tây", "xã Suối Cát", "xã Suối Tân"),
            List.of("DIENKHANH", "DK", "TT. Diên Khánh", "xã Diên An", "xã Diên Phú", "xã Diên Toàn", "xã Diên Lạc",
                    "xã Diên Thạnh", "xã Diên Hòa", "xã Diên Điền", "xã Diên Sơn", "xã Diên Lâm", "xã Diên Xuân",
                    "xã Diên Đồng", "xã Diên Thọ", "xã Diên Phước", "xã Diên Tân", "xã Suối Hiệp", "xã Suối Tiên",
                    "xã Bình Lộc"),
            List.of("KHANHVINH", "KV", "TT. Khánh Vĩnh", "xã Khánh Bình", "xã Khánh Đông", "xã Khánh Hiệp",
                    "xã Khánh Nam", "xã Khánh Phú", "xã Khánh Thành", "xã Khánh Thượng", "xã Khánh Trung",
                    "xã Cầu Bà", "xã Giang Ly", "xã Liên Sang", "xã Sơn Thái", "xã Sông Cầu"),
            List.of("KHANHSON", "KS", "TT. Tô Hạp", "xã Ba Cụm Bắc", "xã Ba Cụm Nam", "xã Sơn Bình", "xã Sơn Hiệp",
                    "xã Sơn Lâm", "xã Sơn Trung", "xã Thành Sơn"));

    private final UnitRepository repository;
    private final Map<String, Long> ids = new HashMap<>();
    private final List<Unit> pending = new ArrayList<>();

    DemoUnits(UnitRepository repository) {
        this.repository = repository;
    }

    /**
     * Saves the missing units in two batches, the communes after their districts: the data is known to be valid, and
     * creating some 200 units one by one through the service, each checking the whole tree, took seconds at every
     * start.
     */
    @Override
    public void run(ApplicationArguments args) {
        repository.findAll().forEach(unit -> ids.put(unit.getCode(), unit.getId()));
        departments();
        otherBodies();
        district("NHATRANG", "Ủy ban nhân dân thành phố Nha Trang", "UBND TP. Nha Trang");
        district("CAMRANH", "Ủy ban nhân dân thành phố Cam Ranh", "UBND TP. Cam Ranh");
        district("NINHHOA", "Ủy ban nhân dân thị xã Ninh Hòa", "UBND TX. Ninh Hòa");
        district("VANNINH", "Ủy ban nhân dân huyện Vạn Ninh", "UBND H. Vạn Ninh");
        district("CAMLAM", "Ủy ban nhân dân huyện Cam Lâm", "UBND H. Cam Lâm");
        district("DIENKHANH", "Ủy ban nhân dân huyện Diên Khánh", "UBND H. Diên Khánh");
        district("KHANHVINH", "Ủy ban nhân dân huyện Khánh Vĩnh", "UBND H. Khánh Vĩnh");
        district("KHANHSON", "Ủy ban nhân dân huyện Khánh Sơn", "UBND H. Khánh Sơn");
        district("TRUONGSA", "Ủy ban nhân dân huyện Trường Sa", "UBND H. Trường Sa");
        save();
        for (List<String> district : COMMUNES) {
            long parent = ids.get(district.get(0));
            for (String commune : district.subList(2, district.size())) {
                commune(district.get(1), commune, parent);
            }
        }
        save();
    }

    /** The 21 departments and agencies of the People's Committee. */
    private void departments() {
        department("SNV", "Sở Nội vụ", "Sở Nội vụ");
        department("STC", "Sở Tài chính", "Sở Tài chính");
        department("STP", "Sở Tư pháp", "Sở Tư pháp");
        department("VPUBND", "Văn phòng Ủy ban nhân dân tỉnh", "Văn phòng UBND tỉnh");
        department("SKHDT", "Sở Kế hoạch và Đầu tư", "Sở KH&ĐT");
        department("SXD", "Sở Xây dựng", "Sở Xây dựng");
        department("SGTVT", "Sở Giao thông vận tải", "Sở GTVT");
        department("SCT", "Sở Công Thương", "Sở Công Thương");
        department("SNNPTNT", "Sở Nông nghiệp và Phát triển nông thôn", "Sở NN&PTNT");
        department("STNMT", "Sở Tài nguyên và Môi trường", "Sở TN&MT");
        department("SVHTT", "Sở Văn hóa và Thể thao", "Sở VH&TT");
        department("SDL", "Sở Du lịch", "Sở Du lịch");
        department("SGDDT", "Sở Giáo dục và Đào tạo", "Sở GD&ĐT");
        department("SYT", "Sở Y tế", "Sở Y tế");
        department("SLDTBXH", "Sở Lao động - Thương binh và Xã hội", "Sở LĐ-TB&XH");
        department("SKHCN", "Sở Khoa học và Công nghệ", "Sở KH&CN");
        department("STTTT", "Sở Thông tin và Truyền thông", "Sở TT&TT");
        department("SNGV", "Sở Ngoại vụ", "Sở Ngoại vụ");
        department("TTRA", "Thanh tra tỉnh Khánh Hòa", "Thanh tra tỉnh");
        department("BDT", "Ban Dân tộc tỉnh Khánh Hòa", "Ban Dân tộc");
        department("BQLKKT", "Ban Quản lý Khu kinh tế Vân Phong", "BQL Khu kinh tế Vân Phong");
    }

    /**
     * Central agencies in the province and public service units, which are rated; the Fatherland Front, the Party's
     * mass mobilisation board and its newspaper, which are not.
     */
    private void otherBodies() {
        other("CAT", "Công an tỉnh Khánh Hòa", "Công an tỉnh");
        other("BHXH", "Bảo hiểm xã hội tỉnh Khánh Hòa", "BHXH tỉnh");
        other("CTHUE", "Cục Thuế tỉnh Khánh Hòa", "Cục Thuế tỉnh");
        other("KBNN", "Kho bạc Nhà nước Khánh Hòa", "KBNN Khánh Hòa");
        other("CHQ", "Cục Hải quan tỉnh Khánh Hòa", "Cục Hải quan tỉnh");
        other("CTK", "Cục Thống kê tỉnh Khánh Hòa", "Cục Thống kê tỉnh");
        other("PTTH", "Đài Phát thanh và Truyền hình Khánh Hòa", "Đài PT-TH Khánh Hòa");
        other("DHKH", "Trường Đại học Khánh Hòa", "Trường ĐH Khánh Hòa");
        other("CDYT", "Trường Cao đẳng Y tế Khánh Hòa", "Trường CĐ Y tế Khánh Hòa");
        other("CDKTCN", "Trường Cao đẳng Kỹ thuật Công nghệ Nha Trang", "Trường CĐ KTCN Nha Trang");
        other("BQLDD", "Ban Quản lý dự án đầu tư xây dựng các công trình dân dụng và công nghiệp tỉnh Khánh Hòa",
                "BQLDA công trình dân dụng và công nghiệp");
        other("BQLGT", "Ban Quản lý dự án đầu tư xây dựng các công trình giao thông tỉnh Khánh Hòa",
                "BQLDA công trình giao thông");
        other("BQLNN", "Ban Quản lý dự án đầu tư xây dựng các công trình nông nghiệp và phát triển nông thôn tỉnh"
                + " Khánh Hòa", "BQLDA công trình NN&PTNT");
        other("BQLVNT", "Ban Quản lý Vịnh Nha Trang", "BQL Vịnh Nha Trang");
        // rated in 2021, then merged into the civil works board: kept, inactive, for its 2021 result
        add(new Unit("BQLDAPT", "Ban Quản lý dự án Phát triển tỉnh Khánh Hòa", "BQLDA Phát triển tỉnh",
                UnitKind.OTHER_PROVINCIAL, null), false);
        other("BAOKH", "Báo Khánh Hòa", "Báo Khánh Hòa");
        other("MTTQ", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Khánh Hòa", "Ủy ban MTTQ tỉnh");
        other("BDVTU", "Ban Dân vận Tỉnh ủy Khánh Hòa", "Ban Dân vận Tỉnh ủy");
    }

    private void department(String code, String name, String shortName) {
        add(new Unit(code, name, shortName, UnitKind.DEPARTMENT, null), true);
    }

    private void other(String code, String name, String shortName) {
        add(new Unit(code, name, shortName, UnitKind.OTHER_PROVINCIAL, null), true);
    }

    private void district(String code, String name, String shortName) {
        add(new Unit(code, name, shortName, UnitKind.DISTRICT, null), true);
    }

    /** A commune-level unit from "P. Vĩnh Hòa", "TT. Vạn Giã" or "xã Ninh Ích"; its code is e.g. "NT-VINHHOA". */
    private void commune(String prefix, String label, long district) {
        int space = label.indexOf(' ');
        String level = label.substring(0, space);
        String place = label.substring(space + 1);
        String kind = switch (level) {
            case "P." -> "phường";
            case "TT." -> "thị trấn";
            default -> "xã";
        };
        String code = prefix + "-" + (level.equals("TT.") ? "TT" : "")
                + VietnameseText.fold(place).replace(" ", "").toUpperCase(Locale.ROOT);
        add(new Unit(code, "Ủy ban nhân dân " + kind + " " + place, "UBND " + label, UnitKind.COMMUNE, district),
                true);
    }

    /** Keeps the unit for the next save unless its code exists. */
    private void add(Unit unit, boolean active) {
        if (!ids.containsKey(unit.getCode())) {
            unit.setActive(active);
            ids.put(unit.getCode(), null);
            pending.add(unit);
        }
    }

    private void save() {
        repository.saveAll(pending).forEach(unit -> ids.put(unit.getCode(), unit.getId()));
        pending.clear();
    }
}
