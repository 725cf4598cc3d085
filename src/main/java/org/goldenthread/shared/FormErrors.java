package org.goldenthread.shared;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import org.springframework.context.MessageSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The problems with a submitted form, field by field, in the order the page shows them: what the
 * GOV.UK error summary and each field's error message are drawn from.
 */
public final class FormErrors {

  /** The key for a problem with the form as a whole rather than one field. */
  public static final String FORM = "form";

  private final Map<String, String> messages = new LinkedHashMap<>();
  private Long currentVersion;

  public static FormErrors none() {
    return new FormErrors();
  }

  public static FormErrors from(BindingResult result, MessageSource source) {
    FormErrors errors = new FormErrors();
    for (FieldError error : result.getFieldErrors()) {
      errors.add(error.getField(), source.getMessage(error, Locale.UK));
    }
    result
        .getGlobalErrors()
        .forEach(error -> errors.add(FORM, source.getMessage(error, Locale.UK)));
    return errors;
  }

  /**
   * The usual course of a submitted form: check what was entered, make the change, then go on
   * ({@code onSaved}) or show the form again with what is wrong ({@code onRefused}).
   */
  public static <T> String submit(
      BindingResult result,
      MessageSource messages,
      Supplier<T> change,
      Function<T, String> onSaved,
      Function<FormErrors, String> onRefused) {
    FormErrors errors = from(result, messages);
    if (errors.any()) {
      return onRefused.apply(errors);
    }
    return errors.attempt(change).map(onSaved).orElseGet(() -> onRefused.apply(errors));
  }

  /**
   * Makes a change asked for by a button rather than a form, and leaves a note for the page shown
   * next: {@code success} saying what was done, or {@code problem} saying why it was refused.
   */
  public static <T> void notice(
      RedirectAttributes redirect, Supplier<T> change, Function<T, String> done) {
    FormErrors errors = none();
    errors
        .attempt(change)
        .ifPresentOrElse(
            result -> redirect.addFlashAttribute("success", done.apply(result)),
            () -> redirect.addFlashAttribute("problem", errors.first()));
  }

  /**
   * What was entered, to show again; after a clash with someone else's edit, carrying the record's
   * current version so that saving again (having looked) goes through.
   */
  public <F> F keep(F form, BiFunction<F, Long, F> withVersion) {
    return currentVersion == null ? form : withVersion.apply(form, currentVersion);
  }

  /**
   * Makes a change, turning the domain's refusals into messages on the form; empty when refused.
   */
  public <T> Optional<T> attempt(Supplier<T> change) {
    try {
      return Optional.of(change.get());
    } catch (RuleViolationsException refused) {
      refused.problems().forEach(this::add);
    } catch (RuleViolationException refused) {
      add(refused.field() == null ? FORM : refused.field(), refused.getMessage());
    } catch (ConcurrentEditException conflict) {
      add(FORM, conflict.getMessage());
      currentVersion = conflict.currentVersion();
    } catch (OptimisticLockingFailureException conflict) {
      add(
          FORM,
          "Someone else saved a change to this record at the same moment. Your changes have not"
              + " been saved yet: check them, then save again.");
    } catch (PessimisticLockingFailureException clash) {
      add(
          FORM,
          "Someone else is saving the same record at this moment. Your changes have not been"
              + " saved yet: check the record, then save again.");
    } catch (AlreadyRecordedException clash) {
      add(FORM, clash.getMessage());
    } catch (DataIntegrityViolationException clash) {
      if (!UniqueKeys.violated(clash)) {
        throw clash;
      }
      add(FORM, UniqueKeys.ALREADY_RECORDED);
    }
    return Optional.empty();
  }

  public FormErrors add(String field, String message) {
    messages.putIfAbsent(field, message);
    return this;
  }

  public boolean any() {
    return !messages.isEmpty();
  }

  /** The first problem, whichever field it concerns: for a page that has no form to mark. */
  public String first() {
    return messages.values().stream().findFirst().orElse(null);
  }

  public boolean has(String field) {
    return messages.containsKey(field);
  }

  public String get(String field) {
    return messages.get(field);
  }

  /** Field then message, in order, for the error summary. */
  public Iterable<Map.Entry<String, String>> entries() {
    return messages.entrySet();
  }
}
