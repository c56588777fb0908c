-- Four-part plans: I can, I am, I will, I want, with what the member will do and what the centre
-- will provide. A plan belongs to the member. Every save is a new version, sealed, with who wrote
-- it; nothing here records compliance, conditions, or whether a promise was kept in time.

-- One plan per member per centre. It is shared with one adviser through the choice the member
-- made of them: when that choice ends (the member changes adviser), the sharing ends with it,
-- and choosing the same adviser again later does not bring it back.
create table plans (
  centre_id uuid not null,
  member_id uuid not null,
  latest_version integer not null default 0,
  shared_choice_id uuid,
  shared_at timestamptz,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  constraint plans_pkey primary key (centre_id, member_id),
  constraint plans_member_fk foreign key (centre_id, member_id)
    references centre_people (centre_id, account_id) on delete cascade,
  constraint plans_shared_choice_fk foreign key (centre_id, shared_choice_id)
    references adviser_choices (centre_id, id) on delete set null (shared_choice_id),
  constraint plans_latest_version_check check (latest_version >= 0)
);

create index plans_shared_choice_idx on plans (centre_id, shared_choice_id)
  where shared_choice_id is not null;

-- The whole plan as it stood after one save: the four parts and the commitments, sealed together.
-- The writer is kept as an account id without a key, so the history stays when an adviser leaves.
create table plan_versions (
  centre_id uuid not null,
  member_id uuid not null,
  version integer not null,
  language text not null,
  body text not null,
  written_by uuid not null,
  written_at timestamptz not null default now(),
  constraint plan_versions_pkey primary key (centre_id, member_id, version),
  constraint plan_versions_plan_fk foreign key (centre_id, member_id)
    references plans (centre_id, member_id) on delete cascade,
  constraint plan_versions_version_check check (version >= 1),
  constraint plan_versions_language_check check (language ~ '^[a-z]{2,3}(-[A-Za-z0-9]{1,8})*$')
);

do $$
declare
  name text;
begin
  foreach name in array array['plans', 'plan_versions'] loop
    execute format('alter table %I enable row level security', name);
    execute format(
      'create policy %I on %I to hearth_app '
      'using (centre_id = nullif(current_setting(''hearth.centre_id'', true), '''')::uuid) '
      'with check (centre_id = nullif(current_setting(''hearth.centre_id'', true), '''')::uuid)',
      name || '_centre', name
    );
  end loop;
end
$$;
