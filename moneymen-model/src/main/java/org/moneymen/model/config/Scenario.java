package org.moneymen.model.config;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.moneymen.model.param.Doc;
import org.moneymen.model.param.Optional;
import org.moneymen.model.param.Range;

/** Everything one run needs: the network, the rules of each process, the seed, and where each value comes from. */
public record Scenario(
        @Doc("Scenario name, used to name output folders") String name,
        @Doc("What the scenario represents") @Optional String description,
        @Doc("First day simulated") LocalDate start,
        @Doc(value = "Length of the run", unit = "months") @Range(min = 1, max = 2400) int months,
        @Doc(value = "Months simulated before start and not recorded, so officials in post at the start have learned"
                + " what the quota rules do (a burn-in)", unit = "months") @Range(min = 0, max = 600) int warmupMonths,
        @Doc("Root random seed: the same seed gives the same run") long seed,
        @Doc("Exchange rates for showing money in RMB and KRW") Rates rates,
        @Doc("State bodies: patrons, approval organs, Office No. 39") List<OrganSpec> organs,
        @Doc("Patron persons officials can be tied to") List<PatronSpec> patrons,
        @Doc("Station cities") List<CitySpec> cities,
        @Doc("Trade companies, in groups") List<CompanySpec> companies,
        @Doc("The officials") OfficialParams officials,
        @Doc("Deals") DealParams deals,
        @Doc("Earning and remitting") EarningParams earning,
        @Doc("Quota review and recall") QuotaParams quota,
        @Doc("How officials adapt") AdaptationParams adaptation,
        @Doc("Vacancies and replacements") StaffingParams staffing,
        @Doc("The approval chain new deals pass") ApprovalParams approval,
        @Doc("Rumours, reports between organs, investigations") RivalryParams rivalry,
        @Doc("Purges of patron persons or organs") List<PurgeSpec> purges,
        @Doc("How summoned officials choose between returning, hiding, defecting and fleeing") ResponseParams response,
        @Doc("Defections outside the network that raise the centre's suspicion") List<ShockSpec> shocks,
        @Doc("What-if removals: a post's holder removed without handover, or an account frozen, at a day's end")
        List<RemovalSpec> removals,
        @Doc(value = "Scale the network to about this many officials: company counts, counterparts, approval"
                + " capacities and arrest squads are multiplied by this over the posts the file describes",
                unit = "officials") @Range(min = 1, max = 100_000_000) @Optional Integer targetOfficials,
        @Doc("Source or assumption for each parameter, by parameter path") Map<String, Provenance> provenance) {

    /** Defaults: the standard organs, no cities or companies (a scenario names its own). */
    public static Scenario defaults() {
        return new Scenario("scenario", null, LocalDate.of(2012, 1, 1), 60, 0, 1, Rates.defaults(), standardOrgans(),
                List.of(), List.of(), List.of(), OfficialParams.defaults(), DealParams.defaults(),
                EarningParams.defaults(), QuotaParams.defaults(), AdaptationParams.defaults(),
                StaffingParams.defaults(), ApprovalParams.defaults(), RivalryParams.defaults(), List.of(),
                ResponseParams.defaults(), List.of(), List.of(), null, Map.of());
    }

    /** The organs both reports name. */
    public static List<OrganSpec> standardOrgans() {
        return List.of(
                new OrganSpec("gsd", "KPA General Staff Department", OrganKind.PATRON, 1.0, List.of("ssd")),
                new OrganSpec("ssd", "State Security Department", OrganKind.PATRON, 1.0, List.of("gsd")),
                new OrganSpec("admin", "Administrative Department", OrganKind.PATRON, 1.0, List.of()),
                new OrganSpec("party", "Central Party", OrganKind.APPROVAL, 1.0, List.of()),
                new OrganSpec("trade_office", "Trade office in Shenzhen", OrganKind.APPROVAL, 1.0, List.of()),
                new OrganSpec("customs", "Customs office", OrganKind.APPROVAL, 1.0, List.of("gsd")),
                new OrganSpec("quarantine", "Central quarantine office", OrganKind.APPROVAL, 1.0, List.of("ssd")),
                new OrganSpec("planning", "State Planning Commission", OrganKind.APPROVAL, 1.0, List.of()),
                new OrganSpec("office39", "Office No. 39", OrganKind.OFFICE_39, 1.0, List.of()));
    }

    /** The same scenario with another seed. */
    public Scenario withSeed(long newSeed) {
        return new Scenario(name, description, start, months, warmupMonths, newSeed, rates, organs, patrons, cities, companies,
                officials, deals, earning, quota, adaptation, staffing, approval, rivalry, purges, response, shocks,
                removals, targetOfficials, provenance);
    }

    /** Posts for officials the companies describe (heads and staff), before any scaling. */
    public int posts() {
        return companies.stream().mapToInt(c -> c.count() * (1 + c.staff())).sum();
    }

    /** Posts of the network as built (scaled, heads and staff): their ids are 1 to this. */
    public int builtPosts() {
        return companies.stream().mapToInt(c -> built(c) * (1 + c.staff())).sum();
    }

    /** Accounts the network is built with (scaled): their ids are 1 to this; accounts opened later come after. */
    public int builtAccounts() {
        return companies.stream().mapToInt(c -> built(c) * c.accounts()).sum();
    }

    private int built(CompanySpec c) {
        return c.named() ? c.count() : scaled(c.count());
    }

    /** The factor counts are multiplied by to reach {@code target_officials} (1 when it is not given). */
    public double scale() {
        int posts = posts();
        return targetOfficials == null || posts == 0 ? 1.0 : targetOfficials / (double) posts;
    }

    /** A count multiplied by the scale, rounded, and at least one. */
    public int scaled(int count) {
        return targetOfficials == null ? count : (int) Math.max(1, Math.round(count * scale()));
    }

    /** The first day simulated, warm-up included. */
    public LocalDate warmupStart() {
        return start.minusMonths(warmupMonths);
    }

    /** The last day simulated (the day before the month after the last). */
    public LocalDate end() {
        return start.plusMonths(months).minusDays(1);
    }
}
