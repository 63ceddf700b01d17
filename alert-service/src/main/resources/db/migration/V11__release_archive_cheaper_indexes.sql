-- Cheaper archive inserts (every release is archived, so each index costs on every one).
--
-- No query reads entities through this index: the console's entity search compares
-- lower(name) over jsonb_array_elements(entities), which a jsonb_path_ops GIN cannot serve.
DROP INDEX release_archive_entities_idx;

-- The topic search asks only for a topic id, but a jsonb_path_ops GIN over the whole
-- array also indexes every score and evidence sentence. Index the ids alone; the search
-- uses the same expression.
DROP INDEX release_archive_topics_idx;
CREATE INDEX release_archive_topic_ids_idx ON release_archive
	USING gin ((jsonb_path_query_array(topics, '$[*].id')) jsonb_path_ops);
