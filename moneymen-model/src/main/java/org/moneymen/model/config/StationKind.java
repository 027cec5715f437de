package org.moneymen.model.config;

/** The kind of station a city is: it sets the size and pace of the trade done there. */
public enum StationKind {
    /** Beijing, Shenyang, Guangzhou, Shenzhen: MOUs with Chinese traders, for Office No. 39, under Central Party permission. */
    MAJOR_CITY,
    /** The north-eastern border provinces (Dandong, ...): smaller, more frequent trade. */
    BORDER,
    /** Offices in Europe. */
    EUROPE
}
