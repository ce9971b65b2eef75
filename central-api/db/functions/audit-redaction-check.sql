-- kitdesk_audit_is_redaction: whether `rewritten` is `original` with some of a person's values taken out,
-- and nothing else changed. This file is its one definition (see lending-facts.sql for how these files
-- are applied). Erasure (privacy/scrub.ts) replaces a name by the pseudonym, an email or a card number by
-- "[erased]", and in JSON a whole email, department or card value by null. So each pseudonym, "[erased]"
-- and null in the rewrite must stand where the original has that token or one of the values it replaces,
-- and the text between them must be the original's (letter case aside). Which occurrences erasure chose
-- to replace (whole words only) is its business: this only proves that nothing was written in.
-- `as_json` says the texts are jsonb output, where a value stands JSON-escaped, a whole value in quotes.
CREATE OR REPLACE FUNCTION kitdesk_audit_is_redaction(
  original text, rewritten text, pseudonym text, names text[], erased text[], nulled text[], as_json boolean
) RETURNS boolean LANGUAGE plpgsql IMMUTABLE AS $$
DECLARE
  tokens text := kitdesk_regex_literal(pseudonym) || '|\[erased\]|null';
  as_names text[] := ARRAY(SELECT CASE WHEN as_json THEN substr(to_jsonb(v)::text, 2, length(to_jsonb(v)::text) - 2) ELSE v END FROM unnest(names) AS v);
  as_erased text[] := ARRAY(SELECT CASE WHEN as_json THEN substr(to_jsonb(v)::text, 2, length(to_jsonb(v)::text) - 2) ELSE v END FROM unnest(erased) AS v);
  as_nulled text[] := ARRAY(SELECT to_jsonb(v)::text FROM unnest(nulled) AS v);
  pieces text[];
  token text;
  pattern text;
  i int := 1;
BEGIN
  IF original IS NULL OR rewritten IS NULL THEN
    RETURN original IS NOT DISTINCT FROM rewritten;
  END IF;
  pieces := regexp_split_to_array(rewritten, tokens);
  pattern := '^' || kitdesk_regex_literal(pieces[1]);
  FOR token IN SELECT m[1] FROM regexp_matches(rewritten, '(' || tokens || ')', 'g') AS m LOOP
    i := i + 1;
    pattern := pattern || '(?:' || array_to_string(ARRAY(
      SELECT kitdesk_regex_literal(v) FROM unnest(CASE token
          WHEN '[erased]' THEN array_prepend('[erased]', as_erased)
          WHEN 'null' THEN array_prepend('null', as_nulled)
          ELSE array_prepend(pseudonym, as_names)
        END) AS v
      WHERE v <> ''), '|') || ')' || kitdesk_regex_literal(pieces[i]);
  END LOOP;
  RETURN original ~* (pattern || '$');
END $$;
