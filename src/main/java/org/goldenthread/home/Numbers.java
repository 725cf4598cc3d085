package org.goldenthread.home;

import org.springframework.stereotype.Component;

/** The numbers each role's home page opens with, kept together so the page asks one place. */
@Component
record Numbers(
    OpenReturns open,
    CouncilNumbers council,
    DirectorateNumbers directorates,
    TeamNumbers team,
    InterventionsForMe interventions) {}
