-- The night rota: shifts across the opening hours, the people and skills each needs, who has put
-- themselves on it, and the few skills each person says they can bring. Nothing here counts who
-- stepped down or missed a shift: a row is removed when a person steps down, and nothing remains.

-- A shift is two instants, so one that crosses midnight (or a change of the clocks) is just a
-- shift whose end falls on the next local date.
create table rota_shifts (
  centre_id uuid not null,
  id uuid not null,
  starts_at timestamptz not null,
  ends_at timestamptz not null,
  min_people smallint not null,
  created_at timestamptz not null default now(),
  constraint rota_shifts_pkey primary key (centre_id, id),
  constraint rota_shifts_centre_fk foreign key (centre_id) references centres (id) on delete cascade,
  constraint rota_shifts_order_check check (ends_at > starts_at),
  constraint rota_shifts_length_check check (ends_at - starts_at <= interval '24 hours'),
  constraint rota_shifts_people_check check (min_people between 1 and 50),
  -- The same hours twice would split the people between two copies; making a pattern again
  -- leaves the shifts already there alone.
  constraint rota_shifts_hours_key unique (centre_id, starts_at, ends_at)
);

create index rota_shifts_ends_idx on rota_shifts (centre_id, ends_at);

-- What a shift needs besides hands: a skill, and for an interpreter the language.
create table rota_shift_needs (
  centre_id uuid not null,
  shift_id uuid not null,
  skill text not null,
  language text not null default '',
  needed smallint not null,
  constraint rota_shift_needs_pkey primary key (centre_id, shift_id, skill, language),
  constraint rota_shift_needs_shift_fk foreign key (centre_id, shift_id)
    references rota_shifts (centre_id, id) on delete cascade,
  constraint rota_shift_needs_skill_check check (skill in ('first_aid', 'interpreter', 'childcare')),
  constraint rota_shift_needs_language_check check ((skill = 'interpreter') = (language <> '')),
  constraint rota_shift_needs_needed_check check (needed between 1 and 20)
);

-- What a person says they can do on a shift, set by themselves; never a certificate.
create table rota_skills (
  centre_id uuid not null,
  account_id uuid not null,
  skill text not null,
  language text not null default '',
  constraint rota_skills_pkey primary key (centre_id, account_id, skill, language),
  constraint rota_skills_person_fk foreign key (centre_id, account_id)
    references centre_people (centre_id, account_id) on delete cascade,
  constraint rota_skills_skill_check check (skill in ('first_aid', 'interpreter', 'childcare')),
  constraint rota_skills_language_check check ((skill = 'interpreter') = (language <> ''))
);

-- A person on a shift. An offered swap keeps them on it until someone else takes it over.
create table rota_signups (
  centre_id uuid not null,
  shift_id uuid not null,
  account_id uuid not null,
  signed_up_at timestamptz not null default now(),
  swap_offered_at timestamptz,
  constraint rota_signups_pkey primary key (centre_id, shift_id, account_id),
  constraint rota_signups_shift_fk foreign key (centre_id, shift_id)
    references rota_shifts (centre_id, id) on delete cascade,
  constraint rota_signups_person_fk foreign key (centre_id, account_id)
    references centre_people (centre_id, account_id) on delete cascade
);

create index rota_signups_person_idx on rota_signups (centre_id, account_id);

do $$
declare
  name text;
begin
  foreach name in array array['rota_shifts', 'rota_shift_needs', 'rota_skills', 'rota_signups'] loop
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
