package cl.gob.mintrab.canalregional.region;

import cl.gob.mintrab.canalregional.support.Times;
import cl.gob.mintrab.canalregional.security.Audited;
import cl.gob.mintrab.canalregional.security.NotAudited;
import cl.gob.mintrab.canalregional.security.RegionOwned;
import cl.gob.mintrab.canalregional.support.AffectsPublicPages;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/** The public face of a Seremia (or the Nivel Central): presentation and contact details for its region page. */
@Entity
@Audited
@AffectsPublicPages
@Table(name = "seremia_profile")
public class SeremiaProfile implements RegionOwned {

    @Id
    @Column(name = "region_code", length = 2)
    private String regionCode;

    @Column(name = "authority")
    private String authority;

    @Column(name = "presentation")
    private String presentation;

    @Column(name = "address")
    private String address;

    @Column(name = "phone")
    private String phone;

    @Column(name = "email")
    private String email;

    @Column(name = "office_hours")
    private String officeHours;

    @Column(name = "demo", nullable = false)
    private boolean demo;

    @NotAudited
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    @Column(name = "version", nullable = false)
    private int version;

    protected SeremiaProfile() {
        // JPA
    }

    public SeremiaProfile(String regionCode) {
        this.regionCode = regionCode;
        this.updatedAt = Times.now();
    }

    @Override
    public String ownerRegionCode() {
        return regionCode;
    }

    public SeremiaContact toContact() {
        return new SeremiaContact(authority, presentation, address, phone, email, officeHours, demo, updatedAt);
    }

    public String getRegionCode() {
        return regionCode;
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

    public boolean isDemo() {
        return demo;
    }

    public void setDemo(boolean demo) {
        this.demo = demo;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public void setUpdatedAt(Instant updatedAt) {
        this.updatedAt = updatedAt;
    }

    public int getVersion() {
        return version;
    }
}
