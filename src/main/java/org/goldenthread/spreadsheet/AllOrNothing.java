package org.goldenthread.spreadsheet;

import java.util.List;
import java.util.function.Function;
import org.springframework.transaction.interceptor.TransactionAspectSupport;

/**
 * How every import runs: the file is read by its layout, every row is checked by the capability's
 * rules, and the checked rows are written only if no row has a problem. Should a rule still refuse
 * a row while writing, {@link #rollBack} undoes everything written, so nothing is saved.
 */
public final class AllOrNothing {

  private AllOrNothing() {}

  /**
   * Reads {@code content} by {@code layout}, checks it with {@code check} and, if clean, writes it
   * with {@code write}; otherwise answers {@code refused} with every problem.
   */
  public static <C extends Checked, O> O run(
      SheetLayout layout,
      byte[] content,
      RowProgress progress,
      Function<Table, C> check,
      Function<C, O> write,
      Function<List<Problem>, O> refused) {
    Limits limits = layout.limits();
    if (content.length > limits.maxBytes()) {
      return refused.apply(List.of(Problem.inFile(limits.tooBig(content.length))));
    }
    Table table;
    try {
      table = new SheetReader(limits).read(content);
    } catch (UnreadableFileException unreadable) {
      return refused.apply(List.of(Problem.inFile(unreadable.getMessage())));
    }
    int rows = table.rows().size();
    progress.rows(rows);
    C checked = check.apply(table);
    table = null; // the rows are read; let the file's text go before writing
    progress.checked(rows);
    if (!checked.clean()) {
      return refused.apply(checked.problems());
    }
    return write.apply(checked);
  }

  /** Marks the import's transaction to be rolled back, and gives the problems that stopped it. */
  public static List<Problem> rollBack(Problems problems) {
    TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
    return problems.list();
  }
}
