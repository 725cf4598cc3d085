package org.goldenthread.risk;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.goldenthread.framework.ReviewFrequency;
import org.goldenthread.shared.BaseEntity;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * What a person enters to open or change a risk. Likelihood and impact are checked by {@link
 * Score#of}, so that each out-of-range level is named on its own field.
 */
public record RiskForm(
    @NotBlank(message = "Enter a short code for the risk, for example CR-01")
        @Pattern(
            regexp = "[A-Za-z0-9][A-Za-z0-9/._-]{0,29}",
            message =
                "Code must be letters, numbers, dots, slashes and hyphens, up to 30 characters")
        String code,
    @NotNull(message = "Choose the register the risk is on") Long registerId,
    @NotBlank(message = "Enter the risk's title")
        @Size(max = 300, message = "Title must be 300 characters or fewer")
        String title,
    @Size(max = 4000, message = "Cause must be 4,000 characters or fewer") String cause,
    @Size(max = 4000, message = "Event must be 4,000 characters or fewer") String event,
    @Size(max = 4000, message = "Consequence must be 4,000 characters or fewer") String consequence,
    @NotNull(message = "Choose the risk's category") Long categoryId,
    @NotNull(message = "Choose the risk owner") Long ownerId,
    Long accountableId,
    Long accountableBodyId,
    @NotNull(message = "Choose the inherent likelihood")
        @Min(
            value = 1,
            message = "The inherent likelihood must be from 1 (rare) to 5 (almost certain)")
        @Max(
            value = 5,
            message = "The inherent likelihood must be from 1 (rare) to 5 (almost certain)")
        Integer inherentLikelihood,
    @NotNull(message = "Choose the inherent impact")
        @Min(value = 1, message = "The inherent impact must be from 1 (negligible) to 5 (severe)")
        @Max(value = 5, message = "The inherent impact must be from 1 (negligible) to 5 (severe)")
        Integer inherentImpact,
    @NotNull(message = "Choose the current likelihood")
        @Min(
            value = 1,
            message = "The current likelihood must be from 1 (rare) to 5 (almost certain)")
        @Max(
            value = 5,
            message = "The current likelihood must be from 1 (rare) to 5 (almost certain)")
        Integer currentLikelihood,
    @NotNull(message = "Choose the current impact")
        @Min(value = 1, message = "The current impact must be from 1 (negligible) to 5 (severe)")
        @Max(value = 5, message = "The current impact must be from 1 (negligible) to 5 (severe)")
        Integer currentImpact,
    @NotNull(message = "Choose the target likelihood")
        @Min(
            value = 1,
            message = "The target likelihood must be from 1 (rare) to 5 (almost certain)")
        @Max(
            value = 5,
            message = "The target likelihood must be from 1 (rare) to 5 (almost certain)")
        Integer targetLikelihood,
    @NotNull(message = "Choose the target impact")
        @Min(value = 1, message = "The target impact must be from 1 (negligible) to 5 (severe)")
        @Max(value = 5, message = "The target impact must be from 1 (negligible) to 5 (severe)")
        Integer targetImpact,
    @NotNull(message = "Choose how often the risk is reviewed") ReviewFrequency reviewFrequency,
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate lastReviewed,
    boolean confidential,
    List<Long> readerIds,
    List<Long> itemIds,
    List<Long> indicatorIds,
    List<Long> actionIds,
    Long version) {

  public RiskForm {
    readerIds = readerIds == null ? List.of() : List.copyOf(readerIds);
    itemIds = itemIds == null ? List.of() : List.copyOf(itemIds);
    indicatorIds = indicatorIds == null ? List.of() : List.copyOf(indicatorIds);
    actionIds = actionIds == null ? List.of() : List.copyOf(actionIds);
  }

  public static RiskForm of(Risk r) {
    return new RiskForm(
        r.getCode(),
        r.getRegister().getId(),
        r.getTitle(),
        r.getCause(),
        r.getEvent(),
        r.getConsequence(),
        r.getCategory().getId(),
        r.getOwner().getId(),
        r.getAccountable() == null ? null : r.getAccountable().getId(),
        r.getAccountableBody() == null ? null : r.getAccountableBody().getId(),
        r.inherent().likelihood(),
        r.inherent().impact(),
        r.current().likelihood(),
        r.current().impact(),
        r.target().likelihood(),
        r.target().impact(),
        r.getReviewFrequency(),
        r.getLastReviewed(),
        r.isConfidential(),
        ids(r.getReaders()),
        ids(r.getItems()),
        ids(r.getIndicators()),
        ids(r.getActions()),
        r.getVersion());
  }

  public static RiskForm blank(Long registerId) {
    return new RiskForm(
        null,
        registerId,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        ReviewFrequency.QUARTERLY,
        null,
        false,
        null,
        null,
        null,
        null,
        null);
  }

  private static List<Long> ids(java.util.Collection<? extends BaseEntity> records) {
    return records.stream().map(BaseEntity::getId).toList();
  }

  public RiskForm withVersion(Long version) {
    return new RiskForm(
        code,
        registerId,
        title,
        cause,
        event,
        consequence,
        categoryId,
        ownerId,
        accountableId,
        accountableBodyId,
        inherentLikelihood,
        inherentImpact,
        currentLikelihood,
        currentImpact,
        targetLikelihood,
        targetImpact,
        reviewFrequency,
        lastReviewed,
        confidential,
        readerIds,
        itemIds,
        indicatorIds,
        actionIds,
        version);
  }
}
