package org.moneymen.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Runs a month's close: the processes in their declared order, with the walks over the posts fused where the
 * processes allow ({@link MonthProcess#joinsPreviousWalk}). A segment is a process and those joining it: every
 * one's work before the walk, one walk visiting each posted official with each in order, then every one's work
 * after the walk.
 */
final class CloseWalker {
    private final World world;
    private final List<List<MonthProcess>> segments = new ArrayList<>();

    CloseWalker(World world, List<MonthProcess> order) {
        this.world = world;
        for (MonthProcess p : order) {
            if (segments.isEmpty() || !p.joinsPreviousWalk()) {
                segments.add(new ArrayList<>());
            }
            segments.get(segments.size() - 1).add(p);
        }
    }

    /** The segments in order, each a list of process names (for docs and tests). */
    List<List<String>> plan() {
        return segments.stream().map(s -> s.stream().map(MonthProcess::name).toList()).toList();
    }

    void close(MonthClose close) {
        MonthProcess[] visitors = new MonthProcess[4];
        for (List<MonthProcess> segment : segments) {
            int n = 0;
            for (MonthProcess p : segment) {
                p.before(close);
            }
            for (MonthProcess p : segment) {
                if (p.visitsPosts()) {
                    if (n == visitors.length) {
                        visitors = java.util.Arrays.copyOf(visitors, 2 * n);
                    }
                    visitors[n++] = p;
                }
            }
            if (n > 0) {
                Official[] posted = world.postedOfficials();
                close.walking(posted);
                for (Official o : posted) {
                    for (int i = 0; i < n; i++) {
                        visitors[i].visit(o, close);
                    }
                }
            }
            for (MonthProcess p : segment) {
                p.after(close);
            }
        }
    }
}
