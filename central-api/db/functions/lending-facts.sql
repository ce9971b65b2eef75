-- kitdesk_lending_facts: everything the lending rules need for one checkout or return, gathered by one
-- call inside the caller's transaction. This file is its one definition: `applyDatabaseFunctions`
-- (migrate.ts) runs it after the migrations, so change it here; a change of its arguments or result type
-- also needs a migration that drops the old function.
--
-- The scanned assets are locked in id order, so two transactions never wait on each other in a circle,
-- then come the borrower and the member of staff, the kits touched and the open loan lines that matter.
-- The open lines of ticked accessories are locked too, after the assets and in id order: an accessory
-- left out by a partial return comes back on its own and has no asset row to lock, so two desks taking
-- it back queue up and the second reads it as returned. A return reads the kits of its ticked
-- accessories, so the rules can name the accessory and ask for the rest of its kit.
-- The rules themselves stay in TypeScript (domain/lending); this only reads. Each statement starts after
-- the previous one (READ COMMITTED), so the reads after the lock see the work of any transaction the lock
-- waited for. Generic plans, made once per connection and often while the tables are small: every
-- look-up is by a key an index holds (the asset, the accessory, the borrower's allocations), so no plan
-- can do worse than a few index probes, and sequential scans are switched off to keep it so.
CREATE OR REPLACE FUNCTION kitdesk_lending_facts(
  asset_ids uuid[],
  codes text[],
  borrower_id uuid,
  borrower_card text,
  staff_id uuid,
  item_ids uuid[],
  kit_lines boolean
) RETURNS json LANGUAGE plpgsql SET plan_cache_mode = force_generic_plan SET enable_seqscan = off AS $$
DECLARE
  found_assets json;
  locked_ids uuid[];
  kit_ids uuid[];
  borrower uuid;
  people json;
  kits json;
  lines json;
  line_assets uuid[];
  line_items uuid[];
BEGIN
  SELECT coalesce(json_agg(a ORDER BY a."id"), '[]'), coalesce(array_agg(a."id"), '{}'),
         coalesce(array_agg(DISTINCT a."groupId") FILTER (WHERE a."groupId" IS NOT NULL), '{}')
    INTO found_assets, locked_ids, kit_ids
    FROM (
      SELECT s.id AS "id", s.name AS "name", s.group_id AS "groupId", s.asset_type_id AS "assetTypeId",
             s.disposal_date AS "disposalDate", s.cannot_lend AS "cannotLend", s.high_value AS "highValue",
             s.estimated_value_pence AS "estimatedValuePence", s.home_location_id AS "homeLocationId",
             t.loan_period_hours AS "loanPeriodHours",
             array(SELECT c.code FROM credential c WHERE c.owner_id = s.id AND c.code = ANY (codes)) AS "codes"
        FROM asset s LEFT JOIN asset_type t ON t.id = s.asset_type_id
       WHERE s.id IN (SELECT unnest(asset_ids)
                      UNION SELECT c.owner_id FROM credential c WHERE c.code = ANY (codes) AND c.owner_kind = 'asset')
       ORDER BY s.id
         FOR UPDATE OF s
    ) a;

  PERFORM 1 FROM (
    SELECT il.id FROM allocation_item_line il
     WHERE il.group_item_id = ANY (item_ids) AND il.returned_at IS NULL
     ORDER BY il.id
       FOR UPDATE
  ) ticked;

  IF kit_lines THEN
    kit_ids := ARRAY(SELECT unnest(kit_ids)
                     UNION SELECT gi.group_id FROM group_item gi WHERE gi.id = ANY (item_ids));
  END IF;

  borrower := borrower_id;
  IF borrower IS NULL AND borrower_card IS NOT NULL THEN
    SELECT c.owner_id INTO borrower FROM credential c WHERE c.code = borrower_card AND c.owner_kind = 'person';
  END IF;

  SELECT coalesce(json_agg(p), '[]') INTO people FROM (
    SELECT x.id AS "id", x.name AS "name", x.lend AS "lend", x.staff AS "staff", x.is_admin AS "isAdmin",
           x.id IS NOT DISTINCT FROM borrower AS "isBorrower"
      FROM person x WHERE x.id IN (borrower, staff_id)
  ) p;

  SELECT coalesce(json_agg(k), '[]') INTO kits FROM (
    SELECT g.id AS "id", g.name AS "name",
           (SELECT coalesce(json_agg(m ORDER BY m.name, m.id), '[]') FROM (
              SELECT a.id, a.name, a.disposal_date IS NOT NULL AS disposed FROM asset a WHERE a.group_id = g.id) m)
             AS "members",
           (SELECT coalesce(json_agg(i ORDER BY i.name, i.id), '[]') FROM (
              SELECT gi.id, gi.name FROM group_item gi WHERE gi.group_id = g.id) i) AS "items"
      FROM asset_group g WHERE g.id = ANY (kit_ids)
  ) k;

  line_assets := locked_ids;
  line_items := item_ids;
  IF kit_lines AND cardinality(kit_ids) > 0 THEN
    line_assets := line_assets || ARRAY(SELECT m.id FROM asset m WHERE m.group_id = ANY (kit_ids));
    line_items := line_items || ARRAY(SELECT gi.id FROM group_item gi WHERE gi.group_id = ANY (kit_ids));
  END IF;

  SELECT coalesce(json_agg(l), '[]') INTO lines FROM (
    SELECT 'asset' AS "kind", al.id AS "lineId", al.asset_id AS "thingId", a.id AS "allocationId",
           a.person_id AS "personId", a.due_at AS "dueAt"
      FROM allocation_asset_line al JOIN allocation a ON a.id = al.allocation_id
     WHERE al.asset_id = ANY (line_assets) AND al.returned_at IS NULL
    UNION
    SELECT 'asset', al.id, al.asset_id, a.id, a.person_id, a.due_at
      FROM allocation a JOIN allocation_asset_line al ON al.allocation_id = a.id
     WHERE a.person_id = borrower AND a.returned_at IS NULL AND al.returned_at IS NULL
    UNION
    SELECT 'groupItem', il.id, il.group_item_id, a.id, a.person_id, a.due_at
      FROM allocation_item_line il JOIN allocation a ON a.id = il.allocation_id
     WHERE il.group_item_id = ANY (line_items) AND il.returned_at IS NULL
    UNION
    SELECT 'groupItem', il.id, il.group_item_id, a.id, a.person_id, a.due_at
      FROM allocation a JOIN allocation_item_line il ON il.allocation_id = a.id
     WHERE a.person_id = borrower AND a.returned_at IS NULL AND il.returned_at IS NULL
  ) l;

  RETURN json_build_object('assets', found_assets, 'people', people, 'kits', kits, 'lines', lines);
END $$;
