package org.goldenthread.organisation;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The contact details a person (or their manager) may keep up to date themselves. */
public record ContactForm(
    @Size(max = 200, message = "Job title must be 200 characters or fewer") String jobTitle,
    @Email(message = "Enter an email address in the correct format, like name@example.gov.uk")
        @Size(max = 254, message = "Email address must be 254 characters or fewer")
        String email,
    @Pattern(
            regexp = "^$|^[0-9 +()-]{6,40}$",
            message = "Enter a telephone number, like 01632 960 001 or +44 808 157 0192")
        String phone,
    Long version) {

  public static ContactForm of(Person p) {
    return new ContactForm(p.getJobTitle(), p.getEmail(), p.getPhone(), p.getVersion());
  }

  public ContactForm withVersion(long newVersion) {
    return new ContactForm(jobTitle, email, phone, newVersion);
  }
}
