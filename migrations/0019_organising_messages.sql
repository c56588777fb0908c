-- Organising and messages: campaigns with their partners, actions with sign-ups and turnout,
-- petitions, one-to-one conversations and each member's path of involvement; and messages to
-- members by inbox, email, SMS and print, each member choosing channels, topics and quiet hours.
-- Nothing here scores or ranks a member: the path is a picture the member reads too, and a
-- message is sent only to someone who asked for that channel and topic (docs/organising.md,
-- docs/messages.md).

-- Unions, community groups and councils the centre works with. Their contact is an
-- organisation's (an office phone, a named officer), not a member's.
create table partners (
  centre_id uuid not null,
  id uuid not null,
  name text not null,
  kind text not null,
  contact text not null default '',
  created_at timestamptz not null default now(),
  constraint partners_pkey primary key (centre_id, id),
  constraint partners_centre_fk foreign key (centre_id) references centres (id) on delete cascade,
  constraint partners_kind_check check (kind in ('union', 'community', 'council', 'other')),
  constraint partners_name_check check (char_length(name) between 1 and 200)
);

-- Texts hold one entry per language: {"pt": {"title": "…", "goal": "…", "story": "…"}}; the
-- campaign is shown in `locales`, the first being its main language.
create table campaigns (
  centre_id uuid not null,
  id uuid not null,
  state text not null default 'active',
  locales text[] not null,
  texts jsonb not null default '{}',
  target_kind text not null,
  target_name text not null,
  employer_id uuid,
  started_on date not null,
  created_by uuid,
  created_at timestamptz not null default now(),
  constraint campaigns_pkey primary key (centre_id, id),
  constraint campaigns_centre_fk foreign key (centre_id) references centres (id) on delete cascade,
  constraint campaigns_employer_fk foreign key (centre_id, employer_id)
    references employers (centre_id, id) on delete set null (employer_id),
  constraint campaigns_state_check check (state in ('active', 'won', 'ended')),
  constraint campaigns_target_check check (target_kind in ('employer', 'council', 'platform', 'other')),
  constraint campaigns_locales_check check (cardinality(locales) between 1 and 6)
);

-- The people leading a campaign, named on its page.
create table campaign_leads (
  centre_id uuid not null,
  campaign_id uuid not null,
  account_id uuid not null,
  constraint campaign_leads_pkey primary key (centre_id, campaign_id, account_id),
  constraint campaign_leads_campaign_fk foreign key (centre_id, campaign_id)
    references campaigns (centre_id, id) on delete cascade,
  constraint campaign_leads_person_fk foreign key (centre_id, account_id)
    references centre_people (centre_id, account_id) on delete cascade
);

-- Members who chose to support a campaign and hear about it; they can leave at any time.
create table campaign_supporters (
  centre_id uuid not null,
  campaign_id uuid not null,
  account_id uuid not null,
  joined_at timestamptz not null default now(),
  constraint campaign_supporters_pkey primary key (centre_id, campaign_id, account_id),
  constraint campaign_supporters_campaign_fk foreign key (centre_id, campaign_id)
    references campaigns (centre_id, id) on delete cascade,
  constraint campaign_supporters_person_fk foreign key (centre_id, account_id)
    references centre_people (centre_id, account_id) on delete cascade
);

create index campaign_supporters_account_idx on campaign_supporters (centre_id, account_id);

-- The campaign's timeline: what happened and when, in the organisers' words.
create table campaign_events (
  centre_id uuid not null,
  id uuid not null,
  campaign_id uuid not null,
  happened_on date not null,
  note text not null,
  created_by uuid,
  created_at timestamptz not null default now(),
  constraint campaign_events_pkey primary key (centre_id, id),
  constraint campaign_events_campaign_fk foreign key (centre_id, campaign_id)
    references campaigns (centre_id, id) on delete cascade,
  constraint campaign_events_note_check check (char_length(note) between 1 and 2000)
);

create index campaign_events_campaign_idx on campaign_events (centre_id, campaign_id, happened_on);

create table campaign_collective_cases (
  centre_id uuid not null,
  campaign_id uuid not null,
  collective_case_id uuid not null,
  constraint campaign_collective_cases_pkey primary key (centre_id, campaign_id, collective_case_id),
  constraint campaign_collective_cases_campaign_fk foreign key (centre_id, campaign_id)
    references campaigns (centre_id, id) on delete cascade,
  constraint campaign_collective_cases_case_fk foreign key (centre_id, collective_case_id)
    references collective_cases (centre_id, id) on delete cascade
);

create table campaign_surveys (
  centre_id uuid not null,
  campaign_id uuid not null,
  survey_id uuid not null,
  constraint campaign_surveys_pkey primary key (centre_id, campaign_id, survey_id),
  constraint campaign_surveys_campaign_fk foreign key (centre_id, campaign_id)
    references campaigns (centre_id, id) on delete cascade,
  constraint campaign_surveys_survey_fk foreign key (centre_id, survey_id)
    references surveys (centre_id, id) on delete cascade
);

create table campaign_partners (
  centre_id uuid not null,
  campaign_id uuid not null,
  partner_id uuid not null,
  constraint campaign_partners_pkey primary key (centre_id, campaign_id, partner_id),
  constraint campaign_partners_campaign_fk foreign key (centre_id, campaign_id)
    references campaigns (centre_id, id) on delete cascade,
  constraint campaign_partners_partner_fk foreign key (centre_id, partner_id)
    references partners (centre_id, id) on delete cascade
);

-- Meetings, demonstrations (night ones too, with a meeting point anyone can find), deliveries of
-- a petition and trainings. Texts: {"pt": {"title": "…", "details": "…"}}. People counted at
-- the door who gave no name are a number, never a row.
create table actions (
  centre_id uuid not null,
  id uuid not null,
  campaign_id uuid,
  kind text not null,
  state text not null default 'planned',
  locales text[] not null,
  texts jsonb not null default '{}',
  starts_at timestamptz not null,
  ends_at timestamptz not null,
  place text not null,
  meeting_point text not null default '',
  capacity integer,
  unnamed_count integer not null default 0,
  created_by uuid,
  created_at timestamptz not null default now(),
  constraint actions_pkey primary key (centre_id, id),
  constraint actions_centre_fk foreign key (centre_id) references centres (id) on delete cascade,
  constraint actions_campaign_fk foreign key (centre_id, campaign_id)
    references campaigns (centre_id, id) on delete set null (campaign_id),
  constraint actions_kind_check check (kind in ('meeting', 'demonstration', 'petition_delivery', 'training')),
  constraint actions_state_check check (state in ('planned', 'cancelled')),
  constraint actions_locales_check check (cardinality(locales) between 1 and 6),
  constraint actions_time_check check (ends_at > starts_at),
  constraint actions_capacity_check check (capacity is null or capacity between 1 and 100000),
  constraint actions_unnamed_check check (unnamed_count between 0 and 1000000)
);

create index actions_starts_idx on actions (centre_id, starts_at);

-- Who said they would come, and whether the door list was ticked for them.
create table action_sign_ups (
  centre_id uuid not null,
  action_id uuid not null,
  account_id uuid not null,
  signed_up_at timestamptz not null default now(),
  attended boolean not null default false,
  constraint action_sign_ups_pkey primary key (centre_id, action_id, account_id),
  constraint action_sign_ups_action_fk foreign key (centre_id, action_id)
    references actions (centre_id, id) on delete cascade,
  constraint action_sign_ups_person_fk foreign key (centre_id, account_id)
    references centre_people (centre_id, account_id) on delete cascade
);

create index action_sign_ups_account_idx on action_sign_ups (centre_id, account_id);

-- Petitions: a public page in each language. Texts: {"pt": {"title": "…", "body": "…"}};
-- `target` is who receives it. The count is kept with the petition so the page never counts rows.
create table petitions (
  centre_id uuid not null,
  id uuid not null,
  campaign_id uuid,
  state text not null default 'open',
  locales text[] not null,
  texts jsonb not null default '{}',
  target text not null,
  signature_count integer not null default 0,
  created_by uuid,
  created_at timestamptz not null default now(),
  delivered_at timestamptz,
  constraint petitions_pkey primary key (centre_id, id),
  constraint petitions_centre_fk foreign key (centre_id) references centres (id) on delete cascade,
  constraint petitions_campaign_fk foreign key (centre_id, campaign_id)
    references campaigns (centre_id, id) on delete set null (campaign_id),
  constraint petitions_state_check check (state in ('open', 'closed', 'delivered')),
  constraint petitions_locales_check check (cardinality(locales) between 1 and 6),
  constraint petitions_count_check check (signature_count >= 0)
);

-- A signature keeps only what the signer agreed to: their chosen name and area only when they
-- agreed to show them in the delivered petition, a contact (sealed) only when they asked for
-- updates. `duplicate_key` is a keyed hash of the petition, name and area: it catches the same
-- person signing twice without keeping either.
create table petition_signatures (
  centre_id uuid not null,
  id uuid not null,
  petition_id uuid not null,
  shown_name text,
  shown_area text,
  contact_sealed text,
  duplicate_key bytea not null,
  signed_on date not null,
  constraint petition_signatures_pkey primary key (centre_id, id),
  constraint petition_signatures_petition_fk foreign key (centre_id, petition_id)
    references petitions (centre_id, id) on delete cascade,
  constraint petition_signatures_duplicate_key unique (centre_id, petition_id, duplicate_key),
  constraint petition_signatures_shown_check check ((shown_name is null) = (shown_area is null))
);

-- How many signatures came from one network address today, under a keyed hash of the address
-- and the day, so that a flood from one place is slowed; forgotten the next day.
create table petition_address_counts (
  centre_id uuid not null,
  petition_id uuid not null,
  address_key bytea not null,
  day date not null,
  count integer not null default 0,
  constraint petition_address_counts_pkey primary key (centre_id, petition_id, address_key),
  constraint petition_address_counts_petition_fk foreign key (centre_id, petition_id)
    references petitions (centre_id, id) on delete cascade
);

-- One-to-one conversations an organiser has with a member: what they raised, what they care
-- about, the next step agreed. Sealed; the member reads every one recorded about them.
create table one_to_ones (
  centre_id uuid not null,
  id uuid not null,
  account_id uuid not null,
  organiser_id uuid,
  held_on date not null,
  issues_sealed text not null,
  interest_sealed text not null,
  next_step_sealed text not null,
  created_at timestamptz not null default now(),
  constraint one_to_ones_pkey primary key (centre_id, id),
  constraint one_to_ones_person_fk foreign key (centre_id, account_id)
    references centre_people (centre_id, account_id) on delete cascade
);

create index one_to_ones_account_idx on one_to_ones (centre_id, account_id, held_on);

-- Steps on a member's path of involvement, recorded with them: came for help, took part, spoke
-- up, leads. A picture the member reads too, never a score: nothing sorts or filters by it.
create table ladder_steps (
  centre_id uuid not null,
  account_id uuid not null,
  step text not null,
  reached_on date not null,
  recorded_by uuid,
  constraint ladder_steps_pkey primary key (centre_id, account_id, step),
  constraint ladder_steps_person_fk foreign key (centre_id, account_id)
    references centre_people (centre_id, account_id) on delete cascade,
  constraint ladder_steps_step_check check (step in ('came_for_help', 'took_part', 'spoke_up', 'leads'))
);

-- How a member wants to hear from the centre. Every channel but the inbox is off until the member
-- turns it on; topics are opt-in too. Quiet hours are on the centre's clock and may run across
-- midnight. `phone_key` is a keyed hash of the number, to find who replied STOP.
create table message_settings (
  centre_id uuid not null,
  account_id uuid not null,
  language text not null,
  inbox_on boolean not null default true,
  email_sealed text,
  email_on boolean not null default false,
  phone_sealed text,
  phone_key bytea,
  sms_on boolean not null default false,
  print_on boolean not null default false,
  topics text[] not null default '{reminders}',
  quiet_from time,
  quiet_until time,
  area text not null default '',
  updated_at timestamptz not null default now(),
  constraint message_settings_pkey primary key (centre_id, account_id),
  constraint message_settings_person_fk foreign key (centre_id, account_id)
    references centre_people (centre_id, account_id) on delete cascade,
  constraint message_settings_email_check check (not email_on or email_sealed is not null),
  constraint message_settings_sms_check check (not sms_on or phone_sealed is not null),
  constraint message_settings_quiet_check check ((quiet_from is null) = (quiet_until is null)),
  constraint message_settings_topics_check check (
    topics <@ array['reminders', 'centre', 'campaigns', 'actions', 'courses']
  )
);

create index message_settings_phone_idx on message_settings (phone_key) where phone_key is not null;

-- A message written once per language for a segment of members. Texts:
-- {"pt": {"subject": "…", "body": "…", "sms": "…"}}; `sms` is the short form for text messages.
-- Segment: {"kind": "everyone" | "language" | "campaign" | "course" | "area" | "role", "value": "…"}.
create table broadcasts (
  centre_id uuid not null,
  id uuid not null,
  topic text not null,
  segment jsonb not null,
  channels text[] not null,
  locales text[] not null,
  texts jsonb not null default '{}',
  state text not null default 'draft',
  created_by uuid,
  created_at timestamptz not null default now(),
  queued_at timestamptz,
  constraint broadcasts_pkey primary key (centre_id, id),
  constraint broadcasts_centre_fk foreign key (centre_id) references centres (id) on delete cascade,
  constraint broadcasts_topic_check check (topic in ('centre', 'campaigns', 'actions', 'courses')),
  constraint broadcasts_channels_check check (
    cardinality(channels) between 1 and 4 and channels <@ array['inbox', 'email', 'sms', 'print']
  ),
  constraint broadcasts_locales_check check (cardinality(locales) between 1 and 6),
  constraint broadcasts_state_check check (state in ('draft', 'queued'))
);

-- The outbox: one row per member, channel and broadcast or reminder. A broadcast's text is read
-- from the broadcast; a reminder's own text is sealed here. `not_before` holds a message through
-- the member's quiet hours and between retries. The unique keys make a second queueing of the
-- same message a no-op, and a message is claimed ('sending') before it leaves.
create table messages (
  centre_id uuid not null,
  id uuid not null,
  account_id uuid not null,
  broadcast_id uuid,
  reminder_key text,
  channel text not null,
  language text not null,
  subject_sealed text,
  body_sealed text,
  state text not null default 'queued',
  attempts smallint not null default 0,
  not_before timestamptz not null default now(),
  held_for_quiet boolean not null default false,
  last_error text,
  queued_at timestamptz not null default now(),
  sent_at timestamptz,
  read_at timestamptz,
  constraint messages_pkey primary key (centre_id, id),
  constraint messages_person_fk foreign key (centre_id, account_id)
    references centre_people (centre_id, account_id) on delete cascade,
  constraint messages_broadcast_fk foreign key (centre_id, broadcast_id)
    references broadcasts (centre_id, id) on delete cascade,
  constraint messages_source_check check ((broadcast_id is null) <> (reminder_key is null)),
  constraint messages_reminder_text_check check (
    reminder_key is null or (subject_sealed is not null and body_sealed is not null)
  ),
  constraint messages_channel_check check (channel in ('inbox', 'email', 'sms', 'print')),
  constraint messages_state_check check (
    state in ('queued', 'sending', 'sent', 'failed', 'stopped', 'printed')
  ),
  constraint messages_broadcast_key unique (centre_id, broadcast_id, account_id, channel),
  constraint messages_reminder_key unique (centre_id, reminder_key, account_id, channel)
);

create index messages_due_idx on messages (channel, not_before) where state = 'queued';
-- Claims left by a drain that stopped mid-send are found by the time they were made.
create index messages_claimed_idx on messages (not_before) where state = 'sending';
create index messages_inbox_idx on messages (centre_id, account_id, queued_at)
  where channel = 'inbox';

do $$
declare
  name text;
begin
  foreach name in array array[
    'partners', 'campaigns', 'campaign_leads', 'campaign_supporters', 'campaign_events',
    'campaign_collective_cases', 'campaign_surveys', 'campaign_partners', 'actions',
    'action_sign_ups', 'petitions', 'petition_signatures', 'petition_address_counts',
    'one_to_ones', 'ladder_steps', 'message_settings', 'broadcasts', 'messages'
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
