package org.moneymen.model;

import java.util.ArrayList;
import java.util.List;

/**
 * The reference for {@link AwaitedPosts}, written from its contract: the awaited posts are those vacant with a
 * replacement on its way, in an office that is not sealed, found by walking every post of every company in order
 * each time it is asked.
 */
final class NaiveAwaitedPosts {
    private final List<TradeCompany> companies;

    NaiveAwaitedPosts(List<TradeCompany> companies) {
        this.companies = companies;
    }

    /** The awaited posts of a kind (head or staff) outside a city, in company then slot order, as {company, slot}. */
    List<Object[]> outside(boolean head, City city) {
        List<Object[]> out = new ArrayList<>();
        for (TradeCompany c : companies) {
            if (c.city() == city || c.sealed) {
                continue;
            }
            for (int s = 0; s < c.posts.length; s++) {
                if ((s == 0) == head && c.posts[s] == null && c.arrivals[s] != null) {
                    out.add(new Object[] {c, s});
                }
            }
        }
        return out;
    }
}
