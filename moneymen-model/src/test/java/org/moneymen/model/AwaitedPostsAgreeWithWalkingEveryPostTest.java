package org.moneymen.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The awaited-posts index (Fenwick trees over the network's posts and each city's) answers every count and every
 * k-th post outside a city exactly as walking every post does, after any sequence of posts starting and stopping
 * to wait for their replacement and of offices sealed and reopened, in companies of interleaved cities.
 */
final class AwaitedPostsAgreeWithWalkingEveryPostTest {
    /** Fixed so that a CI failure is the same failure on a developer's machine. */
    private static final long SEED = 12026L;
    private static final int OCCUPIED = 0;
    private static final int AWAITED = 1;
    private static final int VACANT = 2;
    /** Not a post's state: the post's company's office is sealed, or reopens if it was. */
    private static final int SEAL = 3;

    /** A company: its city (taken modulo the number of cities), its staff, and its posts' first states. */
    record Shape(int city, int staff, List<Integer> states) {
    }

    /**
     * A post (modulo the number of posts) moves to a state: occupied, awaited, or vacant with none on its way; or its
     * company's office is sealed or reopens.
     */
    record Change(int post, int state) {
    }

    private static Gen<Shape> shapes() {
        return integers().between(0, 3).zip(integers().between(0, 3),
                lists().of(integers().between(OCCUPIED, VACANT)).ofSize(4), Shape::new);
    }

    private static Gen<List<Change>> changes() {
        return lists().of(integers().between(0, 999).zip(integers().between(OCCUPIED, SEAL), Change::new))
                .ofSizeBetween(0, 60);
    }

    @Test
    void countsAndPicksOutsideEachCityMatchAWalkOfThePosts() {
        qt().withExamples(1000).withFixedSeed(SEED)
                .forAll(integers().between(1, 4), lists().of(shapes()).ofSizeBetween(1, 12), changes())
                .checkAssert(AwaitedPostsAgreeWithWalkingEveryPostTest::agreeThroughout);
    }

    private static void agreeThroughout(int cityCount, List<Shape> shapes, List<Change> changes) {
        List<City> cities = new ArrayList<>();
        for (int i = 0; i < cityCount; i++) {
            cities.add(Entities.city(i));
        }
        List<TradeCompany> companies = new ArrayList<>();
        List<Object[]> posts = new ArrayList<>();
        for (Shape shape : shapes) {
            City city = cities.get(shape.city() % cityCount);
            TradeCompany c = Entities.company(companies.size() + 1, city, shape.staff());
            companies.add(c);
            for (int s = 0; s < c.posts.length; s++) {
                put(c, s, shape.states().get(s));
                posts.add(new Object[] {c, s});
            }
        }
        AwaitedPosts index = new AwaitedPosts(companies);
        NaiveAwaitedPosts reference = new NaiveAwaitedPosts(companies);
        Set<City> withCompanies = new LinkedHashSet<>();
        for (TradeCompany c : companies) {
            withCompanies.add(c.city());
        }
        assertAgree(index, reference, withCompanies, "as built");
        for (int i = 0; i < changes.size(); i++) {
            Object[] post = posts.get(changes.get(i).post() % posts.size());
            TradeCompany c = (TradeCompany) post[0];
            int slot = (Integer) post[1];
            if (changes.get(i).state() == SEAL) {
                index.seal(c, !c.sealed); // as Staffing does when a purge seals an office and when it reopens
                assertAgree(index, reference, withCompanies, "after change " + i + " " + changes.get(i));
                continue;
            }
            boolean was = awaited(c, slot);
            put(c, slot, changes.get(i).state());
            boolean is = awaited(c, slot);
            if (was != is) {
                index.set(c, slot, is ? 1 : -1); // as Staffing does: only when the post starts or stops waiting
            }
            assertAgree(index, reference, withCompanies, "after change " + i + " " + changes.get(i));
        }
    }

    private static boolean awaited(TradeCompany c, int slot) {
        return c.posts[slot] == null && c.arrivals[slot] != null && !c.sealed;
    }

    private static void put(TradeCompany c, int slot, int state) {
        c.posts[slot] = state == OCCUPIED ? Entities.official(c.id() * 100 + slot) : null;
        c.arrivals[slot] = state == AWAITED ? Entities.arrival() : null;
    }

    /** Every city an official can leave (one with companies), both kinds of post, every k. */
    private static void assertAgree(AwaitedPosts index, NaiveAwaitedPosts reference, Set<City> cities, String when) {
        for (City city : cities) {
            for (boolean head : new boolean[] {true, false}) {
                List<Object[]> expected = reference.outside(head, city);
                String what = (head ? "heads" : "staff") + " outside " + city.name() + " " + when;
                assertThat(index.countOutside(head, city)).as(what).isEqualTo(expected.size());
                for (int k = 0; k < expected.size(); k++) {
                    Object[] got = index.nthOutside(head, city, k);
                    assertThat(got[0]).as("company of post %d of %s", k, what).isSameAs(expected.get(k)[0]);
                    assertThat(got[1]).as("slot of post %d of %s", k, what).isEqualTo(expected.get(k)[1]);
                }
            }
        }
    }
}
