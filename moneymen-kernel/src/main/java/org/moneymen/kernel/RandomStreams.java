package org.moneymen.kernel;

import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;

/**
 * Named random streams split from one root seed. A stream depends only on (root seed, name[, index]),
 * never on how many streams were made before it, so adding an agent or a process leaves the others'
 * draws unchanged.
 */
public final class RandomStreams {
    /** The generator behind every stream: L64X128MixRandom, a splittable LXM generator of the JDK. */
    public static final String ALGORITHM = "L64X128MixRandom";
    private static final RandomGeneratorFactory<RandomGenerator> FACTORY = RandomGeneratorFactory.of(ALGORITHM);

    private final long rootSeed;

    public RandomStreams(long rootSeed) {
        this.rootSeed = rootSeed;
    }

    /** The root seed. */
    public long rootSeed() {
        return rootSeed;
    }

    /** The stream of a named source of randomness (a process, say). */
    public RandomGenerator stream(String name) {
        return FACTORY.create(Seeds.derive(rootSeed, name));
    }

    /** The stream of one member of a named family (an agent, say). */
    public RandomGenerator stream(String name, long index) {
        return FACTORY.create(Seeds.derive(rootSeed, Seeds.hash(name), index));
    }

    /** A named family whose name is hashed once: {@code family(n).stream(i)} equals {@code stream(n, i)}. */
    public Family family(String name) {
        return new Family(rootSeed, Seeds.hash(name));
    }

    /**
     * The streams of one source of randomness, one per member (an agent, say).
     *
     * @param rootSeed the root seed
     * @param nameHash the family name's hash
     */
    public record Family(long rootSeed, long nameHash) {
        /** The stream of one member. */
        public RandomGenerator stream(long index) {
            return FACTORY.create(Seeds.derive(rootSeed, nameHash, index));
        }
    }
}
