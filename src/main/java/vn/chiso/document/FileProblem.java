package vn.chiso.document;

/** Why an uploaded file was refused, for the input it came from (a task of a report, a criterion of an assessment). */
public record FileProblem(long slot, String fileName, String messageKey, Object... args) {

    /** The arguments of the message: the file's name first, then the problem's own. */
    public Object[] messageArguments() {
        Object[] all = new Object[args.length + 1];
        all[0] = fileName;
        System.arraycopy(args, 0, all, 1, args.length);
        return all;
    }
}
