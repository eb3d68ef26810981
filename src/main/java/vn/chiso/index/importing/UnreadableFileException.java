package vn.chiso.index.importing;

/** The upload is not a results file this application can read; the message key says why. */
class UnreadableFileException extends Exception {

    private final String messageKey;

    UnreadableFileException(String messageKey, Throwable cause) {
        super(messageKey, cause);
        this.messageKey = messageKey;
    }

    String messageKey() {
        return messageKey;
    }
}
