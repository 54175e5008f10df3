package cl.gob.mintrab.canalregional.content;

import cl.gob.mintrab.canalregional.support.ConcurrentChangeException;
import cl.gob.mintrab.canalregional.support.FacesErrors;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serial;
import java.io.Serializable;
import java.util.List;

/**
 * {@code /admin/publicaciones/versiones?id=}: every saved version of a publication; two of them compared side
 * by side; any one restored as a new draft.
 */
@Named
@ViewScoped
public class RevisionsBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    PublicationService publications;

    private Long id;
    private PublicationView view;
    private List<RevisionSummary> revisions;
    private Integer older;
    private Integer newer;
    private RevisionDiff.Comparison comparison;

    /** View action: by default, compares the two newest versions. */
    public void load() {
        view = publications.getForEditing(id);
        revisions = publications.revisions(id);
        if (newer == null && !revisions.isEmpty()) {
            newer = revisions.get(0).number();
        }
        if (older == null && revisions.size() > 1) {
            older = revisions.get(1).number();
        }
        compare();
    }

    public void compare() {
        if (older != null && newer != null) {
            comparison = publications.compare(id, Math.min(older, newer), Math.max(older, newer));
        }
    }

    public String restore(int number) {
        try {
            publications.restoreRevision(id, number, view.version());
        } catch (ConcurrentChangeException e) {
            FacesErrors.global("error.concurrent_change");
            return null;
        } catch (WorkflowException e) {
            FacesErrors.global(e.getMessageKey());
            return null;
        }
        jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        FacesErrors.info("admin_publicaciones_versiones.restored", number);
        return "/admin/publicaciones/editar?faces-redirect=true&id=" + id;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public PublicationView getView() {
        return view;
    }

    public List<RevisionSummary> getRevisions() {
        return revisions;
    }

    public Integer getOlder() {
        return older;
    }

    public void setOlder(Integer older) {
        this.older = older;
    }

    public Integer getNewer() {
        return newer;
    }

    public void setNewer(Integer newer) {
        this.newer = newer;
    }

    public RevisionDiff.Comparison getComparison() {
        return comparison;
    }
}
