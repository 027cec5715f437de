package org.moneymen.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Where {@code serve} finds the scenarios to offer when none is named: {@code scenarios/} in the folder it was
 * started from, else the {@code scenarios/} of moneymen's own installation (found up from where its classes were
 * loaded: {@code moneymen-app/target/lib/*.jar} or {@code moneymen-app/target/classes}).
 */
final class ScenarioFolder {
    private ScenarioFolder() {
    }

    /** The folders looked in, in order. */
    static List<Path> candidates(Path workingDir, Path codeLocation) {
        List<Path> out = new ArrayList<>();
        out.add(workingDir.resolve("scenarios").toAbsolutePath().normalize());
        if (codeLocation != null) {
            Path p = codeLocation.toAbsolutePath().normalize();
            for (int up = 0; up < 5 && p != null; up++, p = p.getParent()) {
                Path s = p.resolve("scenarios");
                if (!out.contains(s) && Files.isRegularFile(p.resolve("moneymen"))) {
                    out.add(s);
                    break;
                }
            }
        }
        return out;
    }

    /** The first candidate holding a scenario file, or null. */
    static Path first(List<Path> candidates) {
        for (Path c : candidates) {
            if (yamlFiles(c) > 0) {
                return c;
            }
        }
        return null;
    }

    /** How many scenario files a folder holds (0 when it is not a folder). */
    static long yamlFiles(Path dir) {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(f -> Files.isRegularFile(f) && f.getFileName().toString().endsWith(".yaml")).count();
        } catch (IOException e) {
            return 0;
        }
    }

    /** Where moneymen's classes were loaded from, or null when that cannot be told. */
    static Path codeLocation() {
        try {
            return Path.of(ScenarioFolder.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (Exception e) {
            return null;
        }
    }
}
