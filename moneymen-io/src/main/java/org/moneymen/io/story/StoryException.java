package org.moneymen.io.story;

/** A run folder or request that cannot be explained: the message says why, for the user. */
public final class StoryException extends Exception {
    private static final long serialVersionUID = 1L;

    public StoryException(String message) {
        super(message);
    }

    public StoryException(String message, Throwable cause) {
        super(message, cause);
    }
}
