package vn.chiso.index.province;

import java.time.LocalDate;

/** A province as it was during [validFrom, validTo); validTo is null while it still exists. */
public record Province(long id, String code, String name, String region, LocalDate validFrom, LocalDate validTo) {
}
