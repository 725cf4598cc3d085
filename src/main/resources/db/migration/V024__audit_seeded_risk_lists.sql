-- The risk categories and level descriptors V021 seeded have no audited state, so the history of a
-- risk (which names its category) could not read the category as it stood. One revision, by the
-- set-up, records them as they were seeded; later changes are audited as usual.
insert into audit_revision (occurred_at, actor, actor_name)
values (current_timestamp, 'migration V024', 'Golden Thread set-up');

insert into risk_category_aud (id, rev, revtype, code, name, appetite, sort_order)
select c.id, (select max(r.id) from audit_revision r where r.actor = 'migration V024'), 0,
       c.code, c.name, c.appetite, c.sort_order
from risk_category c
where not exists (select 1 from risk_category_aud a where a.id = c.id);

insert into risk_descriptor_aud (id, rev, revtype, scale, level, area, word, description)
select d.id, (select max(r.id) from audit_revision r where r.actor = 'migration V024'), 0,
       d.scale, d.level, d.area, d.word, d.description
from risk_descriptor d
where not exists (select 1 from risk_descriptor_aud a where a.id = d.id);

insert into audit_change (revision_id, entity_type, entity_id, action)
select a.rev, 'RiskCategory', cast(a.id as varchar(100)), 'CREATED'
from risk_category_aud a
where a.rev = (select max(r.id) from audit_revision r where r.actor = 'migration V024');

insert into audit_change (revision_id, entity_type, entity_id, action)
select a.rev, 'RiskDescriptor', cast(a.id as varchar(100)), 'CREATED'
from risk_descriptor_aud a
where a.rev = (select max(r.id) from audit_revision r where r.actor = 'migration V024');
