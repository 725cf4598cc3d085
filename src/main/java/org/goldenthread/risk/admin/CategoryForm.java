package org.goldenthread.risk.admin;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Locale;

/** A new category of risk: its name and the council's appetite for it. */
record CategoryForm(
    @NotBlank(message = "Enter the category's name")
        @Size(max = 100, message = "The name must be 100 characters or fewer")
        @Pattern(regexp = "(?s)\\s*|.*[A-Za-z0-9].*", message = "The name must contain letters")
        String name,
    @Min(value = 1, message = "The appetite is a score from 1 to 25, or left empty for none")
        @Max(value = 25, message = "The appetite is a score from 1 to 25, or left empty for none")
        Integer appetite) {

  static CategoryForm blank() {
    return new CategoryForm(null, null);
  }

  /** The code files and the API name it by: its name in capitals, words joined by "_". */
  String code() {
    String code =
        name.strip()
            .toUpperCase(Locale.UK)
            .replace("&", "AND")
            .replaceAll("[^A-Z0-9]+", "_")
            .replaceAll("^_|_$", "");
    return code.length() > 40 ? code.substring(0, 40) : code;
  }
}
