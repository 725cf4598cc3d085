package org.goldenthread.indicator.kept;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.goldenthread.indicator.Indicator;
import org.goldenthread.indicator.target.IndicatorTarget;
import org.goldenthread.indicator.value.IndicatorValue;
import org.hibernate.action.spi.AfterTransactionCompletionProcess;
import org.hibernate.action.spi.BeforeTransactionCompletionProcess;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventSource;
import org.hibernate.event.spi.EventType;
import org.hibernate.event.spi.PostDeleteEvent;
import org.hibernate.event.spi.PostDeleteEventListener;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.persister.entity.EntityPersister;
import org.springframework.stereotype.Component;

/**
 * Catches, in one place, every write that can change what an indicator shows: a value created,
 * changed or deleted in any state (the internal scorecard counts them all), a target, a definition.
 * Hibernate tells it of each row written; the indicators touched are collected per session and
 * their stamps bumped once, just before the transaction commits, on its connection ({@link
 * FigureStamps}). Writes by plain SQL name their indicators through {@link #touched}.
 */
@Component
public class FigureWrites
    implements PostInsertEventListener, PostUpdateEventListener, PostDeleteEventListener {

  /** The indicators touched in each session's open transaction; true: a definition among them. */
  private final Map<EventSource, Touched> pending = new ConcurrentHashMap<>();

  private static final class Touched {
    final Set<Long> ids = new HashSet<>();
    boolean definitions;
  }

  FigureWrites(EntityManagerFactory factory) {
    EventListenerRegistry registry =
        factory
            .unwrap(SessionFactoryImplementor.class)
            .getServiceRegistry()
            .getService(EventListenerRegistry.class);
    registry.appendListeners(EventType.POST_INSERT, this);
    registry.appendListeners(EventType.POST_UPDATE, this);
    registry.appendListeners(EventType.POST_DELETE, this);
  }

  /** Indicators whose values or targets were written by plain SQL in this entity manager's work. */
  public void touched(EntityManager entities, Collection<Long> indicatorIds) {
    if (!indicatorIds.isEmpty()) {
      touched(entities.unwrap(EventSource.class)).ids.addAll(indicatorIds);
    }
  }

  /**
   * Bumps, now, the stamps of what this transaction has written so far (flushed first), so that
   * figures kept within it show its writes; what it writes after is bumped at its commit.
   */
  void settle(EntityManager entities) {
    EventSource session = entities.unwrap(EventSource.class);
    if (!session.isDefaultReadOnly() && session.isDirty()) {
      session.flush();
    }
    Touched touched = pending.get(session);
    if (touched != null && !touched.ids.isEmpty()) {
      Set<Long> ids = Set.copyOf(touched.ids);
      boolean definitions = touched.definitions;
      touched.ids.clear();
      touched.definitions = false;
      session.doWork(connection -> FigureStamps.bump(connection, ids, definitions));
    }
  }

  @Override
  public void onPostInsert(PostInsertEvent event) {
    written(event.getSession(), event.getEntity());
  }

  @Override
  public void onPostUpdate(PostUpdateEvent event) {
    written(event.getSession(), event.getEntity());
  }

  @Override
  public void onPostDelete(PostDeleteEvent event) {
    written(event.getSession(), event.getEntity());
  }

  @Override
  public boolean requiresPostCommitHandling(EntityPersister persister) {
    return false;
  }

  private void written(EventSource session, Object entity) {
    if (entity instanceof IndicatorValue v) {
      touched(session).ids.add(v.getIndicator().getId());
    } else if (entity instanceof IndicatorTarget t) {
      touched(session).ids.add(t.getIndicator().getId());
    } else if (entity instanceof Indicator i) {
      Touched touched = touched(session);
      touched.ids.add(i.getId());
      touched.definitions = true;
    }
  }

  private Touched touched(EventSource session) {
    return pending.computeIfAbsent(
        session,
        s -> {
          s.getActionQueue()
              .registerProcess(
                  (BeforeTransactionCompletionProcess)
                      ending -> {
                        Touched done = pending.remove(s);
                        if (done != null && !done.ids.isEmpty()) {
                          ending.doWork(
                              connection ->
                                  FigureStamps.bump(connection, done.ids, done.definitions));
                        }
                      });
          s.getActionQueue()
              .registerProcess(
                  (AfterTransactionCompletionProcess) (success, ended) -> pending.remove(s));
          return new Touched();
        });
  }
}
