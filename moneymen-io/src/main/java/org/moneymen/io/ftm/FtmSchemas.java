package org.moneymen.io.ftm;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The FtM schemas the importer reads and what each means to it: parties (who can be an organ, a company or an
 * official), links (entities whose two properties name the ids they join), and the rest it uses.
 */
final class FtmSchemas {
    /** Schemas of bodies and people. */
    static final Set<String> PARTIES = Set.of("Person", "Company", "Organization", "LegalEntity", "PublicBody");

    /** A link schema's two ends: the property naming the first party and the one naming the second. */
    record Ends(String from, String to) {
    }

    /** Link schemas and their ends (FtM's Interval schemas that join two parties or a party and an asset). */
    static final Map<String, Ends> LINKS = Map.of(
            "Ownership", new Ends("owner", "asset"),
            "Directorship", new Ends("director", "organization"),
            "Employment", new Ends("employee", "employer"),
            "Membership", new Ends("member", "organization"),
            "Representation", new Ends("agent", "client"),
            "Family", new Ends("person", "relative"),
            "Associate", new Ends("person", "associate"),
            "UnknownLink", new Ends("subject", "object"));

    /** Links that make a person an official of the body at their other end, strongest first. */
    static final List<String> ROLES = List.of("Directorship", "Representation", "Employment", "Membership");

    /** Properties that name an entity another entity refers to, outside links. */
    static final List<String> REFERENCES = List.of("addressEntity", "parent", "bank", "entity", "holder");

    /** Properties that give a party's countries. */
    static final List<String> COUNTRIES = List.of("country", "nationality", "citizenship", "jurisdiction",
            "mainCountry");

    /** Every FtM schema the importer knows the name of; others are counted as unknown. */
    static final Set<String> KNOWN = Set.of("Person", "Company", "Organization", "LegalEntity", "PublicBody",
            "Ownership", "Directorship", "Employment", "Membership", "Representation", "Family", "Associate",
            "UnknownLink", "BankAccount", "Sanction", "Address", "Identification", "Passport", "Vessel", "Airplane",
            "Security", "Position", "Occupancy", "Note", "CryptoWallet", "Thing", "Asset", "Event", "Article",
            "Document", "Payment", "Debt", "Contract", "ContractAward", "Trip", "Call", "Email", "Mention");

    /** The properties the importer reads, by schema; anything else is counted as unused. */
    static final Map<String, Set<String>> READ = Map.ofEntries(
            Map.entry("Person", Set.of("name", "country", "nationality", "citizenship", "position", "notes",
                    "address", "addressEntity")),
            Map.entry("Company", party()), Map.entry("Organization", party()), Map.entry("LegalEntity", party()),
            Map.entry("PublicBody", party()),
            Map.entry("Ownership", link("owner", "asset")), Map.entry("Directorship", link("director", "organization")),
            Map.entry("Employment", link("employee", "employer")),
            Map.entry("Membership", link("member", "organization")),
            Map.entry("Representation", link("agent", "client")), Map.entry("Family", link("person", "relative")),
            Map.entry("Associate", link("person", "associate")), Map.entry("UnknownLink", link("subject", "object")),
            Map.entry("BankAccount", Set.of("name", "bank", "bankName", "holder", "accountNumber", "iban")),
            Map.entry("Sanction", Set.of("entity", "authority", "program", "startDate", "listingDate", "endDate",
                    "reason")),
            Map.entry("Address", Set.of("full", "city", "country")));

    private FtmSchemas() {
    }

    private static Set<String> party() {
        return Set.of("name", "country", "jurisdiction", "mainCountry", "address", "addressEntity", "notes",
                "parent", "description");
    }

    private static Set<String> link(String from, String to) {
        return Set.of(from, to, "role", "relationship", "startDate", "endDate");
    }
}
