package vn.chiso.system;

import java.beans.PropertyEditorSupport;

/**
 * Every text bound from a request: refused when it holds a control character — a NUL, which PostgreSQL cannot store,
 * a bell, an escape, DEL or one of the C1 controls — other than the tab and the line breaks that multi-line text
 * needs. The refusal carries the text without them, which the form shows again beside its message.
 */
final class PrintableText extends PropertyEditorSupport {

    @Override
    public void setAsText(String text) {
        if (text != null && text.codePoints().anyMatch(PrintableText::refused)) {
            throw new Refused(text.codePoints().filter(c -> !refused(c))
                    .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString());
        }
        setValue(text);
    }

    static boolean refused(int codePoint) {
        return Character.getType(codePoint) == Character.CONTROL
                && codePoint != '\t' && codePoint != '\n' && codePoint != '\r';
    }

    /** A text refused for its control characters, and what it reads without them. */
    static final class Refused extends IllegalArgumentException {

        private final String printable;

        Refused(String printable) {
            super("control characters");
            this.printable = printable;
        }

        String printable() {
            return printable;
        }
    }
}
