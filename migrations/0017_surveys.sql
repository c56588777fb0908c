-- Community needs surveys: a coordinator writes the questions in the centre's languages; anyone
-- answers by link with no account, or on paper typed in by a volunteer. A response is a random
-- identifier and the options chosen or words written: no account, no address, no time. Answers
-- are shuffled every night so that the order they were stored in says nothing of when they came
-- (docs/surveys.md).

-- Texts hold one entry per language: {"pl": {"title": "…", "introduction": "…"}}. The survey is
-- shown in `locales`, the first being its main language.
create table surveys (
  centre_id uuid not null,
  id uuid not null,
  state text not null default 'draft',
  locales text[] not null,
  texts jsonb not null default '{}',
  -- How many responses came by each route: counts only, never a mark on a response.
  link_count integer not null default 0,
  paper_count integer not null default 0,
  -- Set when a response arrives; the nightly shuffle clears it.
  unshuffled boolean not null default false,
  created_at timestamptz not null default now(),
  constraint surveys_pkey primary key (centre_id, id),
  constraint surveys_centre_fk foreign key (centre_id) references centres (id) on delete cascade,
  constraint surveys_state_check check (state in ('draft', 'open', 'closed')),
  constraint surveys_locales_check check (cardinality(locales) between 1 and 6),
  constraint surveys_counts_check check (link_count >= 0 and paper_count >= 0)
);

-- Texts: {"pl": {"text": "…", "low": "…", "high": "…"}}; `low` and `high` name a scale's ends.
create table survey_questions (
  centre_id uuid not null,
  survey_id uuid not null,
  id uuid not null,
  position smallint not null,
  kind text not null,
  texts jsonb not null default '{}',
  constraint survey_questions_pkey primary key (centre_id, survey_id, id),
  constraint survey_questions_survey_fk foreign key (centre_id, survey_id)
    references surveys (centre_id, id) on delete cascade,
  constraint survey_questions_kind_check check (kind in ('single', 'multiple', 'scale', 'text')),
  constraint survey_questions_position_check check (position between 1 and 50)
);

-- The options of a choice question, or the points of a scale (position 1 to n, no labels).
create table survey_options (
  centre_id uuid not null,
  survey_id uuid not null,
  question_id uuid not null,
  id uuid not null,
  position smallint not null,
  labels jsonb not null default '{}',
  constraint survey_options_pkey primary key (centre_id, survey_id, question_id, id),
  constraint survey_options_question_fk foreign key (centre_id, survey_id, question_id)
    references survey_questions (centre_id, survey_id, id) on delete cascade,
  constraint survey_options_position_check check (position between 1 and 20)
);

-- One row per response, with a random (version 4) identifier: nothing in it can be sorted by
-- time, and nothing ties it to a person.
create table survey_responses (
  centre_id uuid not null,
  survey_id uuid not null,
  id uuid not null,
  constraint survey_responses_pkey primary key (centre_id, survey_id, id),
  constraint survey_responses_survey_fk foreign key (centre_id, survey_id)
    references surveys (centre_id, id) on delete cascade
);

-- An option chosen, or a point of a scale, in one response. The answers hang from the survey
-- rather than from their response row, so that the nightly shuffle can rewrite all three tables
-- with a few whole-table statements instead of a cascade row by row; nothing deletes a single
-- response.
create table survey_chosen_options (
  centre_id uuid not null,
  survey_id uuid not null,
  response_id uuid not null,
  question_id uuid not null,
  option_id uuid not null,
  constraint survey_chosen_options_pkey
    primary key (centre_id, survey_id, response_id, question_id, option_id),
  constraint survey_chosen_options_survey_fk foreign key (centre_id, survey_id)
    references surveys (centre_id, id) on delete cascade,
  constraint survey_chosen_options_option_fk foreign key (centre_id, survey_id, question_id, option_id)
    references survey_options (centre_id, survey_id, question_id, id) on delete cascade
);

create index survey_chosen_options_option_idx
  on survey_chosen_options (centre_id, survey_id, question_id, option_id);

-- Words written in answer to a free-text question, sealed: people may name themselves or others.
create table survey_written_answers (
  centre_id uuid not null,
  survey_id uuid not null,
  response_id uuid not null,
  question_id uuid not null,
  answer text not null,
  constraint survey_written_answers_pkey primary key (centre_id, survey_id, response_id, question_id),
  constraint survey_written_answers_survey_fk foreign key (centre_id, survey_id)
    references surveys (centre_id, id) on delete cascade,
  constraint survey_written_answers_question_fk foreign key (centre_id, survey_id, question_id)
    references survey_questions (centre_id, survey_id, id) on delete cascade
);

create index survey_written_answers_question_idx
  on survey_written_answers (centre_id, survey_id, question_id, response_id);

do $$
declare
  name text;
begin
  foreach name in array array[
    'surveys', 'survey_questions', 'survey_options', 'survey_responses',
    'survey_chosen_options', 'survey_written_answers'
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
