package org.goldenthread.indicator.web;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import org.goldenthread.period.Period;

/**
 * Stores a period as its label (`2025/26 Q2`), which reads the same in the database as on screen.
 */
@Converter(autoApply = true)
class PeriodConverter implements AttributeConverter<Period, String> {

  @Override
  public String convertToDatabaseColumn(Period period) {
    return period == null ? null : period.label();
  }

  @Override
  public Period convertToEntityAttribute(String label) {
    return label == null ? null : Period.parse(label);
  }
}
