package org.goldenthread.organisation.governance;

import jakarta.validation.constraints.NotNull;

public record MembershipForm(
    @NotNull(message = "Choose the person to add") Long personId,
    @NotNull(message = "Choose their role on the body") MembershipRole role) {}
