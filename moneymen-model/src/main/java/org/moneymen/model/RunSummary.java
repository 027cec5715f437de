package org.moneymen.model;

import java.time.LocalDate;
import java.util.Map;

/**
 * Totals of a run.
 *
 * @param scenario scenario name
 * @param seed root seed
 * @param start first day simulated
 * @param end last day simulated
 * @param months months simulated
 * @param office39InflowUsd money received by Office No. 39, USD
 * @param office39InflowRmb the same in RMB at the scenario's rate
 * @param office39InflowKrw the same in KRW at the scenario's rate
 * @param recalls recalls by cause (quota, underperformance, term_end, ...)
 * @param totals every flow column summed over the months, by column name
 * @param officialsEverPosted officials who held a post at some time in the run
 * @param meanPerformanceRatio mean over official-months of the month's earnings for the state x 12 / annual quota
 * @param approvalLeadTimeDaysMedian median days from signing to the last approval (NaN when none was approved)
 * @param approvalRejections deals refused at each approval step, by step
 * @param approvalDaysByStep mean days a deal spent at each step (waiting and examined), by step
 * @param approvalBottleneck the step where deals spent the longest (empty when no chain ran)
 * @param companies trade companies in the network
 * @param posts posts for officials in the network (heads and staff)
 * @param meanPostingYears official-years in post over the postings that ended in the run (the occurrence-exposure
 *                         estimate of a posting's mean length, which counts postings still running); NaN if none ended
 */
public record RunSummary(String scenario, long seed, LocalDate start, LocalDate end, int months,
                         double office39InflowUsd, double office39InflowRmb, double office39InflowKrw,
                         Map<String, Long> recalls, Map<String, Double> totals, int officialsEverPosted,
                         double meanPerformanceRatio, double approvalLeadTimeDaysMedian,
                         Map<String, Long> approvalRejections, Map<String, Double> approvalDaysByStep,
                         String approvalBottleneck, int companies, int posts, double meanPostingYears) {

    /** Money received by Office No. 39 per year of the run, on average, USD. */
    public double office39InflowUsdPerYear() {
        return office39InflowUsd * 12.0 / months;
    }
}
