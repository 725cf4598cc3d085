package org.goldenthread.risk.admin;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.goldenthread.risk.RiskDescriptor;

/** What one level means: its word ("Likely") and the description shown beside the choice. */
record DescriptorForm(
    @NotBlank(message = "Enter the word for this level, for example Likely")
        @Size(max = 40, message = "The word must be 40 characters or fewer")
        String word,
    @NotBlank(message = "Enter what this level means")
        @Size(max = 1000, message = "The description must be 1,000 characters or fewer")
        String description,
    Long version) {

  static DescriptorForm of(RiskDescriptor descriptor) {
    return new DescriptorForm(
        descriptor.getWord(), descriptor.getDescription(), descriptor.getVersion());
  }

  DescriptorForm withVersion(Long version) {
    return new DescriptorForm(word, description, version);
  }
}
