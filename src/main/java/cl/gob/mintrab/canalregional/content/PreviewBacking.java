package cl.gob.mintrab.canalregional.content;

import cl.gob.mintrab.canalregional.support.NotFoundException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.cdi.Param;

/** {@code /admin/publicaciones/vista-previa?id=}: the draft as the public page will show it, for staff only. */
@Named
@RequestScoped
public class PreviewBacking {

    @Inject
    PublicationService publications;

    @Inject
    @Param(name = "id")
    Long id;

    private PublicationPage page;

    /** View action. */
    public void load() {
        if (id == null) {
            throw new NotFoundException("Publication", null);
        }
        page = publications.preview(id);
    }

    public PublicationPage getPage() {
        return page;
    }

    public Long getId() {
        return id;
    }
}
