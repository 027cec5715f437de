package org.moneymen.scenario;

import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.moneymen.model.config.Scenario;
import org.moneymen.model.param.Optional;
import org.moneymen.scenario.YamlNode.MapNode;

/**
 * Binds only what an edit changed: the subtree at the edited path (or at the first key the edit created) is bound
 * as the whole-tree bind would bind it, with the same default, and the records, lists and maps above it are
 * copied with the new value. Binding is compositional (each component from its own entry or its default), so the
 * result equals binding the whole edited tree. Anything unusual, and every problem, is left to the whole-tree bind,
 * which then reports exactly what {@code --set} reports.
 */
final class Rebinder {
    private static final Map<Class<?>, Constructor<?>> CANONICAL = new ConcurrentHashMap<>();

    private Rebinder() {
    }

    /**
     * The scenario and locations after the edits, or null when the whole tree must be bound instead.
     *
     * @param locations where each bound path was written; changed in place
     */
    static Scenario rebind(Scenario scenario, Overrides.Applied applied, Map<String, Location> locations) {
        Object root = scenario;
        for (int i = 0; i < applied.edits().size(); i++) {
            root = rebindOne(root, applied.root(), applied.edits().get(i).path(), applied.depths().get(i), locations);
            if (root == null) {
                return null;
            }
        }
        return (Scenario) root;
    }

    /** One level of the walk down: the bound value there, its declared type, its default, and its component. */
    private record Level(Object value, Type type, Object dflt, AnnotatedElement element) {
    }

    private static Object rebindOne(Object root, MapNode tree, OverridePath path, int depth,
                                    Map<String, Location> locations) {
        List<Level> levels = new ArrayList<>(depth + 2);
        levels.add(new Level(root, Scenario.class, Binder.defaultsOf(Scenario.class), null));
        YamlNode node = tree;
        for (int i = 0; i <= depth; i++) {
            Level next = child(levels.get(i), path.segments().get(i));
            node = childNode(node, path.segments().get(i));
            if (next == null || node == null) {
                return null;
            }
            levels.add(next);
        }
        Level target = levels.get(depth + 1);
        String at = path.prefix(depth + 1);
        Binder binder = new Binder();
        Object value = binder.bindAt(node, target.type(), target.dflt(), at, target.element());
        boolean optionalNull = value == null && target.element() != null
                && target.element().isAnnotationPresent(Optional.class)
                && !(target.element() instanceof RecordComponent c && c.getType().isPrimitive());
        if (!binder.problems().isEmpty() || (value == null && !optionalNull)) {
            return null;
        }
        for (int i = depth; i >= 0; i--) {
            value = replace(levels.get(i).value(), path.segments().get(i), value);
            if (value == null) {
                return null;
            }
        }
        locations.keySet().removeIf(k -> k.equals(at) || k.startsWith(at + ".") || k.startsWith(at + "["));
        locations.putAll(binder.locations());
        return value;
    }

    /** The level below, or null when the bound value has no such place (the whole-tree bind then says why). */
    private static Level child(Level parent, Object segment) {
        Class<?> raw = Binder.rawClass(parent.type());
        if (parent.value() == null) {
            return null;
        }
        if (segment instanceof String key && raw.isRecord()) {
            RecordComponent c = component(raw, key);
            if (c == null) {
                return null;
            }
            Object childDefault = parent.dflt() == null ? null : read(c, parent.dflt());
            // As Binder.bindRecord does for a key that is given: a record with no default merges over its defaults().
            Class<?> childRaw = Binder.rawClass(c.getGenericType());
            Object dflt = childDefault == null && childRaw.isRecord() ? Binder.defaultsOf(childRaw) : childDefault;
            return new Level(read(c, parent.value()), c.getGenericType(), dflt, c);
        }
        if (segment instanceof String key && parent.value() instanceof Map<?, ?> map) {
            Type valueType = Binder.elementType(parent.type(), 1);
            return new Level(map.get(key), valueType, template(valueType), null);
        }
        if (segment instanceof Integer index && parent.value() instanceof List<?> list && index < list.size()) {
            Type elementType = Binder.elementType(parent.type(), 0);
            return new Level(list.get(index), elementType, template(elementType), null);
        }
        return null;
    }

    /** The node below in the edited tree. */
    private static YamlNode childNode(YamlNode node, Object segment) {
        if (segment instanceof String key && node instanceof MapNode map) {
            YamlNode.Entry e = map.entries().get(key);
            return e == null ? null : e.value();
        }
        if (segment instanceof Integer index && node instanceof YamlNode.ListNode list && index < list.items().size()) {
            return list.items().get(index);
        }
        return null;
    }

    /** A copy of the record, list or map with the value at the segment replaced; null when it does not construct. */
    private static Object replace(Object parent, Object segment, Object value) {
        if (parent instanceof Record record && segment instanceof String key) {
            RecordComponent[] cs = record.getClass().getRecordComponents();
            Object[] args = new Object[cs.length];
            for (int i = 0; i < cs.length; i++) {
                args[i] = Names.snake(cs[i].getName()).equals(key) ? value : read(cs[i], record);
                if (args[i] == null && cs[i].getType().isPrimitive()) {
                    return null;
                }
            }
            try {
                return canonical(record.getClass()).newInstance(args);
            } catch (InvocationTargetException e) {
                // The record's own check refused the values: the whole-tree bind reports it where Binder does.
                return null;
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot build " + record.getClass().getSimpleName(), e);
            }
        }
        if (parent instanceof Map<?, ?> map && segment instanceof String key) {
            Map<String, Object> out = new LinkedHashMap<>();
            map.forEach((k, v) -> out.put((String) k, v));
            out.put(key, value);
            return Collections.unmodifiableMap(out);
        }
        if (parent instanceof List<?> list && segment instanceof Integer index && value != null) {
            List<Object> out = new ArrayList<>(list);
            out.set(index, value);
            return List.copyOf(out);
        }
        return null;
    }

    private static Object template(Type type) {
        Class<?> raw = Binder.rawClass(type);
        return raw.isRecord() ? Binder.defaultsOf(raw) : null;
    }

    private static RecordComponent component(Class<?> record, String key) {
        for (RecordComponent c : record.getRecordComponents()) {
            if (Names.snake(c.getName()).equals(key)) {
                return c;
            }
        }
        return null;
    }

    private static Object read(RecordComponent c, Object record) {
        try {
            return c.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Constructor<?> canonical(Class<?> type) {
        return CANONICAL.computeIfAbsent(type, t -> {
            try {
                return t.getDeclaredConstructor(Arrays.stream(t.getRecordComponents())
                        .map(RecordComponent::getType).toArray(Class<?>[]::new));
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException(t.getSimpleName() + " has no canonical constructor", e);
            }
        });
    }
}
