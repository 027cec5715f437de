package org.moneymen.model.config;

import org.moneymen.model.param.Doc;
import org.moneymen.model.param.Range;

/** Exchange rates used to show USD amounts in RMB and KRW. */
public record Rates(
        @Doc(value = "Chinese yuan per US dollar", unit = "RMB per USD") @Range(min = 0.000001) double rmbPerUsd,
        @Doc(value = "South Korean won per US dollar", unit = "KRW per USD") @Range(min = 0.000001) double krwPerUsd) {

    /** The 2016 report's rates: 10 million RMB = 1.8 billion KRW = 1.6 million USD. */
    public static Rates defaults() {
        return new Rates(6.25, 1125.0);
    }
}
