package vn.chiso.index;

/** What an index's scores are: points on its scale, or a percentage. */
public enum Measure {
    POINTS,
    PERCENT;

    public String messageKey() {
        return "index.measure." + name();
    }
}
