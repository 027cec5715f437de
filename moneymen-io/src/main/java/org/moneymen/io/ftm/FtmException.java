package org.moneymen.io.ftm;

/** A line of an FtM file that cannot be read, with its file, line and column. */
public final class FtmException extends Exception {
    private static final long serialVersionUID = 1L;

    /** Creates the exception from a located message ({@code file:line:column: what is wrong}). */
    public FtmException(String message) {
        super(message);
    }
}
