package org.moneymen.experiment.keyplayers;

/** A key-player analysis that cannot be made as asked (a day outside the run, too many runs): a user's error. */
public final class KeyPlayersException extends Exception {
    private static final long serialVersionUID = 1L;

    /** An error whose message says what was asked, what is allowed and how to fix it. */
    public KeyPlayersException(String message) {
        super(message);
    }
}
