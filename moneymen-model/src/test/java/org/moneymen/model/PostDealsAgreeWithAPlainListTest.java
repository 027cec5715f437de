package org.moneymen.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * A post's deals kept in parallel arrays with their monthly revenues, as its company adds and removes them, are the
 * deals of a plain list in the same order, and the post's run rate is, bit for bit, the plain list's sum in order.
 */
final class PostDealsAgreeWithAPlainListTest {
    /** Fixed so that a CI failure is the same failure on a developer's machine. */
    private static final long SEED = 4L;
    private static final int STAFF = 2;

    /** What happens to a post: a new deal (kinds 0-2), one of its deals leaves (3-4), a deal not there "leaves" (5). */
    record Op(int kind, int slot, int pick, double monthlyRevenueUsd) {
    }

    /** Revenues of very different sizes and awkward binary fractions, so the order of the sum shows in its bits. */
    private static Gen<Double> revenues() {
        return Generate.oneOf(Generate.pick(List.of(0.0, 0.1, 0.2, 0.3, 1.0 / 3, 1e-9, 1e9, 12_345.678)),
                doubles().between(0, 1_000_000));
    }

    private static Gen<Double> shares() {
        return Generate.oneOf(Generate.pick(List.of(0.0, 0.3, 0.7, 1.0)), doubles().between(0, 1));
    }

    @Test
    void dealsAndRunRateMatchAPlainListSummedInOrder() {
        Gen<Op> op = integers().between(0, 5)
                .zip(integers().between(0, STAFF), integers().between(0, 99), revenues(), Op::new);
        qt().withExamples(1000).withFixedSeed(SEED)
                .forAll(lists().of(op).ofSizeBetween(0, 80), shares(), shares())
                .checkAssert(PostDealsAgreeWithAPlainListTest::agree);
    }

    private static void agree(List<Op> ops, double stateShare, double otherShare) {
        TradeCompany c = Entities.company(1, Entities.city(0), STAFF);
        List<NaivePostDeals> reference = new ArrayList<>();
        for (int s = 0; s <= STAFF; s++) {
            reference.add(new NaivePostDeals());
        }
        List<Deal> gone = new ArrayList<>();
        gone.add(Entities.deal(0, c, 0, 5)); // never added
        int ids = 1;
        for (int i = 0; i < ops.size(); i++) {
            Op op = ops.get(i);
            NaivePostDeals ref = reference.get(op.slot());
            if (op.kind() <= 2) {
                Deal d = Entities.deal(ids++, c, op.slot(), op.monthlyRevenueUsd());
                c.addDeal(d, stateShare);
                ref.add(d);
            } else if (op.kind() <= 4 && !ref.deals().isEmpty()) {
                Deal d = ref.deals().get(op.pick() % ref.deals().size());
                c.removeDeal(d, stateShare);
                ref.remove(d);
                gone.add(d);
                gone.add(Entities.deal(d.id(), c, d.slot, d.monthlyRevenueUsd())); // same id and revenue, another deal
            } else {
                Deal d = gone.get(op.pick() % gone.size()); // removed already, or never added: nothing may change
                c.removeDeal(d, stateShare);
                reference.get(d.slot).remove(d);
            }
            for (int s = 0; s <= STAFF; s++) {
                String when = "post " + s + " after op " + i + " " + op;
                NaivePostDeals r = reference.get(s);
                assertThat(c.postDeals[s].toArray()).as(when).containsExactlyElementsOf(r.deals());
                assertThat(Double.doubleToRawLongBits(c.runRateUsd[s]))
                        .as("%s: run rate kept %s, plain sum %s", when, c.runRateUsd[s], r.runRateUsd(stateShare))
                        .isEqualTo(Double.doubleToRawLongBits(r.runRateUsd(stateShare)));
                assertThat(Double.doubleToRawLongBits(c.postDeals[s].runRateUsd(otherShare)))
                        .as("%s at share %s", when, otherShare)
                        .isEqualTo(Double.doubleToRawLongBits(r.runRateUsd(otherShare)));
            }
        }
    }
}
