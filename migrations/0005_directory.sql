-- The directory as Open Referral's HSDS 3.0 models it: organisations, their services and
-- locations, weekly schedules (a row may cross midnight) with exceptions, the documents a service
-- asks for, and the categories of need a service meets. Referrals carry the member's consent.

-- Both are trusted extensions: a database owner may create them without being a superuser.
create extension if not exists unaccent;
create extension if not exists pg_trgm;

-- Folds text for searching: lower case, accents removed ('Clínica' and 'clinica' meet).
-- unaccent() itself is only stable, because its dictionary could be swapped; naming the
-- dictionary makes the fold immutable, which an index needs.
create function hearth_fold(input text) returns text
  language sql immutable parallel safe strict
  return lower(public.unaccent('public.unaccent'::regdictionary, input));

-- Categories of need are one small taxonomy for the whole network (a reference table); their
-- names come from the language catalogues by code.
create table taxonomy_terms (
  id uuid primary key,
  code text not null,
  position smallint not null,
  constraint taxonomy_terms_code_key unique (code)
);

insert into taxonomy_terms (id, code, position) values
  ('0196a3c0-0000-7000-8000-000000000001', 'work-and-wages', 1),
  ('0196a3c0-0000-7000-8000-000000000002', 'legal', 2),
  ('0196a3c0-0000-7000-8000-000000000003', 'health', 3),
  ('0196a3c0-0000-7000-8000-000000000004', 'sexual-health', 4),
  ('0196a3c0-0000-7000-8000-000000000005', 'mental-health', 5),
  ('0196a3c0-0000-7000-8000-000000000006', 'drugs-and-alcohol', 6),
  ('0196a3c0-0000-7000-8000-000000000007', 'childcare', 7),
  ('0196a3c0-0000-7000-8000-000000000008', 'housing', 8),
  ('0196a3c0-0000-7000-8000-000000000009', 'food', 9),
  ('0196a3c0-0000-7000-8000-00000000000a', 'money-and-benefits', 10),
  ('0196a3c0-0000-7000-8000-00000000000b', 'english-and-learning', 11),
  ('0196a3c0-0000-7000-8000-00000000000c', 'immigration-advice', 12),
  ('0196a3c0-0000-7000-8000-00000000000d', 'rest-and-safety', 13);

alter table taxonomy_terms enable row level security;
create policy taxonomy_terms_read on taxonomy_terms for select to hearth_app using (true);
revoke insert, update, delete on taxonomy_terms from hearth_app;

-- The centre itself is one organisation (is_own); partners are the others.
create table organizations (
  centre_id uuid not null,
  id uuid not null,
  name text not null,
  description text not null default '',
  email text not null default '',
  website text not null default '',
  phone text not null default '',
  is_own boolean not null default false,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  constraint organizations_pkey primary key (centre_id, id),
  constraint organizations_centre_fk foreign key (centre_id) references centres (id) on delete cascade
);

-- HSDS identifiers are looked up without knowing the centre (the API, an import).
create unique index organizations_id_key on organizations (id);
create unique index organizations_own_key on organizations (centre_id) where is_own;

create table locations (
  centre_id uuid not null,
  id uuid not null,
  organization_id uuid,
  name text not null default '',
  address_1 text not null default '',
  city text not null default '',
  postal_code text not null default '',
  country text not null default '',
  transportation text not null default '',
  accessibility text not null default '',
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  constraint locations_pkey primary key (centre_id, id),
  constraint locations_centre_fk foreign key (centre_id) references centres (id) on delete cascade,
  constraint locations_organization_fk foreign key (centre_id, organization_id)
    references organizations (centre_id, id) on delete set null (organization_id)
);

create unique index locations_id_key on locations (id);

alter table services
  add column organization_id uuid,
  add column status text not null default 'active',
  add column url text not null default '',
  add column email text not null default '',
  add column phone text not null default '',
  add column eligibility text not null default '',
  add column application_process text not null default '',
  add column cost text not null default 'free',
  add column fees_description text not null default '',
  add column languages text[] not null default '{}',
  add column interpretation_available boolean not null default false,
  add column interpretation_notes text not null default '',
  add column no_id_asked boolean not null default false,
  add column walk_in boolean not null default false,
  add column is_public boolean not null default false,
  add column search_text text not null default '',
  add column updated_at timestamptz not null default now(),
  add constraint services_organization_fk foreign key (centre_id, organization_id)
    references organizations (centre_id, id) on delete set null (organization_id),
  add constraint services_status_check
    check (status in ('active', 'inactive', 'defunct', 'temporarily closed')),
  add constraint services_cost_check check (cost in ('free', 'low_cost', 'fee'));

create unique index services_id_key on services (id);
create index services_search_trgm_idx on services using gin (search_text gin_trgm_ops);
create index services_search_fts_idx on services
  using gin (to_tsvector('simple'::regconfig, search_text));
create index services_public_idx on services (updated_at, id) where is_public;

-- A service's name and description in another language than the centre's own.
create table service_texts (
  centre_id uuid not null,
  service_id uuid not null,
  locale text not null,
  name text not null,
  description text not null default '',
  constraint service_texts_pkey primary key (centre_id, service_id, locale),
  constraint service_texts_service_fk foreign key (centre_id, service_id)
    references services (centre_id, id) on delete cascade
);

create table service_documents (
  centre_id uuid not null,
  id uuid not null,
  service_id uuid not null,
  document text not null,
  position smallint not null,
  constraint service_documents_pkey primary key (centre_id, id),
  constraint service_documents_service_fk foreign key (centre_id, service_id)
    references services (centre_id, id) on delete cascade
);

create index service_documents_service_idx on service_documents (centre_id, service_id);

create table service_categories (
  centre_id uuid not null,
  service_id uuid not null,
  term_id uuid not null,
  constraint service_categories_pkey primary key (centre_id, service_id, term_id),
  constraint service_categories_service_fk foreign key (centre_id, service_id)
    references services (centre_id, id) on delete cascade,
  constraint service_categories_term_fk foreign key (term_id) references taxonomy_terms (id)
);

create index service_categories_term_idx on service_categories (term_id);

create table service_at_locations (
  centre_id uuid not null,
  id uuid not null,
  service_id uuid not null,
  location_id uuid not null,
  constraint service_at_locations_pkey primary key (centre_id, id),
  constraint service_at_locations_pair_key unique (centre_id, service_id, location_id),
  constraint service_at_locations_service_fk foreign key (centre_id, service_id)
    references services (centre_id, id) on delete cascade,
  constraint service_at_locations_location_fk foreign key (centre_id, location_id)
    references locations (centre_id, id) on delete cascade
);

create unique index service_at_locations_id_key on service_at_locations (id);

-- Weekly hours of a service, as the centre's own: closes <= opens means the next day.
create table service_schedules (
  centre_id uuid not null,
  id uuid not null,
  service_id uuid not null,
  weekday smallint not null,
  opens time not null,
  closes time not null,
  constraint service_schedules_pkey primary key (centre_id, id),
  constraint service_schedules_service_fk foreign key (centre_id, service_id)
    references services (centre_id, id) on delete cascade,
  constraint service_schedules_weekday_check check (weekday between 1 and 7)
);

create index service_schedules_service_idx on service_schedules (centre_id, service_id);

create table service_schedule_exceptions (
  centre_id uuid not null,
  id uuid not null,
  service_id uuid not null,
  on_date date not null,
  kind text not null,
  opens time,
  closes time,
  note text not null default '',
  constraint service_schedule_exceptions_pkey primary key (centre_id, id),
  constraint service_schedule_exceptions_service_fk foreign key (centre_id, service_id)
    references services (centre_id, id) on delete cascade,
  constraint service_schedule_exceptions_kind_check check (
    (kind = 'closed' and opens is null and closes is null)
    or (kind = 'open' and opens is not null and closes is not null)
  )
);

create index service_schedule_exceptions_idx
  on service_schedule_exceptions (centre_id, service_id, on_date);

-- A referral exists only with the member's consent, kept in the words they were shown. What is
-- shared (a way to reach them, a note) and the outcome are sealed; withdrawing consent erases
-- what was shared.
create table referrals (
  centre_id uuid not null,
  id uuid not null,
  member_id uuid not null,
  service_id uuid not null,
  made_by uuid not null,
  status text not null default 'made',
  consent_words text not null,
  consent_locale text not null,
  shared_contact text,
  shared_note text,
  outcome text,
  withdrawn_at timestamptz,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  constraint referrals_pkey primary key (centre_id, id),
  constraint referrals_member_fk foreign key (centre_id, member_id)
    references centre_people (centre_id, account_id) on delete cascade,
  constraint referrals_service_fk foreign key (centre_id, service_id)
    references services (centre_id, id) on delete cascade,
  constraint referrals_status_check check (status in ('made', 'contacted', 'seen', 'closed'))
);

create index referrals_member_idx on referrals (centre_id, member_id, created_at);
create index referrals_made_by_idx on referrals (centre_id, made_by, created_at);

-- An uploaded HSDS document waits here between its preview and the coordinator's confirmation,
-- so the confirmation needs no script and survives a restart. Pruned after a day.
create table directory_imports (
  centre_id uuid not null,
  id uuid not null,
  uploaded_by uuid not null,
  file_name text not null,
  document jsonb not null,
  created_at timestamptz not null default now(),
  applied_at timestamptz,
  constraint directory_imports_pkey primary key (centre_id, id),
  constraint directory_imports_centre_fk foreign key (centre_id) references centres (id) on delete cascade
);

do $$
declare
  name text;
begin
  foreach name in array array[
    'organizations', 'locations', 'service_texts', 'service_documents', 'service_categories',
    'service_at_locations', 'service_schedules', 'service_schedule_exceptions', 'referrals',
    'directory_imports'
  ] loop
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
