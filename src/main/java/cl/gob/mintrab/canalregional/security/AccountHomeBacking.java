package cl.gob.mintrab.canalregional.security;

import cl.gob.mintrab.canalregional.mesa.MesaService;
import cl.gob.mintrab.canalregional.mesa.MesaView;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

/** {@code /cuenta/}: the account's own page (mesa members land here): their mesas and account settings. */
@Named
@RequestScoped
public class AccountHomeBacking {

    @Inject
    CurrentActor currentActor;

    @Inject
    MesaService mesas;

    private List<MesaView> myMesas;

    @PostConstruct
    void init() {
        Actor actor = currentActor.get();
        myMesas = actor.mesaIds().isEmpty() ? List.of() : mesas.findByIds(actor.mesaIds());
    }

    public List<MesaView> getMyMesas() {
        return myMesas;
    }
}
