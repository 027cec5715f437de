package org.moneymen.scenario;

import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.moneymen.model.param.Doc;
import org.moneymen.model.param.Optional;
import org.moneymen.model.param.Range;
import org.moneymen.scenario.YamlNode.ListNode;
import org.moneymen.scenario.YamlNode.MapNode;
import org.moneymen.scenario.YamlNode.Scalar;
import org.moneymen.scenario.YamlNode.ScalarKind;

/**
 * Binds a located YAML tree onto the model's parameter records. Keys are the snake_case names of the record
 * components; a record's static {@code defaults()} fills what a file leaves out (in a list-entry template an
 * empty text means "must be given"); {@link Range} and {@link Optional} are enforced. Every problem is
 * collected with its location, so one pass reports them all.
 */
public final class Binder {

    private final List<Problem> problems = new ArrayList<>();
    private final Map<String, Location> locations = new LinkedHashMap<>();

    /** Problems found so far. */
    public List<Problem> problems() {
        return problems;
    }

    /** Where each bound parameter path was written (paths given nowhere are absent). */
    public Map<String, Location> locations() {
        return locations;
    }

    /** Binds a whole record from a mapping, merging over its defaults. Returns null when a problem was found. */
    public <T extends Record> T bind(YamlNode node, Class<T> type) {
        Object value = bindValue(node, type, defaultsOf(type), "", null);
        return type.cast(value);
    }

    /**
     * Binds one value at a path inside a scenario: the node, the declared type, the default the whole-tree bind would
     * merge it over, and the declaring component (for {@link Range} and {@link Optional}; null for list entries).
     */
    Object bindAt(YamlNode node, Type type, Object dflt, String path, AnnotatedElement element) {
        return bindValue(node, type, dflt, path, element);
    }

    private Object bindValue(YamlNode node, Type type, Object dflt, String path, AnnotatedElement element) {
        locations.put(path, node.location());
        if (node instanceof Scalar s && s.kind() == ScalarKind.NULL) {
            if (element != null && element.isAnnotationPresent(Optional.class)) {
                return null;
            }
            problem(node.location(), path, "is null; give " + describe(type, element));
            return null;
        }
        Class<?> raw = rawClass(type);
        if (raw.isRecord()) {
            return bindRecord(node, raw, dflt, path);
        }
        if (List.class.isAssignableFrom(raw)) {
            return bindList(node, elementType(type, 0), path);
        }
        if (Map.class.isAssignableFrom(raw)) {
            return bindMap(node, elementType(type, 1), path);
        }
        if (!(node instanceof Scalar scalar)) {
            problem(node.location(), path, "expected " + describe(type, element) + ", found " + node.shape());
            return null;
        }
        return bindScalar(scalar, raw, path, element);
    }

    private Object bindRecord(YamlNode node, Class<?> type, Object dflt, String path) {
        if (!(node instanceof MapNode map)) {
            problem(node.location(), path, "expected a mapping of " + allowedKeys(type) + ", found " + node.shape());
            return null;
        }
        RecordComponent[] components = type.getRecordComponents();
        Map<String, RecordComponent> byKey = new LinkedHashMap<>();
        for (RecordComponent c : components) {
            byKey.put(Names.snake(c.getName()), c);
        }
        boolean ok = true;
        for (var e : map.entries().entrySet()) {
            if (!byKey.containsKey(e.getKey())) {
                String suggestion = Names.closest(e.getKey(), byKey.keySet());
                problem(e.getValue().keyLocation(), join(path, e.getKey()), "unknown key '" + e.getKey() + "'"
                        + (suggestion == null ? "" : "; did you mean '" + suggestion + "'?")
                        + " Allowed here: " + String.join(", ", byKey.keySet()));
                ok = false;
            }
        }
        Object[] args = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            RecordComponent c = components[i];
            String key = Names.snake(c.getName());
            String childPath = join(path, key);
            Object childDefault = dflt == null ? null : read(c, dflt);
            YamlNode.Entry entry = map.entries().get(key);
            if (entry != null) {
                Object nestedDefault = childDefault == null && rawClass(c.getGenericType()).isRecord()
                        ? defaultsOf(rawClass(c.getGenericType())) : childDefault;
                args[i] = bindValue(entry.value(), c.getGenericType(), nestedDefault, childPath, c);
                if (args[i] == null && !c.isAnnotationPresent(Optional.class)) {
                    ok = false;
                }
                if (args[i] == null && c.isAnnotationPresent(Optional.class) && isPrimitive(c)) {
                    ok = false;
                }
            } else if (requiredWhenMissing(c, childDefault)) {
                Doc doc = c.getAnnotation(Doc.class);
                problem(map.location(), childPath, "missing key '" + key + "'"
                        + (doc == null ? "" : " (" + doc.value() + ")") + "; give " + describe(c.getGenericType(), c));
                ok = false;
            } else {
                args[i] = childDefault;
            }
        }
        if (!ok) {
            return null;
        }
        try {
            Constructor<?> ctor = type.getDeclaredConstructor(
                    Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
            return ctor.newInstance(args);
        } catch (InvocationTargetException e) {
            problem(map.location(), path, e.getCause().getMessage());
            return null;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot build " + type.getSimpleName(), e);
        }
    }

    private static boolean requiredWhenMissing(RecordComponent c, Object childDefault) {
        if (c.isAnnotationPresent(Optional.class)) {
            return false;
        }
        return childDefault == null || (childDefault instanceof String s && s.isEmpty());
    }

    private static boolean isPrimitive(RecordComponent c) {
        return c.getType().isPrimitive();
    }

    private List<Object> bindList(YamlNode node, Type elementType, String path) {
        if (!(node instanceof ListNode list)) {
            problem(node.location(), path, "expected a list, found " + node.shape());
            return null;
        }
        List<Object> out = new ArrayList<>(list.items().size());
        boolean ok = true;
        Class<?> raw = rawClass(elementType);
        Object template = raw.isRecord() ? defaultsOf(raw) : null;
        for (int i = 0; i < list.items().size(); i++) {
            Object v = bindValue(list.items().get(i), elementType, template, path + "[" + i + "]", null);
            if (v == null) {
                ok = false;
            }
            out.add(v);
        }
        return ok ? List.copyOf(out) : null;
    }

    private Map<String, Object> bindMap(YamlNode node, Type valueType, String path) {
        if (!(node instanceof MapNode map)) {
            problem(node.location(), path, "expected a mapping, found " + node.shape());
            return null;
        }
        Map<String, Object> out = new LinkedHashMap<>();
        boolean ok = true;
        Class<?> raw = rawClass(valueType);
        for (var e : map.entries().entrySet()) {
            Object template = raw.isRecord() ? defaultsOf(raw) : null;
            Object v = bindValue(e.getValue().value(), valueType, template, join(path, e.getKey()), null);
            if (v == null) {
                ok = false;
            }
            out.put(e.getKey(), v);
        }
        return ok ? java.util.Collections.unmodifiableMap(out) : null;
    }

    private Object bindScalar(Scalar s, Class<?> raw, String path, AnnotatedElement element) {
        String what = describe(raw, element);
        if (raw == int.class || raw == Integer.class || raw == long.class || raw == Long.class) {
            if (s.kind() != ScalarKind.INTEGER) {
                problem(s.location(), path, "expected " + what + ", found " + s.shape());
                return null;
            }
            long v;
            try {
                v = isWhole(s.value()) ? ((Number) s.value()).longValue()
                        : Long.parseLong(s.text().replace("_", "").replace("+", ""));
            } catch (NumberFormatException e) {
                problem(s.location(), path, "expected " + what + ", found " + s.shape());
                return null;
            }
            if ((raw == int.class || raw == Integer.class) && (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE)) {
                problem(s.location(), path, "is " + v + ", too large; give " + what);
                return null;
            }
            if (!inRange(s, path, v, element)) {
                return null;
            }
            return raw == int.class || raw == Integer.class ? (Object) (int) v : (Object) v;
        }
        if (raw == double.class || raw == Double.class) {
            if (s.kind() != ScalarKind.INTEGER && s.kind() != ScalarKind.DECIMAL) {
                problem(s.location(), path, "expected " + what + ", found " + s.shape());
                return null;
            }
            double v;
            try {
                // A number set in memory is taken as it is: its text is for messages only.
                v = s.value() instanceof Double || s.value() instanceof Float || isWhole(s.value())
                        ? ((Number) s.value()).doubleValue() : Double.parseDouble(s.text().replace("_", ""));
            } catch (NumberFormatException e) {
                problem(s.location(), path, "expected " + what + ", found " + s.shape());
                return null;
            }
            if (!Double.isFinite(v)) {
                problem(s.location(), path, "expected a finite number, found " + s.text());
                return null;
            }
            return inRange(s, path, v, element) ? v : null;
        }
        if (raw == boolean.class || raw == Boolean.class) {
            if (s.kind() != ScalarKind.BOOLEAN) {
                problem(s.location(), path, "expected true or false, found " + s.shape());
                return null;
            }
            return s.value() instanceof Boolean b ? b : Boolean.parseBoolean(s.text().toLowerCase(java.util.Locale.ROOT));
        }
        if (raw == String.class) {
            return s.text();
        }
        if (raw == LocalDate.class) {
            if (s.value() instanceof LocalDate d) {
                return d;
            }
            try {
                return LocalDate.parse(s.text());
            } catch (DateTimeParseException e) {
                problem(s.location(), path, "expected a calendar date such as 2013-12-01, found " + s.shape());
                return null;
            }
        }
        if (raw.isEnum()) {
            for (Object c : raw.getEnumConstants()) {
                if (Names.constant((Enum<?>) c).equals(s.text())) {
                    return c;
                }
            }
            List<String> allowed = Arrays.stream(raw.getEnumConstants()).map(c -> Names.constant((Enum<?>) c)).toList();
            String suggestion = Names.closest(s.text(), allowed);
            problem(s.location(), path, "'" + s.text() + "' is not allowed"
                    + (suggestion == null ? "" : "; did you mean '" + suggestion + "'?")
                    + " Allowed: " + String.join(", ", allowed));
            return null;
        }
        throw new IllegalStateException("no binding for " + raw);
    }

    private static boolean isWhole(Object v) {
        return v instanceof Long || v instanceof Integer || v instanceof Short || v instanceof Byte;
    }

    private boolean inRange(Scalar s, String path, double v, AnnotatedElement element) {
        Range range = element == null ? null : element.getAnnotation(Range.class);
        if (range != null && (v < range.min() || v > range.max())) {
            problem(s.location(), path, "is " + s.text() + ", outside the allowed range " + rangeText(range, element));
            return false;
        }
        return true;
    }

    /** The allowed range in words, with the unit. */
    public static String rangeText(Range range, AnnotatedElement element) {
        Doc doc = element == null ? null : element.getAnnotation(Doc.class);
        String unit = doc == null || doc.unit().isEmpty() ? "" : " (" + doc.unit() + ")";
        if (range.max() == Double.POSITIVE_INFINITY) {
            return "of at least " + number(range.min()) + unit;
        }
        if (range.min() == Double.NEGATIVE_INFINITY) {
            return "of at most " + number(range.max()) + unit;
        }
        return number(range.min()) + " to " + number(range.max()) + unit;
    }

    private static String number(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }

    private static String describe(Type type, AnnotatedElement element) {
        Class<?> raw = rawClass(type);
        String base;
        if (raw == int.class || raw == Integer.class || raw == long.class || raw == Long.class) {
            base = "a whole number";
        } else if (raw == double.class || raw == Double.class) {
            base = "a number";
        } else if (raw == boolean.class || raw == Boolean.class) {
            base = "true or false";
        } else if (raw == LocalDate.class) {
            base = "a calendar date such as 2013-12-01";
        } else if (raw == String.class) {
            base = "a text";
        } else if (raw.isEnum()) {
            base = "one of " + Arrays.stream(raw.getEnumConstants()).map(c -> Names.constant((Enum<?>) c))
                    .collect(Collectors.joining(", "));
        } else if (raw.isRecord()) {
            base = "a mapping of " + allowedKeys(raw);
        } else if (List.class.isAssignableFrom(raw)) {
            base = "a list";
        } else {
            base = "a mapping";
        }
        Range range = element == null ? null : element.getAnnotation(Range.class);
        return range == null ? base : base + " " + rangeText(range, element);
    }

    private static String allowedKeys(Class<?> record) {
        return Arrays.stream(record.getRecordComponents()).map(c -> Names.snake(c.getName()))
                .collect(Collectors.joining(", "));
    }

    private void problem(Location at, String path, String message) {
        problems.add(new Problem(at, path, message));
    }

    private static String join(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    private static Object read(RecordComponent c, Object record) {
        try {
            return c.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The record's static {@code defaults()}, or null when it has none. */
    public static Object defaultsOf(Class<?> type) {
        try {
            Method m = type.getMethod("defaults");
            if (Modifier.isStatic(m.getModifiers()) && m.getParameterCount() == 0) {
                return m.invoke(null);
            }
            return null;
        } catch (NoSuchMethodException e) {
            return null;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    static Class<?> rawClass(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return (Class<?>) p.getRawType();
        }
        throw new IllegalStateException("unsupported parameter type " + type);
    }

    static Type elementType(Type type, int index) {
        if (type instanceof ParameterizedType p) {
            Type[] args = p.getActualTypeArguments();
            return args[Math.min(index, args.length - 1)];
        }
        throw new IllegalStateException("raw collection type " + type);
    }
}
