package org.moneymen.model;

/**
 * The sources of randomness an official draws from, one stream each per official, derived from the root seed, the
 * source's name and the official's place: its post and how many held that post before it (not its id, which counts
 * creations and shifts as soon as two runs differ). So turning a process off or changing one of its parameters
 * leaves the draws of every other process as they were, and the n-th holder of a post draws the same in two
 * what-ifs even when he arrives on another day (common random numbers).
 */
enum Source {
    /** Who the official is: ability, family at home, risk attitude, tie, where in its term it starts. */
    ATTRIBUTES("official"),
    /** Postings and departures: accounts learnt, terms renewed, deals that collapse, handovers, vacancy delays. */
    STAFFING("official.staffing"),
    /** Deal making: searches, counterparts, signing, deal sizes and goods. */
    DEALS("official.deals"),
    /** The quota review's verdicts and relocations. */
    REVIEW("official.review"),
    /** Rumours spread and investigations suffered. */
    RIVALRY("official.rivalry"),
    /** A purge: summons, the decision, hiding, arrest. */
    PURGE("official.purge"),
    /** Learning of success recalls in other cities. */
    ADAPTATION("official.adaptation"),
    /** The approval chain's examination of the deals it made: days at each step, refusals. */
    APPROVAL("official.approval"),
    /** Defecting from the post in normal times, outside any purge (appended: the other streams' names are kept). */
    DEFECTION("official.defection");

    static final Source[] ALL = values();

    /** The stream family's name. */
    final String streamName;

    Source(String streamName) {
        this.streamName = streamName;
    }
}
