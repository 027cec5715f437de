package org.moneymen.io.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.moneymen.model.config.Commodity;
import org.moneymen.model.Entity;
import org.moneymen.model.Entity.CityEntity;
import org.moneymen.model.Entity.CompanyEntity;
import org.moneymen.model.Entity.DealEntity;
import org.moneymen.model.config.StationKind;

/** A network file read back whole, or only the kinds a reader names (the deals of a large run left unread). */
class NetworkFileTest {

    @TempDir
    Path tmp;

    Path written(String... extra) throws IOException {
        StringWriter w = new StringWriter();
        for (Entity e : List.of(new CityEntity(1, "Dandong", StationKind.BORDER),
                new CompanyEntity(7, "Korea Sobaeksu Trading", "KPe.001", 1, "gsd", null, 3, 0),
                new DealEntity(11, 7, 20, 5, 2, Commodity.COAL, 1e6, 12, 5e4, -1))) {
            NetworkJsonl.write(w, e);
        }
        for (String line : extra) {
            w.write(line + "\n");
        }
        Path f = tmp.resolve("network.jsonl");
        Files.writeString(f, w.toString());
        return f;
    }

    @Test
    void readWholeItGivesBackWhatWasWritten() throws Exception {
        NetworkFile n = NetworkFile.read(written());
        assertThat(n.cityName(1)).isEqualTo("Dandong");
        assertThat(n.company(7).name()).isEqualTo("Korea Sobaeksu Trading");
        assertThat(n.company(7).externalId()).isEqualTo("KPe.001");
        assertThat(n.deal(11).commodity()).isEqualTo(Commodity.COAL);
    }

    @Test
    void readForSomeKindsItHoldsOnlyThose_evenFromLinesThatDoNotStartWithTheirKind() throws Exception {
        Path f = written("{\"id\":12,\"company\":7,\"kind\":\"deal\",\"commodity\":\"coal\"}",
                "{\"id\":8,\"kind\":\"company\",\"city\":1,\"organ\":\"ssd\",\"posts\":2,\"group\":1}");
        NetworkFile n = NetworkFile.read(f, Set.of("company", "city"));
        assertThat(n.companies()).extracting(CompanyEntity::id).containsExactly(7, 8);
        assertThat(n.city(1)).isNotNull();
        assertThat(n.deal(11)).isNull();
        assertThat(n.deal(12)).isNull();
    }

    @Test
    void aBadLineOfAKindReadIsAnErrorNamingTheFileAndLine() throws Exception {
        Path f = written("{\"kind\":\"company\",\"id\":\"seven\"}");
        assertThatThrownBy(() -> NetworkFile.read(f, Set.of("company"))).isInstanceOf(IOException.class)
                .hasMessageContaining("line 4 of " + f).hasMessageContaining("not an entity");
    }
}
