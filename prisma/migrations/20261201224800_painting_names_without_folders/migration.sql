-- Data only: painting names keep the base file name, without bidi formatting characters.
UPDATE "Painting"
SET "originalName" = coalesce(nullif(btrim(regexp_replace(
      regexp_replace("originalName", '[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]', '', 'g'),
      '^.*[/\\]', '')), ''), 'unnamed')
WHERE "originalName" ~ '[/\\\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]';
