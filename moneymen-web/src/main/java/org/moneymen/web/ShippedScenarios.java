package org.moneymen.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.moneymen.model.config.Scenario;
import org.moneymen.scenario.ScenarioException;
import org.moneymen.scenario.ScenarioLoader;

/** The scenario files shipped in a folder, by name (the file name without .yaml); nothing outside it is read. */
final class ShippedScenarios {
    private final Path dir;

    ShippedScenarios(Path dir) {
        this.dir = dir.toAbsolutePath().normalize();
    }

    /** The names, sorted. */
    List<String> names() {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(Files::isRegularFile).map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".yaml") && !n.startsWith("."))
                    .map(n -> n.substring(0, n.length() - ".yaml".length())).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /** The text of a shipped scenario, when the name is one of {@link #names()}. */
    Optional<String> text(String name) throws IOException {
        if (name == null || !names().contains(name)) {
            return Optional.empty();
        }
        return Optional.of(Files.readString(dir.resolve(name + ".yaml"), StandardCharsets.UTF_8));
    }

    /** The file of a shipped scenario (the name is one of {@link #names()}). */
    Path file(String name) {
        return dir.resolve(name + ".yaml");
    }

    /** The file name errors in a shipped scenario cite. */
    static String source(String name) {
        return "scenarios/" + name + ".yaml";
    }

    /** Each scenario's name, description, start and length (or what is wrong with it). */
    List<Map<String, Object>> list() throws IOException {
        List<Map<String, Object>> out = new ArrayList<>();
        for (String name : names()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", name);
            try {
                Scenario s = ScenarioLoader.parse(source(name), text(name).orElseThrow(), List.of());
                m.put("description", s.description());
                m.put("start", s.start().toString());
                m.put("months", s.months());
            } catch (ScenarioException e) {
                m.put("problem", e.problems().get(0).toString());
            }
            out.add(m);
        }
        return out;
    }
}
