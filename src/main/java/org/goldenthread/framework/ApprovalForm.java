package org.goldenthread.framework;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** The decision that approved a plan: which body, on what date, under which minute. */
public record ApprovalForm(
    @NotNull(message = "Choose the body that approved the plan") Long approvingBodyId,
    @NotNull(message = "Enter the date of the decision")
        @PastOrPresent(message = "The date of the decision must be today or in the past")
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate approvedOn,
    @Size(max = 100, message = "Minute reference must be 100 characters or fewer")
        String decisionReference) {}
