package org.goldenthread.notice;

import java.util.HashSet;
import java.util.Set;
import org.goldenthread.shared.Versioned;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Each person's choice of notices: every notice unless they asked for the essential ones only. */
@Service
@Transactional(readOnly = true)
public class NoticeSettings {

  private final NoticeSettingRepository settings;

  NoticeSettings(NoticeSettingRepository settings) {
    this.settings = settings;
  }

  /** The person's choice as it stands (not saved when they have never chosen). */
  public NoticeSetting of(long personId) {
    return settings.findByPersonId(personId).orElseGet(() -> new NoticeSetting(personId));
  }

  public boolean essentialOnly(long personId) {
    return of(personId).isEssentialOnly();
  }

  /** Everyone who asked for the essential notices only. */
  public Set<Long> essentialOnlyPeople() {
    return new HashSet<>(settings.findEssentialOnlyPeople());
  }

  /** Records the person's choice; {@code version} is the one their form was opened at. */
  @Transactional
  public NoticeSetting choose(long personId, boolean essentialOnly, Long version) {
    NoticeSetting setting =
        settings.findByPersonId(personId).orElseGet(() -> new NoticeSetting(personId));
    if (setting.getId() != null) {
      Versioned.check("notice setting", setting.getVersion(), version);
    }
    setting.choose(essentialOnly);
    return settings.save(setting);
  }
}
