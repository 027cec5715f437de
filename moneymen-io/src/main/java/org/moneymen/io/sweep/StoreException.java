package org.moneymen.io.sweep;

/** A sweep folder that cannot be used as asked (not empty, not a sweep, another sweep): bad input. */
public final class StoreException extends Exception {
    private static final long serialVersionUID = 1L;

    /** Creates the exception with what is wrong and what to do. */
    public StoreException(String message) {
        super(message);
    }
}
