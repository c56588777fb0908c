-- The drop-in queue. A queue belongs to one opening of the centre (an opening may cross midnight)
-- and everything in it is deleted once that opening has closed: tickets, names and the pace of
-- calls alike. Nothing here records who came, who left, or how long anyone waited after the night.

-- One row per opening that has a queue: its span, and the last ticket number given out in it.
create table drop_in_openings (
  centre_id uuid not null,
  starts_at timestamptz not null,
  ends_at timestamptz not null,
  last_number integer not null default 0,
  constraint drop_in_openings_pkey primary key (centre_id, starts_at),
  constraint drop_in_openings_centre_fk foreign key (centre_id) references centres (id)
    on delete cascade,
  constraint drop_in_openings_order_check check (ends_at > starts_at)
);

create index drop_in_openings_ends_idx on drop_in_openings (ends_at);

-- A person waiting, or with an adviser. A ticket is deleted when they have been seen or have
-- left, so a waiting list never becomes an attendance record.
create table drop_in_tickets (
  centre_id uuid not null,
  id uuid not null,
  opening_starts_at timestamptz not null,
  number integer not null,
  -- SHA-256 of the secret in the person's ticket link.
  token_hash bytea not null,
  chosen_name text not null default '',
  topic text not null,
  -- The person's own words about what they need, sealed; read only by the adviser who calls them.
  words_sealed text,
  language text not null,
  checked_in_at timestamptz not null default now(),
  called_at timestamptz,
  -- The adviser who called the person; a called ticket whose adviser has left the centre stays
  -- called.
  called_by uuid,
  desk text not null default '',
  constraint drop_in_tickets_pkey primary key (centre_id, id),
  constraint drop_in_tickets_opening_fk foreign key (centre_id, opening_starts_at)
    references drop_in_openings (centre_id, starts_at) on delete cascade,
  constraint drop_in_tickets_adviser_fk foreign key (centre_id, called_by)
    references centre_people (centre_id, account_id) on delete set null (called_by),
  constraint drop_in_tickets_number_key unique (centre_id, opening_starts_at, number),
  constraint drop_in_tickets_token_key unique (centre_id, token_hash),
  constraint drop_in_tickets_name_check check (char_length(chosen_name) <= 60),
  constraint drop_in_tickets_language_check check (language ~ '^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$'),
  constraint drop_in_tickets_desk_check check (char_length(desk) <= 40)
);

create index drop_in_tickets_waiting_idx on drop_in_tickets (centre_id, opening_starts_at, number)
  where called_at is null;

-- When advisers called someone tonight, without saying whom: the pace behind the wait estimates.
create table drop_in_calls (
  centre_id uuid not null,
  id uuid not null,
  opening_starts_at timestamptz not null,
  adviser_id uuid not null,
  called_at timestamptz not null,
  constraint drop_in_calls_pkey primary key (centre_id, id),
  constraint drop_in_calls_opening_fk foreign key (centre_id, opening_starts_at)
    references drop_in_openings (centre_id, starts_at) on delete cascade,
  constraint drop_in_calls_adviser_fk foreign key (centre_id, adviser_id)
    references centre_people (centre_id, account_id) on delete cascade
);

create index drop_in_calls_opening_idx on drop_in_calls (centre_id, opening_starts_at, called_at);

do $$
declare
  name text;
begin
  foreach name in array array['drop_in_openings', 'drop_in_tickets', 'drop_in_calls'] loop
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
