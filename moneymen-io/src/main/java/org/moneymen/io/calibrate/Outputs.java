package org.moneymen.io.calibrate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.moneymen.io.AtomicDirectory;
import org.moneymen.scenario.ScenarioValues;

/** Small helpers of the calibration folder: atomic text files and numbers written the same way everywhere. */
final class Outputs {
    private Outputs() {
    }

    static void write(Path file, String text) throws IOException {
        AtomicDirectory.writeFile(file, text.getBytes(StandardCharsets.UTF_8));
    }

    /** Every digit a double needs to be read back exactly. */
    static String num(double v) {
        return ScenarioValues.text(v);
    }

    /** A CSV field, quoted when it holds a comma, a quote or a line break. */
    static String csv(String s) {
        if (s.contains(",") || s.contains("\"") || s.contains("\n")) {
            return "\"" + s.replace("\"", "\"\"") + "\"";
        }
        return s;
    }
}
