-- kitdesk_regex_literal: text that a regular expression matches as itself (for kitdesk_audit_is_redaction).
CREATE OR REPLACE FUNCTION kitdesk_regex_literal(value text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT regexp_replace(value, '([][\\.^$|?*+(){}])', '\\\1', 'g')
$$;
