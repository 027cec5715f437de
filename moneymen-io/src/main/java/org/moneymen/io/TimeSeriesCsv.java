package org.moneymen.io;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.moneymen.model.Column;
import org.moneymen.model.MonthRow;

/** The monthly time series as CSV: {@code month,date,} then every {@link Column} in order. */
public final class TimeSeriesCsv {
    private TimeSeriesCsv() {
    }

    /** The header line, without line end. */
    public static String header() {
        StringBuilder sb = new StringBuilder("month,date");
        for (Column c : Column.values()) {
            sb.append(',').append(c.label());
        }
        return sb.toString();
    }

    /** Writes the header and one line per month. */
    public static void write(Writer out, List<MonthRow> rows) throws IOException {
        out.write(header());
        out.write('\n');
        StringBuilder sb = new StringBuilder(512);
        for (MonthRow r : rows) {
            sb.setLength(0);
            sb.append(r.month()).append(',').append(r.date());
            for (Column c : Column.values()) {
                sb.append(',').append(Numbers.format(c.unit(), r.get(c)));
            }
            sb.append('\n');
            out.write(sb.toString());
        }
    }
}
