package org.moneymen.model;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The posts that are vacant with a replacement on its way, in an office that is not sealed (where a relocated official
 * can go), heads and staff apart, in company order then slot order: counted and indexed in logarithmic time, so a
 * relocation does not scan every company. Positions number every post of the network, company by company.
 */
final class AwaitedPosts {
    private final List<TradeCompany> companies;
    private final int[] offset;
    private final Fenwick[] all = new Fenwick[2];
    private final Map<City, int[]> cityPositions = new HashMap<>();
    private final Map<City, Fenwick[]> byCity = new HashMap<>();
    private final int[] localIndex;

    AwaitedPosts(List<TradeCompany> companies) {
        this.companies = companies;
        offset = new int[companies.size() + 1];
        for (int i = 0; i < companies.size(); i++) {
            offset[i + 1] = offset[i] + companies.get(i).posts.length;
        }
        int posts = offset[companies.size()];
        localIndex = new int[posts];
        all[0] = new Fenwick(posts);
        all[1] = new Fenwick(posts);
        Map<City, int[]> sizes = new HashMap<>();
        for (TradeCompany c : companies) {
            sizes.computeIfAbsent(c.city(), k -> new int[1])[0] += c.posts.length;
        }
        sizes.forEach((city, n) -> {
            cityPositions.put(city, new int[n[0]]);
            byCity.put(city, new Fenwick[] {new Fenwick(n[0]), new Fenwick(n[0])});
        });
        Map<City, int[]> fill = new HashMap<>();
        for (int i = 0; i < companies.size(); i++) {
            TradeCompany c = companies.get(i);
            int[] at = fill.computeIfAbsent(c.city(), k -> new int[1]);
            for (int s = 0; s < c.posts.length; s++) {
                localIndex[offset[i] + s] = at[0];
                cityPositions.get(c.city())[at[0]++] = offset[i] + s;
                if (awaited(c, s)) {
                    set(c, s, 1);
                }
            }
        }
    }

    /** Whether a post is awaited: vacant, its replacement on its way, its office not sealed. */
    static boolean awaited(TradeCompany c, int slot) {
        return c.posts[slot] == null && c.arrivals[slot] != null && !c.sealed;
    }

    /** A company's office is sealed (true) or reopens (false): its awaited posts leave the index or come back. */
    void seal(TradeCompany c, boolean sealed) {
        if (c.sealed == sealed) {
            return;
        }
        for (int s = 0; s < c.posts.length; s++) {
            if (c.posts[s] == null && c.arrivals[s] != null) {
                set(c, s, sealed ? -1 : 1);
            }
        }
        c.sealed = sealed;
    }

    /** A post starts waiting for its replacement (+1) or stops (-1). */
    void set(TradeCompany c, int slot, int delta) {
        int pos = offset[c.id() - 1] + slot;
        int kind = slot == 0 ? 0 : 1;
        all[kind].add(pos, delta);
        byCity.get(c.city())[kind].add(localIndex[pos], delta);
    }

    /** Awaited posts of a kind (head or staff) outside a city. */
    int countOutside(boolean head, City city) {
        int kind = head ? 0 : 1;
        return all[kind].total() - byCity.get(city)[kind].total();
    }

    /** The k-th (from 0) awaited post of a kind outside a city, in company then slot order, as {company, slot}. */
    Object[] nthOutside(boolean head, City city, int k) {
        int kind = head ? 0 : 1;
        int[] positions = cityPositions.get(city);
        Fenwick local = byCity.get(city)[kind];
        int lo = 0;
        int hi = offset[companies.size()] - 1;
        while (lo < hi) { // the first position with more than k awaited posts outside the city up to it
            int mid = (lo + hi) >>> 1;
            int inCity = upTo(positions, mid);
            int outside = all[kind].prefix(mid) - (inCity == 0 ? 0 : local.prefix(inCity - 1));
            if (outside > k) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        int company = upTo(offset, lo) - 1;
        return new Object[] {companies.get(company), lo - offset[company]};
    }

    /** How many of the sorted values are at most x. */
    private static int upTo(int[] sorted, int x) {
        int i = Arrays.binarySearch(sorted, x);
        if (i < 0) {
            return -i - 1;
        }
        while (i + 1 < sorted.length && sorted[i + 1] == x) {
            i++;
        }
        return i + 1;
    }

    /** A Fenwick tree of counts. */
    private static final class Fenwick {
        private final int[] tree;
        private int total;

        Fenwick(int n) {
            tree = new int[n + 1];
        }

        void add(int i, int delta) {
            total += delta;
            for (i++; i < tree.length; i += i & -i) {
                tree[i] += delta;
            }
        }

        /** Sum of positions 0..i. */
        int prefix(int i) {
            int s = 0;
            for (i++; i > 0; i -= i & -i) {
                s += tree[i];
            }
            return s;
        }

        int total() {
            return total;
        }
    }
}
