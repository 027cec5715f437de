package org.moneymen.io.ftm;

import java.util.List;
import org.moneymen.model.config.CompanySpec;

/**
 * The what-if a designation in the data stands for, as the {@code --set} that asks it of the imported scenario: an
 * organ's designation as a purge of that organ, an official's as his removal from his post (an expulsion), a
 * company's as the freezing of its accounts. Post and account ids are those the network is built with: companies in
 * file order, each with its head's post, then its staff's, then its accounts.
 */
final class WhatIfs {
    private final List<CompanySpec> companies;

    WhatIfs(List<CompanySpec> companies) {
        this.companies = companies;
    }

    /** A day from an FtM date ("2016", "2016-03" or "2016-03-02"), or null when it is not one. */
    static String day(String ftmDate) {
        if (ftmDate == null) {
            return null;
        }
        String d = ftmDate.length() >= 10 ? ftmDate.substring(0, 10) : ftmDate;
        if (d.matches("\\d{4}")) {
            return d + "-01-01";
        }
        if (d.matches("\\d{4}-\\d{2}")) {
            return d + "-01";
        }
        return d.matches("\\d{4}-\\d{2}-\\d{2}") ? d : null;
    }

    static String purge(String day, String organ) {
        return "--set 'purges=[{date: " + day + ", organ: " + organ + "}]'";
    }

    /** The removal of a named official from his post, or null when he is not one of the scenario's officials. */
    String removal(String day, String person) {
        int post = 1;
        for (CompanySpec c : companies) {
            for (int slot = 0; slot < c.officials().size(); slot++) {
                if (person.equals(c.officials().get(slot).externalId())) {
                    return "--set 'removals=[{date: " + day + ", post: " + (post + slot) + "}]'";
                }
            }
            post += c.count() * (1 + c.staff());
        }
        return null;
    }

    /** The freezing of every account of a company, or null when it is not one of the scenario's companies. */
    String freeze(String day, String company) {
        int account = 1;
        for (CompanySpec c : companies) {
            if (company.equals(c.externalId())) {
                StringBuilder b = new StringBuilder("--set 'removals=[");
                for (int a = 0; a < c.accounts(); a++) {
                    b.append(a == 0 ? "" : ", ").append("{date: ").append(day).append(", account: ")
                            .append(account + a).append('}');
                }
                return b.append("]'").toString();
            }
            account += c.count() * c.accounts();
        }
        return null;
    }
}
