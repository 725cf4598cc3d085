package org.goldenthread.organisation.governance;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.goldenthread.organisation.OrgUnit;

public record PortfolioForm(
    @NotBlank(message = "Enter the portfolio's title")
        @Size(max = 200, message = "Title must be 200 characters or fewer")
        String title,
    Long holderId,
    @Size(max = 4000, message = "Description must be 4,000 characters or fewer") String description,
    List<Long> serviceIds,
    Long version) {

  public static PortfolioForm of(Portfolio portfolio) {
    return new PortfolioForm(
        portfolio.getTitle(),
        portfolio.getHolder() == null ? null : portfolio.getHolder().getId(),
        portfolio.getDescription(),
        portfolio.getServices().stream().map(OrgUnit::getId).toList(),
        portfolio.getVersion());
  }

  public PortfolioForm withVersion(long newVersion) {
    return new PortfolioForm(title, holderId, description, serviceIds, newVersion);
  }

  List<Long> serviceIdsOrEmpty() {
    return serviceIds == null ? List.of() : serviceIds;
  }
}
