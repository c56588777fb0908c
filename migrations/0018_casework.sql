-- Casework: the minimum-wage rates the calculator reads, members' hours diaries, the employer
-- register and members' reports about employers, cases with their timeline, tasks, evidence and
-- wage claims, and collective cases that gather several members' claims against one employer.
-- Nothing here scores, flags or sanctions a member: a case is the member's, worked on with them.

-- UK National Minimum Wage and National Living Wage rates, in pence per hour, from the day each
-- set took effect. They are the law of the land, not a centre's: one table for the whole
-- instance, seeded from the published rates and corrected or extended by coordinators (every
-- change is in the audit log). A missing accommodation offset means it is not confirmed yet.
create table minimum_wage_rates (
  effective_from date not null,
  living_wage_age smallint not null,
  living_wage_pence integer not null,
  young_adult_pence integer,
  age_18_to_20_pence integer not null,
  age_16_to_17_pence integer not null,
  apprentice_pence integer not null,
  accommodation_offset_pence integer,
  updated_at timestamptz not null default now(),
  constraint minimum_wage_rates_pkey primary key (effective_from),
  constraint minimum_wage_rates_age_check check (living_wage_age between 21 and 25),
  constraint minimum_wage_rates_young_adult_check check (
    (living_wage_age = 21 and young_adult_pence is null)
    or (living_wage_age > 21 and young_adult_pence is not null)
  ),
  constraint minimum_wage_rates_pence_check check (
    living_wage_pence between 1 and 100000
    and coalesce(young_adult_pence, 1) between 1 and 100000
    and age_18_to_20_pence between 1 and 100000
    and age_16_to_17_pence between 1 and 100000
    and apprentice_pence between 1 and 100000
    and coalesce(accommodation_offset_pence, 0) between 0 and 100000
  )
);

insert into minimum_wage_rates (
  effective_from, living_wage_age, living_wage_pence, young_adult_pence, age_18_to_20_pence,
  age_16_to_17_pence, apprentice_pence, accommodation_offset_pence
) values
  ('2016-10-01', 25, 720, 695, 555, 400, 340, 600),
  ('2017-04-01', 25, 750, 705, 560, 405, 350, 640),
  ('2018-04-01', 25, 783, 738, 590, 420, 370, 700),
  ('2019-04-01', 25, 821, 770, 615, 435, 390, 755),
  ('2020-04-01', 25, 872, 820, 645, 455, 415, 820),
  ('2021-04-01', 23, 891, 836, 656, 462, 430, 836),
  ('2022-04-01', 23, 950, 918, 683, 481, 481, 870),
  ('2023-04-01', 23, 1042, 1018, 749, 528, 528, 910),
  ('2024-04-01', 21, 1144, null, 860, 640, 640, 999),
  ('2025-04-01', 21, 1221, null, 1000, 755, 755, 1066),
  ('2026-04-01', 21, 1271, null, 1085, 800, 800, null);

-- The employer register: businesses, agencies and platforms members work for. A business's names
-- and sites are not personal data; an agency or platform behind an employer is another entry.
create table employers (
  centre_id uuid not null,
  id uuid not null,
  name text not null,
  trading_names text[] not null default '{}',
  sites text[] not null default '{}',
  kind text not null default 'employer',
  behind_id uuid,
  created_at timestamptz not null default now(),
  constraint employers_pkey primary key (centre_id, id),
  constraint employers_centre_fk foreign key (centre_id) references centres (id) on delete cascade,
  constraint employers_behind_fk foreign key (centre_id, behind_id)
    references employers (centre_id, id) on delete set null (behind_id),
  constraint employers_kind_check check (kind in ('employer', 'agency', 'platform')),
  constraint employers_name_check check (char_length(name) between 1 and 200),
  constraint employers_behind_self_check check (behind_id is null or behind_id <> id)
);

create unique index employers_name_idx on employers (centre_id, lower(name));

-- What members report about an employer. The reporter is kept only so they can see and withdraw
-- their own reports; everyone else sees counts by problem, never who reported or when to the day.
create table employer_reports (
  centre_id uuid not null,
  id uuid not null,
  employer_id uuid not null,
  reporter_id uuid not null,
  problem text not null,
  reported_month date not null,
  words text,
  constraint employer_reports_pkey primary key (centre_id, id),
  constraint employer_reports_employer_fk foreign key (centre_id, employer_id)
    references employers (centre_id, id) on delete cascade,
  constraint employer_reports_reporter_fk foreign key (centre_id, reporter_id)
    references centre_people (centre_id, account_id) on delete cascade,
  constraint employer_reports_problem_check check (problem in (
    'unpaid_wages', 'below_minimum_wage', 'deductions', 'no_breaks', 'holiday_pay',
    'unsafe_work', 'dismissal', 'discrimination', 'harassment', 'other'
  )),
  constraint employer_reports_month_check check (reported_month = date_trunc('month', reported_month))
);

create index employer_reports_employer_idx on employer_reports (centre_id, employer_id, problem);
create index employer_reports_reporter_idx on employer_reports (centre_id, reporter_id);

-- What the calculator needs to know about a member to find their rate: kept only if they want.
create table diary_settings (
  centre_id uuid not null,
  account_id uuid not null,
  date_of_birth text,
  apprentice_since text,
  pay_period text not null default 'week',
  period_starts_on date,
  updated_at timestamptz not null default now(),
  constraint diary_settings_pkey primary key (centre_id, account_id),
  constraint diary_settings_person_fk foreign key (centre_id, account_id)
    references centre_people (centre_id, account_id) on delete cascade,
  constraint diary_settings_period_check check (pay_period in ('week', 'fortnight', 'month'))
);

-- Shifts a member worked, in their own record. The phone makes a client id when a shift is
-- written, so a shift sent twice after being kept offline is stored once.
create table diary_shifts (
  centre_id uuid not null,
  id uuid not null,
  account_id uuid not null,
  client_id uuid not null,
  starts_at timestamptz not null,
  ends_at timestamptz not null,
  unpaid_break_minutes integer not null default 0,
  employer_id uuid,
  employer_name text,
  site text,
  promised_pence_per_hour integer,
  paid_pence integer,
  deductions_pence integer not null default 0,
  accommodation text not null default 'none',
  accommodation_charged_pence integer not null default 0,
  note text,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  constraint diary_shifts_pkey primary key (centre_id, id),
  constraint diary_shifts_person_fk foreign key (centre_id, account_id)
    references centre_people (centre_id, account_id) on delete cascade,
  constraint diary_shifts_employer_fk foreign key (centre_id, employer_id)
    references employers (centre_id, id) on delete set null (employer_id),
  constraint diary_shifts_client_key unique (centre_id, account_id, client_id),
  constraint diary_shifts_span_check check (
    ends_at > starts_at and ends_at - starts_at <= interval '24 hours'
  ),
  constraint diary_shifts_break_check check (
    unpaid_break_minutes >= 0
    and unpaid_break_minutes * interval '1 minute' < ends_at - starts_at
  ),
  constraint diary_shifts_money_check check (
    coalesce(promised_pence_per_hour, 0) between 0 and 1000000
    and coalesce(paid_pence, 0) between 0 and 10000000
    and deductions_pence between 0 and 10000000
    and accommodation_charged_pence between 0 and 1000000
  ),
  constraint diary_shifts_accommodation_check check (
    accommodation in ('none', 'free', 'charged')
    and (accommodation = 'charged' or accommodation_charged_pence = 0)
  )
);

create index diary_shifts_person_idx on diary_shifts (centre_id, account_id, starts_at);

-- A photo of a rota or a payslip for a shift, sealed whole with the centre's key.
create table diary_photos (
  centre_id uuid not null,
  id uuid not null,
  shift_id uuid not null,
  content bytea not null,
  content_type text not null,
  byte_size integer not null,
  added_at timestamptz not null default now(),
  constraint diary_photos_pkey primary key (centre_id, id),
  constraint diary_photos_shift_fk foreign key (centre_id, shift_id)
    references diary_shifts (centre_id, id) on delete cascade,
  constraint diary_photos_type_check check (
    content_type in ('image/jpeg', 'image/png', 'image/webp', 'application/pdf')
  ),
  constraint diary_photos_size_check check (byte_size between 1 and 2000000)
);

create index diary_photos_shift_idx on diary_photos (centre_id, shift_id);

-- Several members' wage claims against one employer, taken up together.
create table collective_cases (
  centre_id uuid not null,
  id uuid not null,
  employer_id uuid not null,
  title text not null,
  created_by uuid not null,
  created_at timestamptz not null default now(),
  constraint collective_cases_pkey primary key (centre_id, id),
  constraint collective_cases_employer_fk foreign key (centre_id, employer_id)
    references employers (centre_id, id) on delete cascade,
  constraint collective_cases_title_check check (char_length(title) between 1 and 200)
);

-- A member's case, opened by an adviser with them. The member reads all of it; the case team
-- works on it; nobody else opens it, coordinators included.
create table cases (
  centre_id uuid not null,
  id uuid not null,
  member_id uuid not null,
  kind text not null,
  summary text not null,
  status text not null default 'open',
  employer_id uuid,
  collective_id uuid,
  act_on date,
  conciliation_started_on date,
  conciliation_certificate_on date,
  diary_consent_at timestamptz,
  outcome text,
  recovered_pence integer,
  opened_by uuid not null,
  opened_at timestamptz not null default now(),
  closed_at timestamptz,
  constraint cases_pkey primary key (centre_id, id),
  constraint cases_member_fk foreign key (centre_id, member_id)
    references centre_people (centre_id, account_id) on delete cascade,
  constraint cases_employer_fk foreign key (centre_id, employer_id)
    references employers (centre_id, id) on delete set null (employer_id),
  constraint cases_collective_fk foreign key (centre_id, collective_id)
    references collective_cases (centre_id, id) on delete set null (collective_id),
  constraint cases_kind_check check (kind in (
    'unpaid_wages', 'unsafe_work', 'dismissal', 'discrimination', 'housing', 'family',
    'immigration_referral'
  )),
  constraint cases_status_check check (
    (status = 'open' and closed_at is null) or (status = 'closed' and closed_at is not null)
  ),
  constraint cases_recovered_check check (coalesce(recovered_pence, 0) between 0 and 1000000000),
  constraint cases_conciliation_check check (
    conciliation_certificate_on is null
    or (conciliation_started_on is not null and conciliation_certificate_on >= conciliation_started_on)
  )
);

create index cases_member_idx on cases (centre_id, member_id);
create index cases_employer_idx on cases (centre_id, employer_id) where employer_id is not null;
create index cases_collective_idx on cases (centre_id, collective_id) where collective_id is not null;

-- Who works on a case with the member. The adviser who opens it is the first.
create table case_team (
  centre_id uuid not null,
  case_id uuid not null,
  account_id uuid not null,
  added_at timestamptz not null default now(),
  constraint case_team_pkey primary key (centre_id, case_id, account_id),
  constraint case_team_case_fk foreign key (centre_id, case_id)
    references cases (centre_id, id) on delete cascade,
  constraint case_team_person_fk foreign key (centre_id, account_id)
    references centre_people (centre_id, account_id) on delete cascade
);

create index case_team_person_idx on case_team (centre_id, account_id);

-- The case's timeline: what happened and what was written, in order. The author is kept as an
-- account id without a key, so the history stays when an adviser leaves.
create table case_events (
  centre_id uuid not null,
  id uuid not null,
  case_id uuid not null,
  kind text not null,
  body text,
  author_id uuid not null,
  at timestamptz not null default now(),
  constraint case_events_pkey primary key (centre_id, id),
  constraint case_events_case_fk foreign key (centre_id, case_id)
    references cases (centre_id, id) on delete cascade,
  constraint case_events_kind_check check (kind in (
    'opened', 'note', 'task_added', 'task_done', 'evidence_added', 'claim_calculated',
    'conciliation', 'joined_collective', 'left_collective', 'team_changed', 'outcome', 'closed', 'reopened'
  ))
);

create index case_events_case_idx on case_events (centre_id, case_id, at);

create table case_tasks (
  centre_id uuid not null,
  id uuid not null,
  case_id uuid not null,
  title text not null,
  due_on date,
  done_at timestamptz,
  created_by uuid not null,
  created_at timestamptz not null default now(),
  constraint case_tasks_pkey primary key (centre_id, id),
  constraint case_tasks_case_fk foreign key (centre_id, case_id)
    references cases (centre_id, id) on delete cascade
);

create index case_tasks_case_idx on case_tasks (centre_id, case_id, due_on);

-- Evidence: documents and photos, their type read from their first bytes, sealed whole.
create table case_evidence (
  centre_id uuid not null,
  id uuid not null,
  case_id uuid not null,
  name text not null,
  content bytea not null,
  content_type text not null,
  byte_size integer not null,
  added_by uuid not null,
  added_at timestamptz not null default now(),
  constraint case_evidence_pkey primary key (centre_id, id),
  constraint case_evidence_case_fk foreign key (centre_id, case_id)
    references cases (centre_id, id) on delete cascade,
  constraint case_evidence_type_check check (
    content_type in ('image/jpeg', 'image/png', 'image/webp', 'application/pdf')
  ),
  constraint case_evidence_size_check check (byte_size between 1 and 2000000)
);

create index case_evidence_case_idx on case_evidence (centre_id, case_id, added_at);

-- A wage claim's calculation, as it stood when it was made from the member's diary: the input and
-- the result, sealed, with the totals kept plain so a collective case can add them up.
create table case_wage_claims (
  centre_id uuid not null,
  case_id uuid not null,
  period_from date not null,
  period_to date not null,
  calculation text not null,
  owed_pence integer not null,
  owed_today_pence integer not null,
  calculated_at timestamptz not null default now(),
  constraint case_wage_claims_pkey primary key (centre_id, case_id),
  constraint case_wage_claims_case_fk foreign key (centre_id, case_id)
    references cases (centre_id, id) on delete cascade,
  constraint case_wage_claims_period_check check (period_to >= period_from),
  constraint case_wage_claims_owed_check check (owed_pence >= 0 and owed_today_pence >= owed_pence)
);

do $$
declare
  name text;
begin
  foreach name in array array[
    'employers', 'employer_reports', 'diary_settings', 'diary_shifts', 'diary_photos',
    'collective_cases', 'cases', 'case_team', 'case_events', 'case_tasks', 'case_evidence',
    'case_wage_claims'
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
