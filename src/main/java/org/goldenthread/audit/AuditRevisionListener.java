package org.goldenthread.audit;

import jakarta.persistence.Entity;
import org.goldenthread.shared.Actor;
import org.hibernate.envers.EntityTrackingRevisionListener;
import org.hibernate.envers.RevisionType;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Stamps each revision with the signed-in account, by id and username, with the name shown at the
 * time; and notes each record it touches.
 */
public class AuditRevisionListener implements EntityTrackingRevisionListener {

  /** The actor recorded when no one is signed in: start-up work such as loading demo data. */
  public static final String SYSTEM = "system";

  @Override
  public void newRevision(Object revisionEntity) {
    AuditRevision revision = (AuditRevision) revisionEntity;
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    if (auth == null || auth instanceof AnonymousAuthenticationToken || !auth.isAuthenticated()) {
      revision.setActor(null, SYSTEM, "System");
    } else if (auth.getPrincipal() instanceof Actor actor) {
      revision.setActor(actor.accountId(), actor.username(), actor.displayName());
    } else {
      revision.setActor(null, auth.getName(), auth.getName());
    }
  }

  @Override
  @SuppressWarnings("rawtypes") // the Envers interface declares a raw Class
  public void entityChanged(
      Class entityClass,
      String entityName,
      Object entityId,
      RevisionType revisionType,
      Object revisionEntity) {
    // Collection tables (a portfolio's services, say) arrive here too; their owner's own change
    // is recorded separately, so only whole entities are noted.
    if (entityClass == null || !entityClass.isAnnotationPresent(Entity.class)) {
      return;
    }
    ((AuditRevision) revisionEntity)
        .record(
            new AuditChange(
                entityClass.getSimpleName(), String.valueOf(entityId), action(revisionType)));
  }

  private static String action(RevisionType type) {
    return switch (type) {
      case ADD -> "CREATED";
      case MOD -> "CHANGED";
      case DEL -> "DELETED";
    };
  }
}
