package org.moneymen.scenario;

import java.util.ArrayList;
import java.util.List;
import org.moneymen.scenario.YamlNode.Entry;
import org.moneymen.scenario.YamlNode.ListNode;
import org.moneymen.scenario.YamlNode.MapNode;
import org.moneymen.scenario.YamlNode.Scalar;
import org.moneymen.scenario.YamlNode.ScalarKind;

/**
 * Reads {@code --set path.to.key=value} overrides, which are put in a scenario's YAML tree before it is bound, so an
 * override gets exactly the checks a file value gets, and its errors cite the override. Paths use dots for
 * keys and either {@code [i]} or {@code .i} for list entries: {@code companies[0].count=4}. The value is read
 * as YAML, so {@code 0.8}, {@code true}, {@code 2013-12-01} and {@code [a, b]} mean what they mean in a file.
 */
public final class Overrides {

    private Overrides() {
    }

    /**
     * One override ready to put in a tree.
     *
     * @param path where it goes
     * @param value the value, every node located at the override
     * @param at the override, as errors cite it
     */
    record Edit(OverridePath path, YamlNode value, Location at) {
    }

    /** Makes one edit; its problems belong to that override alone. */
    interface Source {
        Edit edit() throws ScenarioException;
    }

    /**
     * A tree with edits put in it.
     *
     * @param root the new tree
     * @param edits the edits, in order
     * @param depths for each edit, the segment from which the tree below is new (see {@link OverridePath.Put})
     */
    record Applied(MapNode root, List<Edit> edits, List<Integer> depths) {
    }

    /** The tree with each override put in order (later overrides win); the given tree is left as it was. */
    public static MapNode apply(MapNode root, List<String> overrides) throws ScenarioException {
        return put(root, sources(overrides)).root();
    }

    /** Each override text as an edit source. */
    static List<Source> sources(List<String> overrides) {
        List<Source> out = new ArrayList<>(overrides.size());
        for (String text : overrides) {
            out.add(() -> edit(text));
        }
        return out;
    }

    /** Puts each edit in order; every override's problem is reported, together, before any binding. */
    static Applied put(MapNode root, List<Source> sources) throws ScenarioException {
        MapNode tree = root;
        List<Edit> edits = new ArrayList<>(sources.size());
        List<Integer> depths = new ArrayList<>(sources.size());
        List<Problem> problems = new ArrayList<>();
        for (Source source : sources) {
            try {
                Edit edit = source.edit();
                OverridePath.Put put = edit.path().put(tree, edit.value(), edit.at());
                tree = put.root();
                edits.add(edit);
                depths.add(put.depth());
            } catch (ScenarioException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new ScenarioException(problems);
        }
        return new Applied(tree, List.copyOf(edits), List.copyOf(depths));
    }

    private static Edit edit(String text) throws ScenarioException {
        InputLimits.checkOverride(text);
        Location at = Location.commandLine("--set " + text);
        int eq = text.indexOf('=');
        if (eq <= 0) {
            throw new ScenarioException(new Problem(at, "", "expected --set path.to.key=value, such as --set quota.recall_line=1.2"));
        }
        String path = text.substring(0, eq).trim();
        String valueText = text.substring(eq + 1);
        OverridePath parsed = OverridePath.parse(path, at);
        YamlNode value = valueText.isBlank() ? new Scalar(at, "null", ScalarKind.NULL)
                : relocate(YamlReader.read("--set " + text, valueText, false), at);
        return new Edit(parsed, value, at);
    }

    /** Gives every node of an override's value the override's location (its own line 1 would mislead). */
    private static YamlNode relocate(YamlNode node, Location at) {
        if (node instanceof Scalar s) {
            return new Scalar(at, s.text(), s.kind());
        }
        if (node instanceof ListNode l) {
            List<YamlNode> items = new ArrayList<>();
            l.items().forEach(n -> items.add(relocate(n, at)));
            return new ListNode(at, items);
        }
        MapNode m = (MapNode) node;
        MapNode out = YamlNode.emptyMap(at);
        m.entries().forEach((k, e) -> out.entries().put(k, new Entry(at, relocate(e.value(), at))));
        return out;
    }
}
