package org.moneymen.scenario;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.moneymen.model.config.Scenario;

/** The leaf parameters of a scenario, in file order: what provenance must cover and what forms and sweeps vary. */
public final class Parameters {

    private Parameters() {
    }

    /** Every leaf parameter (a scalar, or a list of scalars) except the provenance notes themselves. */
    public static List<Parameter> of(Scenario scenario) {
        List<Parameter> out = new ArrayList<>();
        walk(scenario, "", out);
        return out;
    }

    private static void walk(Record r, String path, List<Parameter> out) {
        for (RecordComponent c : r.getClass().getRecordComponents()) {
            String key = Names.snake(c.getName());
            String p = path.isEmpty() ? key : path + "." + key;
            if (p.equals("provenance")) {
                continue;
            }
            Object v;
            try {
                v = c.getAccessor().invoke(r);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
            if (v instanceof Record nested) {
                walk(nested, p, out);
            } else if (v instanceof List<?> list && !list.isEmpty() && list.get(0) instanceof Record) {
                for (int i = 0; i < list.size(); i++) {
                    walk((Record) list.get(i), p + "[" + i + "]", out);
                }
            } else if (v instanceof List<?> list && list.isEmpty() && Binder.rawClass(
                    Binder.elementType(c.getGenericType(), 0)).isRecord()) {
                out.add(new Parameter(p, v, c));
            } else if (!(v instanceof Map<?, ?>)) {
                out.add(new Parameter(p, v, c));
            }
        }
    }
}
