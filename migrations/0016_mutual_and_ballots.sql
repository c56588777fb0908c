-- The mutual: every person of the centre is offered membership; members govern through
-- assemblies, proposals and secret ballots. One member, one vote, kept by a primary key; the
-- record that someone voted is never joinable to their ballot (docs/secret-ballots.md).

-- How many members' support calls an assembly: a number of members, or a percentage of them.
create table mutual_settings (
  centre_id uuid not null,
  call_threshold_kind text not null default 'members',
  call_threshold_value smallint not null default 5,
  constraint mutual_settings_pkey primary key (centre_id),
  constraint mutual_settings_centre_fk foreign key (centre_id) references centres (id) on delete cascade,
  constraint mutual_settings_kind_check check (call_threshold_kind in ('members', 'percent')),
  constraint mutual_settings_value_check check (
    call_threshold_value >= 1
    and (call_threshold_kind = 'members' or call_threshold_value <= 100)
  )
);

-- The register: one row per spell of membership. Leaving closes the row; joining again opens a
-- new one, so the register keeps the dates a coordinator needs and nothing else.
create table mutual_members (
  centre_id uuid not null,
  id uuid not null,
  account_id uuid not null,
  joined_at timestamptz not null,
  left_at timestamptz,
  constraint mutual_members_pkey primary key (centre_id, id),
  constraint mutual_members_person_fk foreign key (centre_id, account_id)
    references centre_people (centre_id, account_id) on delete cascade,
  constraint mutual_members_dates_check check (left_at is null or left_at >= joined_at)
);

create unique index mutual_members_current_key on mutual_members (centre_id, account_id)
  where left_at is null;

-- When a person last said "not now", so the offer waits months before it is made again.
create table mutual_declines (
  centre_id uuid not null,
  account_id uuid not null,
  declined_at timestamptz not null,
  constraint mutual_declines_pkey primary key (centre_id, account_id),
  constraint mutual_declines_person_fk foreign key (centre_id, account_id)
    references centre_people (centre_id, account_id) on delete cascade
);

-- Officers of the mutual, as the last election for their office chose them.
create table mutual_officers (
  centre_id uuid not null,
  office text not null,
  account_id uuid not null,
  elected_at timestamptz not null,
  constraint mutual_officers_pkey primary key (centre_id, office, account_id),
  constraint mutual_officers_person_fk foreign key (centre_id, account_id)
    references centre_people (centre_id, account_id) on delete cascade
);

-- An assembly, called by a coordinator or by members' support. The quorum is a number of
-- voters or a percentage of the members on the register when a vote opens.
create table assemblies (
  centre_id uuid not null,
  id uuid not null,
  title text not null,
  agenda text not null default '',
  place text not null default '',
  starts_at timestamptz not null,
  ends_at timestamptz not null,
  quorum_kind text not null,
  quorum_value smallint not null,
  called_by text not null,
  created_at timestamptz not null,
  constraint assemblies_pkey primary key (centre_id, id),
  constraint assemblies_centre_fk foreign key (centre_id) references centres (id) on delete cascade,
  constraint assemblies_times_check check (ends_at > starts_at),
  constraint assemblies_quorum_kind_check check (quorum_kind in ('members', 'percent')),
  constraint assemblies_quorum_value_check check (
    quorum_value >= 0 and (quorum_kind = 'members' or quorum_value <= 100)
  ),
  constraint assemblies_called_by_check check (called_by in ('coordinator', 'members'))
);

create index assemblies_starts_idx on assemblies (centre_id, starts_at);

-- Members asking for an assembly. When enough support it, the assembly is called and the call
-- points to it.
create table assembly_calls (
  centre_id uuid not null,
  id uuid not null,
  title text not null,
  agenda text not null default '',
  place text not null default '',
  starts_at timestamptz not null,
  ends_at timestamptz not null,
  created_at timestamptz not null,
  assembly_id uuid,
  constraint assembly_calls_pkey primary key (centre_id, id),
  constraint assembly_calls_centre_fk foreign key (centre_id) references centres (id) on delete cascade,
  constraint assembly_calls_assembly_fk foreign key (centre_id, assembly_id)
    references assemblies (centre_id, id) on delete set null (assembly_id),
  constraint assembly_calls_times_check check (ends_at > starts_at)
);

create table assembly_call_supporters (
  centre_id uuid not null,
  call_id uuid not null,
  account_id uuid not null,
  constraint assembly_call_supporters_pkey primary key (centre_id, call_id, account_id),
  constraint assembly_call_supporters_call_fk foreign key (centre_id, call_id)
    references assembly_calls (centre_id, id) on delete cascade,
  constraint assembly_call_supporters_person_fk foreign key (centre_id, account_id)
    references centre_people (centre_id, account_id) on delete cascade
);

-- A proposal put to an assembly. Its words live in versions: each amendment is a new version,
-- and none can be added once its vote has opened.
create table proposals (
  centre_id uuid not null,
  id uuid not null,
  assembly_id uuid not null,
  proposer_id uuid,
  created_at timestamptz not null,
  constraint proposals_pkey primary key (centre_id, id),
  constraint proposals_assembly_fk foreign key (centre_id, assembly_id)
    references assemblies (centre_id, id) on delete cascade,
  constraint proposals_proposer_fk foreign key (centre_id, proposer_id)
    references centre_people (centre_id, account_id) on delete set null (proposer_id)
);

create index proposals_assembly_idx on proposals (centre_id, assembly_id);

create table proposal_versions (
  centre_id uuid not null,
  proposal_id uuid not null,
  version smallint not null,
  title text not null,
  body text not null,
  created_at timestamptz not null,
  constraint proposal_versions_pkey primary key (centre_id, proposal_id, version),
  constraint proposal_versions_proposal_fk foreign key (centre_id, proposal_id)
    references proposals (centre_id, id) on delete cascade,
  constraint proposal_versions_version_check check (version >= 1)
);

create table proposal_comments (
  centre_id uuid not null,
  id uuid not null,
  proposal_id uuid not null,
  author_id uuid,
  body text not null,
  created_at timestamptz not null,
  constraint proposal_comments_pkey primary key (centre_id, id),
  constraint proposal_comments_proposal_fk foreign key (centre_id, proposal_id)
    references proposals (centre_id, id) on delete cascade,
  constraint proposal_comments_author_fk foreign key (centre_id, author_id)
    references centre_people (centre_id, account_id) on delete set null (author_id)
);

create index proposal_comments_proposal_idx on proposal_comments (centre_id, proposal_id, id);

-- A vote: yes/no/abstain on a proposal, or an election of officers by STV.
create table votes (
  centre_id uuid not null,
  id uuid not null,
  assembly_id uuid not null,
  kind text not null,
  proposal_id uuid,
  title text not null,
  office text not null default '',
  seats smallint,
  state text not null default 'draft',
  opened_at timestamptz,
  closes_at timestamptz,
  closed_at timestamptz,
  created_at timestamptz not null,
  constraint votes_pkey primary key (centre_id, id),
  constraint votes_assembly_fk foreign key (centre_id, assembly_id)
    references assemblies (centre_id, id) on delete cascade,
  constraint votes_proposal_fk foreign key (centre_id, proposal_id)
    references proposals (centre_id, id) on delete cascade,
  constraint votes_kind_check check (
    (kind = 'question' and proposal_id is not null and seats is null)
    or (kind = 'election' and proposal_id is null and seats between 1 and 20 and office <> '')
  ),
  constraint votes_state_check check (state in ('draft', 'open', 'closed')),
  constraint votes_open_check check (
    (state = 'draft') = (opened_at is null)
    and (state = 'draft') = (closes_at is null)
    and (state = 'closed') = (closed_at is not null)
  )
);

create index votes_assembly_idx on votes (centre_id, assembly_id);
create unique index votes_proposal_key on votes (centre_id, proposal_id) where proposal_id is not null;

-- Members who stand in an election.
create table vote_candidates (
  centre_id uuid not null,
  vote_id uuid not null,
  account_id uuid not null,
  constraint vote_candidates_pkey primary key (centre_id, vote_id, account_id),
  constraint vote_candidates_vote_fk foreign key (centre_id, vote_id)
    references votes (centre_id, id) on delete cascade,
  constraint vote_candidates_person_fk foreign key (centre_id, account_id)
    references centre_people (centre_id, account_id) on delete cascade
);

-- Who may vote: the members on the register when the vote opened.
create table vote_electorate (
  centre_id uuid not null,
  vote_id uuid not null,
  account_id uuid not null,
  constraint vote_electorate_pkey primary key (centre_id, vote_id, account_id),
  constraint vote_electorate_vote_fk foreign key (centre_id, vote_id)
    references votes (centre_id, id) on delete cascade,
  constraint vote_electorate_person_fk foreign key (centre_id, account_id)
    references centre_people (centre_id, account_id) on delete cascade
);

-- Who has voted, and how (online or on paper). The primary key is one member, one vote. No time
-- and nothing that points to a ballot.
create table ballot_voters (
  centre_id uuid not null,
  vote_id uuid not null,
  account_id uuid not null,
  route text not null,
  constraint ballot_voters_pkey primary key (centre_id, vote_id, account_id),
  constraint ballot_voters_vote_fk foreign key (centre_id, vote_id)
    references votes (centre_id, id) on delete cascade,
  constraint ballot_voters_person_fk foreign key (centre_id, account_id)
    references centre_people (centre_id, account_id) on delete cascade,
  constraint ballot_voters_route_check check (route in ('online', 'paper'))
);

-- The ballot box: the sealed content of each ballot and nothing else. No voter, no route, no
-- time, a random (version 4) id; every vote cast rewrites the vote's whole box in a random order.
create table ballots (
  centre_id uuid not null,
  vote_id uuid not null,
  id uuid not null default gen_random_uuid(),
  sealed_content text not null,
  constraint ballots_pkey primary key (centre_id, vote_id, id),
  constraint ballots_vote_fk foreign key (centre_id, vote_id)
    references votes (centre_id, id) on delete cascade
);

-- Receipts: the hash of the code each voter was shown once, apart from the ballots and rewritten
-- in a random order with them. A receipt proves a ballot went into the box, and nothing more.
create table ballot_receipts (
  centre_id uuid not null,
  vote_id uuid not null,
  code_hash bytea not null,
  constraint ballot_receipts_pkey primary key (centre_id, code_hash),
  constraint ballot_receipts_vote_fk foreign key (centre_id, vote_id)
    references votes (centre_id, id) on delete cascade
);

create index ballot_receipts_vote_idx on ballot_receipts (centre_id, vote_id);

-- The published result of a closed vote: the counts (and every STV round), turnout by route and
-- the quorum.
create table vote_results (
  centre_id uuid not null,
  vote_id uuid not null,
  result jsonb not null,
  published_at timestamptz not null,
  constraint vote_results_pkey primary key (centre_id, vote_id),
  constraint vote_results_vote_fk foreign key (centre_id, vote_id)
    references votes (centre_id, id) on delete cascade
);

do $$
declare
  name text;
begin
  foreach name in array array[
    'mutual_settings', 'mutual_members', 'mutual_declines', 'mutual_officers', 'assemblies',
    'assembly_calls', 'assembly_call_supporters', 'proposals', 'proposal_versions',
    'proposal_comments', 'votes', 'vote_candidates', 'vote_electorate', 'ballot_voters', 'ballots',
    'ballot_receipts', 'vote_results'
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
