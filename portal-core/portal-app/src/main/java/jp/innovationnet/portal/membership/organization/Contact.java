package jp.innovationnet.portal.membership.organization;

import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A contact person of an organization (担当者). Private to the organization and the secretariat. Immutable. */
@Embeddable
public class Contact {

    @Column(name = "name", nullable = false)
    private String name;

    @Column(name = "title")
    private String title;

    @Column(name = "email", nullable = false)
    private String email;

    @Column(name = "phone")
    private String phone;

    @Column(name = "is_primary", nullable = false)
    private boolean primary;

    protected Contact() {
    }

    /**
     * @param name    full name as the person writes it
     * @param title   department and position, if given
     * @param email   e-mail address
     * @param phone   telephone number, if given
     * @param primary whether this is the organization's main contact
     */
    public Contact(String name, String title, String email, String phone, boolean primary) {
        this.name = Objects.requireNonNull(name);
        this.title = title;
        this.email = Objects.requireNonNull(email);
        this.phone = phone;
        this.primary = primary;
    }

    public String name() {
        return name;
    }

    public String title() {
        return title;
    }

    public String email() {
        return email;
    }

    public String phone() {
        return phone;
    }

    public boolean primary() {
        return primary;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Contact c && name.equals(c.name) && Objects.equals(title, c.title)
                && email.equals(c.email) && Objects.equals(phone, c.phone) && primary == c.primary;
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, email);
    }
}
