package org.moneymen.model.config;

import org.moneymen.model.param.Doc;

/** A patron person (a faction head such as Jang Song Thaek) to whom officials can be tied. */
public record PatronSpec(
        @Doc("Short identifier companies refer to") String id,
        @Doc("Full name") String name,
        @Doc("Identifier of the organ the patron leads") String organ) {
}
