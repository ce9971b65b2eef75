-- kitdesk_erase_from_audit: the only way to write a `person.erase` entry and rewrite audit entries under
-- it (migration 0015). It runs as the owner of the audit tables, and checks what the application gives
-- it: the person has been erased (their row holds the pseudonym) and not before, every rewritten entry
-- is about them or holds one of their emails, cards or their id, and every rewrite only takes their values
-- out (kitdesk_audit_is_redaction). It computes the digests the erasure entry records itself. This file
-- is its one definition (see lending-facts.sql for how these files are applied).
-- `personal` holds the person's values: {"names":[…],"emails":[…],"departments":[…],"cards":[…]};
-- `rewritten` the new contents: [{"id":…,"description":…,"before":…,"after":…}].
CREATE OR REPLACE FUNCTION kitdesk_erase_from_audit(
  erasure_id uuid, actor_kind text, actor_id text, person_id uuid, description text, after jsonb,
  personal jsonb, rewritten jsonb
) RETURNS integer LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  pid text := person_id::text;
  pseudonym text;
  names text[] := ARRAY(SELECT jsonb_array_elements_text(personal -> 'names'));
  erased text[] := ARRAY(SELECT jsonb_array_elements_text(personal -> 'emails'))
                   || ARRAY(SELECT jsonb_array_elements_text(personal -> 'cards'));
  nulled text[] := erased || ARRAY(SELECT jsonb_array_elements_text(personal -> 'departments'));
  searched text[];
  entry record;
  was audit_entry;
  digests jsonb := '{}';
BEGIN
  searched := ARRAY(SELECT lower(v) FROM unnest(erased || pid) AS v WHERE v <> '');
  SELECT p.name INTO pseudonym FROM person p WHERE p.id = person_id AND p.erased_at IS NOT NULL;
  IF pseudonym IS NULL OR EXISTS (SELECT 1 FROM audit_entry e WHERE e.action = 'person.erase' AND e.entity_id = pid) THEN
    RAISE EXCEPTION 'Person % is not being erased: the audit trail may only be rewritten by their erasure.', pid
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  FOR entry IN SELECT * FROM jsonb_to_recordset(rewritten) AS x(id uuid, description text, before jsonb, after jsonb) LOOP
    SELECT * INTO was FROM audit_entry e WHERE e.id = entry.id;
    IF NOT FOUND OR NOT (
         was.subjects @> ARRAY[pid] OR was.actor_id = pid
         OR EXISTS (SELECT 1 FROM unnest(searched) AS v WHERE strpos(lower(was.description || ' '
              || coalesce(was.before::text, '') || ' ' || coalesce(was.after::text, '')), v) > 0))
       OR NOT kitdesk_audit_is_redaction(was.description, entry.description, pseudonym, names, erased, nulled, false)
       OR NOT kitdesk_audit_is_redaction(was.before::text, entry.before::text, pseudonym, names, erased, nulled, true)
       OR NOT kitdesk_audit_is_redaction(was.after::text, entry.after::text, pseudonym, names, erased, nulled, true) THEN
      RAISE EXCEPTION 'Audit entry % may not be rewritten so: an erasure only takes the erased person''s values out of entries about them.', entry.id
        USING ERRCODE = 'insufficient_privilege';
    END IF;
    digests := digests || jsonb_build_object(entry.id::text,
      kitdesk_audit_content_digest(NULL, entry.description, entry.before, entry.after));
  END LOOP;
  INSERT INTO audit_pending (id, actor_kind, actor_id, action, entity_type, entity_id, subjects, description, after)
  VALUES (erasure_id, actor_kind, actor_id, 'person.erase', 'person', pid, ARRAY[pid], description,
          coalesce(after, '{}') || jsonb_build_object('redacted', digests));
  UPDATE audit_entry e SET description = x.description, before = x.before, after = x.after,
         salt = NULL, redacted_by = erasure_id
    FROM jsonb_to_recordset(rewritten) AS x(id uuid, description text, before jsonb, after jsonb)
   WHERE e.id = x.id;
  RETURN jsonb_array_length(rewritten);
END $$;
