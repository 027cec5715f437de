package org.moneymen.web;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

/** Sends one file of a run folder; a name that is not a plain file name of that folder is refused. */
final class Downloads {
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,200}");

    private Downloads() {
    }

    static void send(Context ctx, Path runDir, String name) throws IOException {
        if (name == null || !NAME.matcher(name).matches() || name.contains("..")) {
            Dashboard.json(ctx, 400, Dashboard.error("A download names one file of the run folder, such as "
                    + "timeseries.csv; '" + name + "' is not such a name."));
            return;
        }
        Path dir = runDir.toRealPath();
        Path file = dir.resolve(name).normalize();
        if (!file.getParent().equals(dir) || !Files.isRegularFile(file) || !file.toRealPath().getParent().equals(dir)) {
            Dashboard.json(ctx, 404, Dashboard.error("The run has no file called '" + name + "'."));
            return;
        }
        ctx.contentType(type(name));
        ctx.header("Content-Disposition", "attachment; filename=\"" + name + "\"");
        InputStream in = Files.newInputStream(file);
        ctx.result(in);
    }

    private static String type(String name) {
        if (name.endsWith(".csv")) {
            return "text/csv; charset=utf-8";
        }
        if (name.endsWith(".json")) {
            return "application/json; charset=utf-8";
        }
        if (name.endsWith(".jsonl")) {
            return "application/x-ndjson; charset=utf-8";
        }
        if (name.endsWith(".yaml")) {
            return "application/yaml; charset=utf-8";
        }
        return "application/octet-stream";
    }
}
