package org.goldenthread.action;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** A milestone as entered: what it is, when it is due, and what it waits on. */
public record MilestoneForm(
    @NotBlank(message = "Enter what the milestone is")
        @Size(max = 300, message = "The milestone must be 300 characters or fewer")
        String title,
    @NotNull(message = "Enter the date the milestone is due")
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate dueDate,
    Long dependsOnId) {

  public static MilestoneForm blank() {
    return new MilestoneForm(null, null, null);
  }
}
