package vn.chiso.index.importing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import vn.chiso.index.Catalogue;
import vn.chiso.index.IndexCatalogue;
import vn.chiso.index.IndicatorView;
import vn.chiso.index.province.Province;
import vn.chiso.index.province.ProvinceDirectory;

/**
 * The file a coordinator fills in: one line per province of that year, one column per active indicator code (the
 * aggregate first) and a {@code note} column; the XLSX also has a sheet explaining each code and its scale.
 */
@Component
public class ImportTemplates {

    private final IndexCatalogue catalogue;
    private final ProvinceDirectory provinces;
    private final MessageSource messages;

    ImportTemplates(IndexCatalogue catalogue, ProvinceDirectory provinces, MessageSource messages) {
        this.catalogue = catalogue;
        this.provinces = provinces;
        this.messages = messages;
    }

    /** UTF-8 with a byte-order mark, so that Excel shows Vietnamese names correctly. */
    public byte[] csv(String indexCode, int year) {
        Catalogue index = catalogue.catalogue(indexCode);
        StringBuilder text = new StringBuilder("\uFEFF");
        try (CSVPrinter printer = new CSVPrinter(text, CSVFormat.DEFAULT)) {
            printer.printRecord(header(index));
            for (Province province : provinces.of(year)) {
                List<String> line = new ArrayList<>();
                line.add(province.name());
                index.active().forEach(indicator -> line.add(""));
                line.add("");
                printer.printRecord(line);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    public byte[] xlsx(String indexCode, int year) {
        Catalogue index = catalogue.catalogue(indexCode);
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);

            Sheet results = workbook.createSheet(index.index().code() + " " + year);
            write(results.createRow(0), header(index), bold);
            List<Province> yearProvinces = provinces.of(year);
            for (int i = 0; i < yearProvinces.size(); i++) {
                results.createRow(i + 1).createCell(0).setCellValue(yearProvinces.get(i).name());
            }
            results.createFreezePane(1, 1);
            results.setColumnWidth(0, 24 * 256);

            Locale locale = LocaleContextHolder.getLocale();
            Sheet guide = workbook.createSheet(message("template.guide.sheet"));
            write(guide.createRow(0), List.of(message("template.guide.code"), message("template.guide.name"),
                    message("template.guide.scale")), bold);
            List<IndicatorView> active = index.active();
            for (int i = 0; i < active.size(); i++) {
                IndicatorView indicator = active.get(i);
                write(guide.createRow(i + 1), List.of(indicator.code(), indicator.name(locale),
                        Numbers.plain(indicator.scaleMin()) + " – " + Numbers.plain(indicator.scaleMax())), null);
            }
            guide.setColumnWidth(1, 70 * 256);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String message(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }

    private static List<String> header(Catalogue index) {
        List<String> header = new ArrayList<>();
        header.add("province");
        header.addAll(index.active().stream().map(IndicatorView::code).collect(Collectors.toList()));
        header.add("note");
        return header;
    }

    private static void write(Row row, List<String> values, CellStyle style) {
        for (int i = 0; i < values.size(); i++) {
            row.createCell(i).setCellValue(values.get(i));
            if (style != null) {
                row.getCell(i).setCellStyle(style);
            }
        }
    }
}
