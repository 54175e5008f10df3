package cl.gob.mintrab.canalregional.compliance;

/** Read model of a specific objective. */
public record ObjectiveView(long id, int number, String description, int version) {

    static ObjectiveView of(Objective o) {
        return new ObjectiveView(o.getId(), o.getNumber(), o.getDescription(), o.getVersion());
    }
}
