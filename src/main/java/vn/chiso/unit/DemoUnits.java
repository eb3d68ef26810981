package vn.chiso.unit;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.chiso.shared.DemoData;

/**
 * The bodies of Khánh Hòa that the seed documents name (plan 6025/KH-UBND and its reports), the province's nine
 * district-level People's Committees as they were before the 2025 reform, and some communes of Diên Khánh.
 */
@Component
@DemoData
@Order(DemoData.UNITS)
class DemoUnits implements ApplicationRunner {

    private final UnitService units;
    private final UnitRepository repository;

    DemoUnits(UnitService units, UnitRepository repository) {
        this.units = units;
        this.repository = repository;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (repository.existsByCode("SNV")) {
            return;
        }
        department("SNV", "Sở Nội vụ", "Sở Nội vụ");
        department("STC", "Sở Tài chính", "Sở Tài chính");
        department("STP", "Sở Tư pháp", "Sở Tư pháp");
        department("VPUBND", "Văn phòng Ủy ban nhân dân tỉnh", "Văn phòng UBND tỉnh");
        other("CAT", "Công an tỉnh Khánh Hòa", "Công an tỉnh");
        other("BHXH", "Bảo hiểm xã hội tỉnh Khánh Hòa", "BHXH tỉnh");
        other("PTTH", "Đài Phát thanh và Truyền hình Khánh Hòa", "Đài PT-TH Khánh Hòa");
        other("BAOKH", "Báo Khánh Hòa", "Báo Khánh Hòa");
        other("MTTQ", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Khánh Hòa", "Ủy ban MTTQ tỉnh");
        other("BDVTU", "Ban Dân vận Tỉnh ủy Khánh Hòa", "Ban Dân vận Tỉnh ủy");
        district("NHATRANG", "Ủy ban nhân dân thành phố Nha Trang", "UBND TP. Nha Trang");
        district("CAMRANH", "Ủy ban nhân dân thành phố Cam Ranh", "UBND TP. Cam Ranh");
        district("NINHHOA", "Ủy ban nhân dân thị xã Ninh Hòa", "UBND TX. Ninh Hòa");
        district("VANNINH", "Ủy ban nhân dân huyện Vạn Ninh", "UBND H. Vạn Ninh");
        district("CAMLAM", "Ủy ban nhân dân huyện Cam Lâm", "UBND H. Cam Lâm");
        long dienKhanh = district("DIENKHANH", "Ủy ban nhân dân huyện Diên Khánh", "UBND H. Diên Khánh");
        district("KHANHVINH", "Ủy ban nhân dân huyện Khánh Vĩnh", "UBND H. Khánh Vĩnh");
        district("KHANHSON", "Ủy ban nhân dân huyện Khánh Sơn", "UBND H. Khánh Sơn");
        district("TRUONGSA", "Ủy ban nhân dân huyện Trường Sa", "UBND H. Trường Sa");
        commune("DK-TTDIENKHANH", "Ủy ban nhân dân thị trấn Diên Khánh", "UBND TT. Diên Khánh", dienKhanh);
        commune("DK-DIENAN", "Ủy ban nhân dân xã Diên An", "UBND xã Diên An", dienKhanh);
        commune("DK-DIENPHU", "Ủy ban nhân dân xã Diên Phú", "UBND xã Diên Phú", dienKhanh);
        commune("DK-DIENTOAN", "Ủy ban nhân dân xã Diên Toàn", "UBND xã Diên Toàn", dienKhanh);
        commune("DK-DIENLAC", "Ủy ban nhân dân xã Diên Lạc", "UBND xã Diên Lạc", dienKhanh);
    }

    private void department(String code, String name, String shortName) {
        units.create(new UnitForm(code, name, shortName, UnitKind.DEPARTMENT, null));
    }

    private void other(String code, String name, String shortName) {
        units.create(new UnitForm(code, name, shortName, UnitKind.OTHER_PROVINCIAL, null));
    }

    private long district(String code, String name, String shortName) {
        return units.create(new UnitForm(code, name, shortName, UnitKind.DISTRICT, null));
    }

    private void commune(String code, String name, String shortName, long district) {
        units.create(new UnitForm(code, name, shortName, UnitKind.COMMUNE, district));
    }
}
