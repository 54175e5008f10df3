package cl.gob.mintrab.canalregional.region;

import cl.gob.mintrab.canalregional.security.AccessPolicy;
import cl.gob.mintrab.canalregional.security.Action;
import cl.gob.mintrab.canalregional.support.ConcurrentChangeException;
import cl.gob.mintrab.canalregional.support.FacesErrors;
import cl.gob.mintrab.canalregional.support.ValidationException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serial;
import java.io.Serializable;
import java.util.List;

/**
 * {@code /admin/seremia?region=NN}: an editor edits the public profile of one of their regions. When someone
 * else saved it meanwhile, the save is refused and the text typed here stays on screen.
 */
@Named
@ViewScoped
public class SeremiaProfileEditBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    SeremiaProfileService profiles;

    @Inject
    RegionService regions;

    @Inject
    AccessPolicy access;

    private String region;
    private List<RegionSummary> units;
    private Integer version;
    private boolean demo;
    private String authority;
    private String presentation;
    private String address;
    private String phone;
    private String email;
    private String officeHours;

    /** View action: the regions the user may edit, and the chosen one's profile. */
    public void load() {
        units = regions.findPublishingUnits().stream().filter(r -> access.allows(Action.EDIT_CONTENT, r.code())).toList();
        if (region == null && !units.isEmpty()) {
            region = units.get(0).code();
        }
        if (region != null) {
            read();
        }
    }

    /** Switches to the region chosen in the selector (only regions the user may edit are offered). */
    public void open() {
        read();
    }

    private void read() {
        SeremiaProfileService.EditableProfile profile = profiles.findForEditing(region).orElse(null);
        version = profile == null ? null : profile.version();
        demo = profile != null && profile.demo();
        SeremiaProfileData data = profile == null ? new SeremiaProfileData(null, null, null, null, null, null) : profile.data();
        authority = data.authority();
        presentation = data.presentation();
        address = data.address();
        phone = data.phone();
        email = data.email();
        officeHours = data.officeHours();
    }

    public void save() {
        try {
            profiles.save(region, new SeremiaProfileData(authority, presentation, address, phone, email, officeHours), version);
            version = profiles.findForEditing(region).map(SeremiaProfileService.EditableProfile::version).orElse(null);
            demo = false;
            FacesErrors.info("admin_seremia.saved");
        } catch (ValidationException e) {
            FacesErrors.show("form", e);
        } catch (ConcurrentChangeException e) {
            FacesErrors.global("error.concurrent_change");
        }
    }

    public String getRegionName() {
        return regions.findByCode(region).map(RegionSummary::name).orElse("");
    }

    public List<RegionSummary> getUnits() {
        return units;
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }

    public boolean isExisting() {
        return version != null;
    }

    public boolean isDemo() {
        return demo;
    }

    public String getAuthority() {
        return authority;
    }

    public void setAuthority(String authority) {
        this.authority = authority;
    }

    public String getPresentation() {
        return presentation;
    }

    public void setPresentation(String presentation) {
        this.presentation = presentation;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getOfficeHours() {
        return officeHours;
    }

    public void setOfficeHours(String officeHours) {
        this.officeHours = officeHours;
    }
}
