-- A person's account is network-wide, so one person can belong to several centres with a
-- different role in each. It holds a chosen name, never a legal name, and no email or phone.
create table accounts (
  id uuid primary key,
  chosen_name text not null,
  name_key text not null,
  passphrase_hash text,
  languages text[] not null default '{}',
  is_steward boolean not null default false,
  created_at timestamptz not null default now(),
  constraint accounts_name_key_key unique (name_key)
);

-- Belonging to a centre, and the roles held there.
create table centre_people (
  centre_id uuid not null,
  account_id uuid not null,
  joined_at timestamptz not null default now(),
  constraint centre_people_pkey primary key (centre_id, account_id),
  constraint centre_people_centre_fk foreign key (centre_id) references centres (id) on delete cascade,
  constraint centre_people_account_fk foreign key (account_id) references accounts (id) on delete cascade
);

create index centre_people_account_idx on centre_people (account_id);

create table centre_roles (
  centre_id uuid not null,
  account_id uuid not null,
  role text not null,
  granted_at timestamptz not null default now(),
  constraint centre_roles_pkey primary key (centre_id, account_id, role),
  constraint centre_roles_person_fk foreign key (centre_id, account_id)
    references centre_people (centre_id, account_id) on delete cascade,
  constraint centre_roles_role_check check (role in ('member', 'adviser', 'organiser', 'coordinator'))
);

-- What a person agreed to, in the words they were shown, and who recorded it.
create table consents (
  centre_id uuid not null,
  id uuid not null,
  account_id uuid not null,
  purpose text not null,
  words_shown text not null,
  recorded_by uuid,
  given_at timestamptz not null default now(),
  constraint consents_pkey primary key (centre_id, id),
  constraint consents_person_fk foreign key (centre_id, account_id)
    references centre_people (centre_id, account_id) on delete cascade
);

-- One-time codes printed on a card for people with no phone or email. Stored only as hashes.
create table sign_in_codes (
  centre_id uuid not null,
  id uuid not null,
  account_id uuid not null,
  code_hash bytea not null,
  purpose text not null,
  issued_by uuid,
  issued_at timestamptz not null default now(),
  expires_at timestamptz not null,
  used_at timestamptz,
  constraint sign_in_codes_pkey primary key (centre_id, id),
  constraint sign_in_codes_person_fk foreign key (centre_id, account_id)
    references centre_people (centre_id, account_id) on delete cascade,
  constraint sign_in_codes_purpose_check check (purpose in ('enrol', 'reset')),
  constraint sign_in_codes_hash_key unique (code_hash)
);

-- Sessions are stored by the hash of their token: a copy of this table signs nobody in.
create table sessions (
  id uuid primary key,
  token_hash bytea not null,
  account_id uuid not null,
  created_at timestamptz not null default now(),
  last_seen_at timestamptz not null default now(),
  expires_at timestamptz not null,
  constraint sessions_token_hash_key unique (token_hash),
  constraint sessions_account_fk foreign key (account_id) references accounts (id) on delete cascade
);

create index sessions_account_idx on sessions (account_id);

-- Failed sign-ins, keyed by a hash of the account name and the address together, so a shared
-- centre Wi-Fi cannot lock everyone out and nobody elsewhere can lock out a member.
create table sign_in_failures (
  key_hash bytea not null,
  failed_at timestamptz not null default now()
);

create index sign_in_failures_key_idx on sign_in_failures (key_hash, failed_at);

alter table centre_people enable row level security;
create policy centre_people_centre on centre_people to hearth_app
  using (centre_id = nullif(current_setting('hearth.centre_id', true), '')::uuid)
  with check (centre_id = nullif(current_setting('hearth.centre_id', true), '')::uuid);

alter table centre_roles enable row level security;
create policy centre_roles_centre on centre_roles to hearth_app
  using (centre_id = nullif(current_setting('hearth.centre_id', true), '')::uuid)
  with check (centre_id = nullif(current_setting('hearth.centre_id', true), '')::uuid);

alter table consents enable row level security;
create policy consents_centre on consents to hearth_app
  using (centre_id = nullif(current_setting('hearth.centre_id', true), '')::uuid)
  with check (centre_id = nullif(current_setting('hearth.centre_id', true), '')::uuid);

alter table sign_in_codes enable row level security;
create policy sign_in_codes_centre on sign_in_codes to hearth_app
  using (centre_id = nullif(current_setting('hearth.centre_id', true), '')::uuid)
  with check (centre_id = nullif(current_setting('hearth.centre_id', true), '')::uuid);

-- Within a centre, only the accounts of people who belong to it can be read or changed.
alter table accounts enable row level security;
create policy accounts_read_in_centre on accounts for select to hearth_app
  using (exists (
    select 1 from centre_people p
    where p.account_id = accounts.id
      and p.centre_id = nullif(current_setting('hearth.centre_id', true), '')::uuid
  ));
create policy accounts_update_in_centre on accounts for update to hearth_app
  using (exists (
    select 1 from centre_people p
    where p.account_id = accounts.id
      and p.centre_id = nullif(current_setting('hearth.centre_id', true), '')::uuid
  ));
create policy accounts_insert on accounts for insert to hearth_app with check (true);
revoke delete on accounts from hearth_app;
revoke all on sessions, sign_in_failures from hearth_app;
