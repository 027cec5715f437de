package org.moneymen.io.story;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.moneymen.model.Rank;

/** The posts one official held, kept as his events go: opened when posted, closed when he leaves, transfers noted. */
final class PostingLog {
    private final List<Posting> closed = new ArrayList<>();
    private LocalDate from;
    private Rank rank;
    private int company = -1;
    private int city = -1;
    private String patronPerson;
    private List<String> organs;

    /** He takes a post: its company's patron organ and patron person are as they stand now. */
    void open(LocalDate date, Rank rank, int company, int city, String organ, String patronPerson) {
        if (organs != null) {
            close(date);
        }
        this.from = date;
        this.rank = rank;
        this.company = company;
        this.city = city;
        this.patronPerson = patronPerson;
        this.organs = new ArrayList<>();
        organs.add(organ);
    }

    /** A company passed to another organ: noted if it is the one he holds a post in. */
    void transferred(int transferredCompany, String organ) {
        if (organs != null && transferredCompany == company) {
            organs.add(organ);
        }
    }

    /** He leaves his post. */
    void close(LocalDate date) {
        if (organs != null) {
            closed.add(new Posting(from, date, rank, company, city, patronPerson, List.copyOf(organs)));
            organs = null;
        }
    }

    /** Whether he holds a post now. */
    boolean isOpen() {
        return organs != null;
    }

    /** Every post he held, the one he holds now last (with no end date). */
    List<Posting> all() {
        List<Posting> out = new ArrayList<>(closed);
        if (organs != null) {
            out.add(new Posting(from, null, rank, company, city, patronPerson, List.copyOf(organs)));
        }
        return List.copyOf(out);
    }
}
