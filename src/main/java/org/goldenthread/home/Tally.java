package org.goldenthread.home;

import java.util.Collection;
import org.goldenthread.indicator.reporting.Return;
import org.goldenthread.indicator.reporting.Stage;

/**
 * Returns counted for a home page: how many are due, how many have been received (sent for
 * verification, verified or published), verified (or published), are still owed, are late, and were
 * sent back for correction.
 */
record Tally(int due, int received, int verified, int owed, int late, int returned) {

  static final Tally NONE = new Tally(0, 0, 0, 0, 0, 0);

  static Tally of(Collection<Return> returns) {
    int received = 0;
    int verified = 0;
    int late = 0;
    int returned = 0;
    for (Return r : returns) {
      received += r.stage().isOwed() ? 0 : 1;
      verified += r.stage() == Stage.VERIFIED || r.stage() == Stage.PUBLISHED ? 1 : 0;
      late += r.late() ? 1 : 0;
      returned += r.returned() ? 1 : 0;
    }
    return new Tally(returns.size(), received, verified, returns.size() - received, late, returned);
  }

  /** Sent for verification but not verified yet. */
  public int waiting() {
    return received - verified;
  }

  /** A count as a whole percentage of those due (0 when nothing is due), rounded half up. */
  public int percent(int count) {
    return due == 0 ? 0 : (int) Math.round(100.0 * count / due);
  }

  public int receivedPercent() {
    return percent(received);
  }

  public int verifiedPercent() {
    return percent(verified);
  }

  public int latePercent() {
    return percent(late);
  }

  Tally plus(Tally other) {
    return new Tally(
        due + other.due,
        received + other.received,
        verified + other.verified,
        owed + other.owed,
        late + other.late,
        returned + other.returned);
  }
}
