package org.goldenthread.shared;

import jakarta.validation.Validator;
import org.springframework.core.Conventions;
import org.springframework.stereotype.Component;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindException;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;

/**
 * Checks a JSON request body inside the controller method, after {@code @PreAuthorize} has let the
 * caller in. A {@code @Valid} body is checked while the arguments are read, before method security
 * runs, so a caller with no right to the call at all would learn what a valid body looks like (400)
 * instead of being refused (403). The answer for a bad body is the same problem document.
 */
@Component
public class RequestBodyValidator {

  private final SpringValidatorAdapter validator;

  RequestBodyValidator(Validator validator) {
    this.validator = new SpringValidatorAdapter(validator);
  }

  /** The body, if it is valid; otherwise a {@link BindException} naming each field at fault. */
  public <T> T valid(T body) throws BindException {
    BeanPropertyBindingResult errors =
        new BeanPropertyBindingResult(body, Conventions.getVariableName(body));
    validator.validate(body, errors);
    if (errors.hasErrors()) {
      throw new BindException(errors);
    }
    return body;
  }
}
