-- Courses: ESOL by level, know your rights, popular education, digital skills and training, with
-- their sessions, enrolment with a waiting list, and the sessions a member missed, kept only to
-- offer catch-up. Nothing here counts misses or ranks anyone.

create table courses (
  centre_id uuid not null,
  id uuid not null,
  kind text not null,
  level text,
  title text not null,
  description text not null default '',
  places integer not null,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  constraint courses_pkey primary key (centre_id, id),
  constraint courses_centre_fk foreign key (centre_id) references centres (id) on delete cascade,
  constraint courses_kind_check check (
    kind in ('esol', 'know-your-rights', 'popular-education', 'digital-skills', 'training')
  ),
  -- An ESOL course always has a level; other courses never do.
  constraint courses_level_check check (
    (kind = 'esol' and level in ('pre-entry', 'entry-1', 'entry-2', 'entry-3', 'level-1', 'level-2'))
    or (kind <> 'esol' and level is null)
  ),
  constraint courses_places_check check (places between 1 and 500)
);

create index courses_kind_idx on courses (centre_id, kind, level);

create table course_sessions (
  centre_id uuid not null,
  id uuid not null,
  course_id uuid not null,
  starts_at timestamptz not null,
  ends_at timestamptz not null,
  place text not null default '',
  -- What was covered and where to find it, so someone who missed it can catch up.
  materials text not null default '',
  attendance_taken_at timestamptz,
  constraint course_sessions_pkey primary key (centre_id, id),
  constraint course_sessions_course_fk foreign key (centre_id, course_id)
    references courses (centre_id, id) on delete cascade,
  constraint course_sessions_times_check check (ends_at > starts_at)
);

create index course_sessions_course_idx on course_sessions (centre_id, course_id, starts_at);

-- A place on a course, or a place in its waiting list (first come, first served by joined_at).
create table course_enrolments (
  centre_id uuid not null,
  course_id uuid not null,
  account_id uuid not null,
  status text not null,
  joined_at timestamptz not null default now(),
  finished_at timestamptz,
  constraint course_enrolments_pkey primary key (centre_id, course_id, account_id),
  constraint course_enrolments_course_fk foreign key (centre_id, course_id)
    references courses (centre_id, id) on delete cascade,
  constraint course_enrolments_person_fk foreign key (centre_id, account_id)
    references centre_people (centre_id, account_id) on delete cascade,
  constraint course_enrolments_status_check check (status in ('enrolled', 'waiting')),
  constraint course_enrolments_finished_check check (finished_at is null or status = 'enrolled')
);

create index course_enrolments_account_idx on course_enrolments (centre_id, account_id);
create index course_enrolments_waiting_idx on course_enrolments (centre_id, course_id, joined_at)
  where status = 'waiting';

-- Only the sessions a member missed, and only to offer catch-up: a row goes when the member says
-- they have caught up, when they leave the course, or a short time after the course ends.
create table course_missed_sessions (
  centre_id uuid not null,
  session_id uuid not null,
  account_id uuid not null,
  course_id uuid not null,
  constraint course_missed_sessions_pkey primary key (centre_id, session_id, account_id),
  constraint course_missed_sessions_session_fk foreign key (centre_id, session_id)
    references course_sessions (centre_id, id) on delete cascade,
  constraint course_missed_sessions_enrolment_fk foreign key (centre_id, course_id, account_id)
    references course_enrolments (centre_id, course_id, account_id) on delete cascade
);

create index course_missed_sessions_account_idx
  on course_missed_sessions (centre_id, account_id, course_id);

do $$
declare
  name text;
begin
  foreach name in array array[
    'courses', 'course_sessions', 'course_enrolments', 'course_missed_sessions'
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
