package vn.chiso.index;

import java.util.Locale;

/** A performance group of an index; position 1 is the best group. */
public record GroupLabel(int position, String nameVi, String nameEn) {

    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameVi;
    }
}
