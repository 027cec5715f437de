package org.moneymen.model;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;

/** Test helper: a copy of a record with one component changed, by name, so tests survive new parameters. */
final class Recs {
    private Recs() {
    }

    @SuppressWarnings("unchecked")
    static <T extends Record> T with(T record, String component, Object value) {
        try {
            RecordComponent[] cs = record.getClass().getRecordComponents();
            Object[] args = new Object[cs.length];
            boolean found = false;
            for (int i = 0; i < cs.length; i++) {
                if (cs[i].getName().equals(component)) {
                    args[i] = value;
                    found = true;
                } else {
                    args[i] = cs[i].getAccessor().invoke(record);
                }
            }
            if (!found) {
                throw new IllegalArgumentException(record.getClass().getSimpleName() + " has no " + component);
            }
            var ctor = record.getClass().getDeclaredConstructor(
                    Arrays.stream(cs).map(RecordComponent::getType).toArray(Class<?>[]::new));
            return (T) ctor.newInstance(args);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
