-- Each person's expertise terms summed up: how many rows of coordinators_term (of their profile, their published
-- cases and their accepted answers) hold a term at a reach. The expert finder scores people from these rows — at most
-- one per person, term and reach — instead of counting the term's rows of every case and answer, which for a common
-- word are tens of thousands (issue 16's benchmark: 2,000 coordinators, 20,000 cases, 50,000 answers). Kept in the
-- transaction that writes a person's terms (TermIndex), so every server of a cluster reads the same. Written to run
-- again after a failure half-way (H2 commits each DDL statement at once).
CREATE TABLE IF NOT EXISTS coordinators_expertise (
    person_id VARCHAR(64)  NOT NULL,
    term      VARCHAR(120) NOT NULL,
    reach     SMALLINT     NOT NULL,
    weight    INTEGER      NOT NULL,
    PRIMARY KEY (person_id, term, reach)
);
CREATE INDEX IF NOT EXISTS coordinators_expertise_search ON coordinators_expertise (term, reach, person_id, weight);
CREATE INDEX IF NOT EXISTS coordinators_term_person ON coordinators_term (person_id, kind);

DELETE FROM coordinators_expertise;
INSERT INTO coordinators_expertise (person_id, term, reach, weight)
SELECT person_id, term, reach, COUNT(*) FROM coordinators_term
WHERE kind IN ('profile', 'case', 'answer')
GROUP BY person_id, term, reach;
