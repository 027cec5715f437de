package org.moneymen.model.param;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A plain-words description of a parameter, and its unit when it has one (USD, days, months, share). */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD})
public @interface Doc {
    /** What the parameter means. */
    String value();

    /** Its unit, or empty when it has none. */
    String unit() default "";
}
