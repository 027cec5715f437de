package org.moneymen.web;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.moneymen.io.story.OfficialStory;
import org.moneymen.io.story.RunFolder;
import org.moneymen.io.story.StoryException;

/** An official's story, as {@code moneymen explain} tells it, for the page. */
final class Stories {

    private Stories() {
    }

    static Map<String, Object> of(Path runDir, int official) throws StoryException {
        OfficialStory s = OfficialStory.tell(RunFolder.open(runDir), official);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("official", official);
        m.put("header", s.header());
        List<Map<String, Object>> lines = new ArrayList<>();
        for (OfficialStory.Line l : s.lines()) {
            Map<String, Object> lm = new LinkedHashMap<>();
            lm.put("date", l.date() == null ? null : l.date().toString());
            lm.put("year", l.year() == 0 ? null : l.year());
            lm.put("text", l.text());
            lines.add(lm);
        }
        m.put("lines", lines);
        m.put("summary", s.summary());
        m.put("text", s.render());
        return m;
    }
}
