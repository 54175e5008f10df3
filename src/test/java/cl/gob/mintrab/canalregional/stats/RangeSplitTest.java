package cl.gob.mintrab.canalregional.stats;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RangeSplitTest {

    private static LocalDate d(String text) {
        return LocalDate.parse(text);
    }

    private static List<String> days(RangeSplit split) {
        return split.days().stream().map(r -> r[0] + ".." + r[1]).toList();
    }

    @Test
    void wholeMonthsAndLooseEnds() {
        RangeSplit split = RangeSplit.of(d("2026-01-15"), d("2026-04-10"));
        assertEquals(List.of(d("2026-02-01"), d("2026-03-01")), split.months());
        assertEquals(List.of("2026-01-15..2026-01-31", "2026-04-01..2026-04-10"), days(split));
    }

    @Test
    void exactlyOneYear() {
        RangeSplit split = RangeSplit.of(d("2025-01-01"), d("2025-12-31"));
        assertEquals(12, split.months().size());
        assertEquals(List.of(), split.days());
    }

    @Test
    void insideOneMonth() {
        RangeSplit split = RangeSplit.of(d("2026-02-03"), d("2026-02-27"));
        assertEquals(List.of(), split.months());
        assertEquals(List.of("2026-02-03..2026-02-27"), days(split));
        assertEquals(List.of("2024-02-01..2024-02-28"), days(RangeSplit.of(d("2024-02-01"), d("2024-02-28"))));
        assertEquals(List.of(d("2024-02-01")), RangeSplit.of(d("2024-02-01"), d("2024-02-29")).months());
    }
}
