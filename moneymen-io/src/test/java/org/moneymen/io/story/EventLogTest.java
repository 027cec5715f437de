package org.moneymen.io.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.moneymen.model.config.Commodity;
import org.moneymen.model.DealStop;
import org.moneymen.model.EventType;
import org.moneymen.model.RecallCause;
import org.moneymen.model.ReviewOutcome;
import org.moneymen.model.Route;
import org.moneymen.model.Status;
import org.moneymen.model.config.ApprovalStep;

/** The event log read back into the model's types, and every bad line refused naming the file and the line. */
class EventLogTest {

    @TempDir
    Path tmp;

    List<LoggedEvent> read(String... lines) throws Exception {
        Path f = tmp.resolve("events.jsonl");
        Files.writeString(f, String.join("\n", lines) + "\n");
        return EventLog.readAll(f);
    }

    @Test
    void typedFactsComeBackAsTheModelsValues() throws Exception {
        List<LoggedEvent> e = read(
                "{\"day\":3,\"date\":\"2013-01-04\",\"type\":\"recalled\",\"official\":7,\"company\":2,\"usd\":12.5,"
                        + "\"ratio\":0.25,\"cause\":\"term_end\"}",
                "{\"day\":4,\"date\":\"2013-01-05\",\"type\":\"reviewed\",\"official\":7,"
                        + "\"cause\":\"recalled_success\"}",
                "{\"day\":5,\"date\":\"2013-01-06\",\"type\":\"deal_rejected\",\"official\":8,\"deal\":3,"
                        + "\"cause\":\"refused_by_rival\",\"step\":\"trade_office\"}",
                "",
                "{\"day\":6,\"date\":\"2013-01-07\",\"type\":\"deal_signed\",\"official\":8,\"deal\":4,"
                        + "\"commodity\":\"land\"}",
                "{\"day\":7,\"date\":\"2013-01-08\",\"type\":\"summoned\",\"official\":9,\"family_at_home\":false}",
                "{\"day\":8,\"date\":\"2013-01-09\",\"type\":\"defected\",\"official\":9,\"cause\":\"from_hiding\"}",
                "{\"day\":9,\"date\":\"2013-01-10\",\"type\":\"company_transferred\",\"company\":5,\"organ\":\"gsd\"}",
                "{\"day\":10,\"date\":\"2013-01-11\",\"type\":\"hid\",\"official\":9,\"city\":4}",
                "{\"day\":11,\"date\":\"2013-01-12\",\"type\":\"vacancy\",\"official\":9,\"days\":45}",
                "{\"day\":12,\"date\":\"2013-01-13\",\"type\":\"purge\",\"detail\":\"Jang \\\"the uncle\\\" falls\"}");
        assertThat(e).hasSize(10);
        LoggedEvent recall = e.get(0);
        assertThat(recall.line()).isEqualTo(1);
        assertThat(recall.date()).isEqualTo(LocalDate.of(2013, 1, 4));
        assertThat(recall.type()).isEqualTo(EventType.RECALLED);
        assertThat(recall.recallCause()).isEqualTo(RecallCause.TERM_END);
        assertThat(recall.statusAfter()).isEqualTo(Status.RECALLED);
        assertThat(recall.endsPost()).isTrue();
        assertThat(recall.usd()).isEqualTo(12.5);
        assertThat(recall.reviewOutcome()).isNull();
        assertThat(e.get(1).reviewOutcome()).isEqualTo(ReviewOutcome.RECALLED_SUCCESS);
        assertThat(e.get(2).dealStop()).isEqualTo(DealStop.REFUSED_BY_RIVAL);
        assertThat(e.get(2).step()).isEqualTo(ApprovalStep.TRADE_OFFICE);
        assertThat(e.get(3).line()).as("blank lines still count").isEqualTo(5);
        assertThat(e.get(3).commodity()).isEqualTo(Commodity.LAND);
        assertThat(e.get(3).cause()).isNull();
        assertThat(e.get(4).familyAtHome()).isFalse();
        assertThat(e.get(5).route()).isEqualTo(Route.FROM_HIDING);
        assertThat(e.get(6).organ()).isEqualTo("gsd");
        assertThat(e.get(6).official()).isEqualTo(-1);
        assertThat(e.get(6).endsPost()).isFalse();
        assertThat(e.get(7).city()).isEqualTo(4);
        assertThat(e.get(8).days()).isEqualTo(45);
        assertThat(e.get(8).city()).isEqualTo(-1);
        assertThat(e.get(9).detail()).isEqualTo("Jang \"the uncle\" falls");
    }

    @Test
    void aBadLineIsRefusedNamingTheFileTheLineAndWhatIsWrong() throws Exception {
        String ok = "{\"day\":1,\"date\":\"2013-01-02\",\"type\":\"posted\",\"official\":1,\"company\":1}";
        String[][] cases = {
            {"{\"day\":1,\"date\":\"2013-01-02\",\"type\":\"promoted\",\"official\":1}",
                "unknown event type 'promoted'"},
            {"{\"day\":1,\"date\":\"2013-01-02\",\"type\":\"recalled\",\"cause\":\"kept\"}",
                "'kept' is not a cause of recalled events", "quota, rumour"},
            {"{\"day\":1,\"date\":\"2013-01-02\",\"type\":\"posted\",\"cause\":\"quota\"}",
                "posted events have no cause"},
            {"{\"day\":1,\"date\":\"2013-01-02\",\"type\":\"approval_passed\",\"step\":\"politburo\"}",
                "'politburo' is not an approval step", "customs"},
            {"{\"day\":1,\"date\":\"2013-01-02\",\"type\":\"deal_signed\",\"commodity\":\"gold\"}",
                "'gold' is not a commodity", "coal"},
            {"{\"day\":1,\"date\":\"2013-01-02\",\"type\":\"posted\",\"official\":\"seven\"}", "not an event"},
            {"{\"day\":1,\"date\":\"2013-01-02\",\"type\":\"summoned\",\"family_at_home\":\"yes\"}", "not an event"},
            {"{\"day\":1,\"date\":\"2013-13-02\",\"type\":\"posted\"}", "not an event"},
            {"{\"day\":1,\"type\":\"posted\"}", "an event needs a type and a date"},
            {"[1, 2]", "not a JSON object"},
            {"{\"day\":1,", "not an event"},
        };
        for (String[] c : cases) {
            Path f = tmp.resolve("bad.jsonl");
            Files.writeString(f, ok + "\n" + c[0] + "\n");
            assertThatThrownBy(() -> EventLog.readAll(f)).as(c[0]).isInstanceOf(StoryException.class)
                    .hasMessageContaining("line 2 of " + f)
                    .hasMessageContaining(c[1])
                    .hasMessageContaining(c.length > 2 ? c[2] : c[1]);
        }
    }
}
