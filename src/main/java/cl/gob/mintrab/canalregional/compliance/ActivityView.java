package cl.gob.mintrab.canalregional.compliance;

import java.math.BigDecimal;
import java.util.List;

/**
 * Read model of an activity: its objectives by number and its evidence sections.
 *
 * @param objectivesText the objectives as the report writes them: "1, 2 y 3"
 */
public record ActivityView(long id, ActivityScope scope, int number, String description, BigDecimal weight,
                           List<Integer> objectives, List<Long> objectiveIds, String objectivesText,
                           List<String> sections, int version) {

    /** "1, 2 y 3", "2", or "" with no objective. */
    public static String objectivesText(List<Integer> numbers) {
        if (numbers.isEmpty()) {
            return "";
        }
        if (numbers.size() == 1) {
            return String.valueOf(numbers.get(0));
        }
        List<String> parts = numbers.stream().map(String::valueOf).toList();
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " y " + parts.get(parts.size() - 1);
    }
}
