-- The rights library: short guides in plain words (workers', carers' and tenants' rights, what to
-- do when stopped) that a centre writes in each language it offers. Nothing here records who read
-- what: reading a guide writes no row at all.

-- The starter set is copied into a centre's library once, on first use. This row says it has
-- been, so a starter guide the coordinator removed does not come back.
create table guide_libraries (
  centre_id uuid not null,
  started_at timestamptz not null default now(),
  constraint guide_libraries_pkey primary key (centre_id),
  constraint guide_libraries_centre_fk foreign key (centre_id) references centres (id) on delete cascade
);

-- A guide is one topic; its words live in guide_texts, one row per language. The slug makes a
-- readable address that stays the same when the guide is reworded or translated.
create table guides (
  centre_id uuid not null,
  id uuid not null,
  slug text not null,
  topic text not null,
  position integer not null default 0,
  created_at timestamptz not null default now(),
  constraint guides_pkey primary key (centre_id, id),
  constraint guides_slug_key unique (centre_id, slug),
  constraint guides_centre_fk foreign key (centre_id) references centres (id) on delete cascade,
  constraint guides_topic_check check (topic in ('work', 'care', 'home', 'stopped', 'other')),
  constraint guides_slug_check check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$' and length(slug) <= 80)
);

-- A guide in one language. The body is a small Markdown subset (headings, paragraphs, lists),
-- rendered with escaping: no HTML is ever stored or sent as it was written. Each text carries
-- the day it was written and the day it is due for review; a translation names the language it
-- was translated from, and its date is the day of the translation.
create table guide_texts (
  centre_id uuid not null,
  guide_id uuid not null,
  locale text not null,
  title text not null,
  body text not null,
  written_on date not null,
  review_by date not null,
  translated_from text,
  updated_at timestamptz not null default now(),
  constraint guide_texts_pkey primary key (centre_id, guide_id, locale),
  constraint guide_texts_guide_fk foreign key (centre_id, guide_id)
    references guides (centre_id, id) on delete cascade,
  constraint guide_texts_review_check check (review_by >= written_on),
  constraint guide_texts_title_check check (length(title) between 1 and 200),
  constraint guide_texts_body_check check (octet_length(body) <= 102400),
  constraint guide_texts_translated_check check (translated_from is null or translated_from <> locale)
);

do $$
declare
  name text;
begin
  foreach name in array array['guide_libraries', 'guides', 'guide_texts'] loop
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
