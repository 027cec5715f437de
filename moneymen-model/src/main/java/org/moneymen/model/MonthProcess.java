package org.moneymen.model;

import java.util.function.Consumer;

/**
 * One process of the month's close. A close runs the processes in the order {@link Simulation} declares once
 * (docs/ODD.md section 3 mirrors it): each does its network-wide work before a walk over the posts, visits each
 * posted official in post order, and does its work after the walk. The walker fuses the walks of consecutive
 * processes that say they may {@link #joinsPreviousWalk() join}, so the posts are walked as few times as the order
 * allows.
 */
interface MonthProcess {

    /** The process's name, as in docs/ODD.md. */
    String name();

    /**
     * Whether this process may share the walk of the process before it: its work before the walk then runs before
     * that walk, its visits follow the earlier process's visit official by official, and the earlier process's work
     * after the walk runs after these visits. True only when neither reads what the other changes in between.
     */
    default boolean joinsPreviousWalk() {
        return false;
    }

    /** Network-wide work before the walk over the posts. */
    default void before(MonthClose close) {
    }

    /** Whether it visits each posted official at this close. */
    default boolean visitsPosts() {
        return false;
    }

    /** One posted official, in post order (company by company, head first). */
    default void visit(Official o, MonthClose close) {
    }

    /** Network-wide work once every post has been visited. */
    default void after(MonthClose close) {
    }

    /** A process with only network-wide work, run at its place in the order. */
    static MonthProcess whole(String name, Consumer<MonthClose> work) {
        return new MonthProcess() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public void before(MonthClose close) {
                work.accept(close);
            }
        };
    }
}
