package org.moneymen.model;

import org.moneymen.model.config.OfficialParams;

/**
 * Defections in normal times, outside any purge: each month every posted official may defect from his post, at a
 * yearly rate that a family held at home lowers (hostages hold officials back). A defector leaves his post as any
 * departure does (his deals may collapse, his relationships go, a replacement is sent for), hands nothing over (an
 * account only he knew is lost), takes his own savings and no company money, and raises the centre's suspicion of
 * everyone abroad as every defection of the network's own officials does.
 */
final class Defections {
    private final World world;
    private final Staffing staffing;
    private final Rivalry rivalry;
    private final boolean on;
    /** The chance a month of defecting, without and with a family at home. */
    private final double monthly;
    private final double monthlyWithFamily;

    Defections(World world, Staffing staffing, Rivalry rivalry) {
        this.world = world;
        this.staffing = staffing;
        this.rivalry = rivalry;
        OfficialParams p = world.scenario.officials();
        this.on = p.defectionRate() > 0;
        this.monthly = monthlyChance(p.defectionRate());
        this.monthlyWithFamily = monthlyChance(p.defectionRate() * p.defectionFamilyFactor());
    }

    /** The chance a month that gives {@code perYear} over twelve months. */
    static double monthlyChance(double perYear) {
        return 1 - StrictMath.pow(1 - Math.min(1, perYear), 1 / 12.0);
    }

    /**
     * The month's close: each posted official, in post order, draws once from his own stream whatever his family
     * (so a what-if on the family factor leaves everyone's draws in step); none is drawn when the rate is 0.
     */
    void month() {
        if (!on) {
            return;
        }
        for (Official o : world.postedOfficials()) {
            double u = o.rng(Source.DEFECTION).nextDouble();
            if (u < (o.familyAtHome ? monthlyWithFamily : monthly)) {
                defect(o);
            }
        }
    }

    private void defect(Official o) {
        world.count(Column.OFFICIALS_DEFECTED);
        world.emit(EventType.DEFECTED, o, o.savingsUsd, Double.NaN, Route.FROM_POST);
        staffing.endPosting(o, Status.DEFECTED, null);
        staffing.leave(o, false);
        rivalry.defection("official " + o.id() + " defected from his post");
    }
}
