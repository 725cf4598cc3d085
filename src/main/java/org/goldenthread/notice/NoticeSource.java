package org.goldenthread.notice;

import java.time.LocalDate;
import java.util.List;

/**
 * One kind of thing people are reminded of (returns, actions, risks, plans, calendar tasks): what
 * is due to be told on {@code today}. A source may find the same notice day after day; {@link
 * Notices#record} keeps the first.
 */
public interface NoticeSource {

  List<NoticeItem> due(LocalDate today);
}
