-- Search at the network's size (issue 16's benchmark: 2,000 coordinators, 20,000 cases, 50,000 answers): every
-- search reads coordinators_term by term AND kind, and wants only the reach and the owner or the person of each row.
-- The index of V1 (term, reach) finds the rows of a term of every kind (a region's or a common word's rows of cases
-- and questions outnumber a profile's hundredfold) and reads each row from the table to learn its kind, owner and
-- person. This one answers the filters' sub-queries (term, kind 'profile', reach → owner_id), the scores
-- (terms, kinds, reach → person_id or owner_id) and the questions matching a profile from the index alone.
CREATE INDEX IF NOT EXISTS coordinators_term_lookup ON coordinators_term (term, kind, reach, owner_id, person_id);
