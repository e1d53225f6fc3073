-- Seed: the secretariat and the five steering agencies, as they are named today (the network was founded in 2009
-- under their names of the time: 財団法人日本立地センター, 独立行政法人産業技術総合研究所, 独立行政法人科学技術振興機構).
-- Only what is certain: names, legal form, prefecture of the head office, website, and the kind of support each
-- brings to members. Each is registered only when no organization with its alias exists yet (an organization
-- registered earlier keeps its record as it is). Aliases match keycloak-realm (jilc, jst).
-- JILC is both the secretariat and a steering agency; its kind is secretariat.
-- Portable between H2 (PostgreSQL mode) and PostgreSQL.


-- jilc: Tokyo
INSERT INTO organization (id, kind, membership_class, status, name_ja, name_en, name_reading, legal_form,
                          prefecture, region, website, profile_ja, profile_en, created_at, updated_at, version)
SELECT 'jilc', 'secretariat', NULL, 'active', '一般財団法人日本立地センター', 'Japan Industrial Location Center',
       'ニホンリッチセンター', 'foundation', '13', 'Kanto', 'https://www.jilc.or.jp/',
       '全国イノベーション推進機関ネットワークの事務局（新事業支援部）。幹事機関としてインキュベーション・マネージャーの育成を担う。',
       'The network''s secretariat (New Business Support Department); as a steering agency it trains incubation managers.',
       CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0
WHERE NOT EXISTS (SELECT 1 FROM organization WHERE id = 'jilc');
INSERT INTO organization_service (organization_id, service) SELECT 'jilc', 'incubation'
WHERE NOT EXISTS (SELECT 1 FROM membership_transition WHERE organization_id = 'jilc')
  AND NOT EXISTS (SELECT 1 FROM organization_service WHERE organization_id = 'jilc' AND service = 'incubation');
INSERT INTO organization_service (organization_id, service) SELECT 'jilc', 'human-resources'
WHERE NOT EXISTS (SELECT 1 FROM membership_transition WHERE organization_id = 'jilc')
  AND NOT EXISTS (SELECT 1 FROM organization_service WHERE organization_id = 'jilc' AND service = 'human-resources');
INSERT INTO audit_entry (occurred_at, actor_id, actor_name, source, action, target_type, target_id, changes)
SELECT CURRENT_TIMESTAMP, 'system', 'system', 'core', 'organization.registered', 'organization', 'jilc',
       '{"nameJa":"' || name_ja || '","kind":"secretariat","status":"active","reason":"seed V3"}'
FROM organization WHERE id = 'jilc'
  AND NOT EXISTS (SELECT 1 FROM membership_transition WHERE organization_id = 'jilc');
INSERT INTO membership_transition (organization_id, occurred_at, from_status, to_status, actor_id, actor_name, reason)
SELECT 'jilc', CURRENT_TIMESTAMP, NULL, 'active', 'system', 'system', 'seed V3: a founding organization of the network'
WHERE NOT EXISTS (SELECT 1 FROM membership_transition WHERE organization_id = 'jilc');

-- aist: Tsukuba headquarters (つくば本部), Ibaraki; AIST also has a Tokyo headquarters
INSERT INTO organization (id, kind, membership_class, status, name_ja, name_en, name_reading, legal_form,
                          prefecture, region, website, profile_ja, profile_en, created_at, updated_at, version)
SELECT 'aist', 'steering-agency', NULL, 'active', '国立研究開発法人産業技術総合研究所', 'National Institute of Advanced Industrial Science and Technology (AIST)',
       'サンギョウギジュツソウゴウケンキュウショ', 'independent-administrative-agency', '08', 'Kanto', 'https://www.aist.go.jp/',
       '幹事機関。イノベーションに向けた研究成果の普及を担う。',
       'Steering agency: diffusion of research results for innovation.',
       CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0
WHERE NOT EXISTS (SELECT 1 FROM organization WHERE id = 'aist');
INSERT INTO organization_service (organization_id, service) SELECT 'aist', 'technology-transfer'
WHERE NOT EXISTS (SELECT 1 FROM membership_transition WHERE organization_id = 'aist')
  AND NOT EXISTS (SELECT 1 FROM organization_service WHERE organization_id = 'aist' AND service = 'technology-transfer');
INSERT INTO organization_service (organization_id, service) SELECT 'aist', 'industry-academia'
WHERE NOT EXISTS (SELECT 1 FROM membership_transition WHERE organization_id = 'aist')
  AND NOT EXISTS (SELECT 1 FROM organization_service WHERE organization_id = 'aist' AND service = 'industry-academia');
INSERT INTO audit_entry (occurred_at, actor_id, actor_name, source, action, target_type, target_id, changes)
SELECT CURRENT_TIMESTAMP, 'system', 'system', 'core', 'organization.registered', 'organization', 'aist',
       '{"nameJa":"' || name_ja || '","kind":"steering-agency","status":"active","reason":"seed V3"}'
FROM organization WHERE id = 'aist'
  AND NOT EXISTS (SELECT 1 FROM membership_transition WHERE organization_id = 'aist');
INSERT INTO membership_transition (organization_id, occurred_at, from_status, to_status, actor_id, actor_name, reason)
SELECT 'aist', CURRENT_TIMESTAMP, NULL, 'active', 'system', 'system', 'seed V3: a founding organization of the network'
WHERE NOT EXISTS (SELECT 1 FROM membership_transition WHERE organization_id = 'aist');

-- smrj: Tokyo
INSERT INTO organization (id, kind, membership_class, status, name_ja, name_en, name_reading, legal_form,
                          prefecture, region, website, profile_ja, profile_en, created_at, updated_at, version)
SELECT 'smrj', 'steering-agency', NULL, 'active', '独立行政法人中小企業基盤整備機構', 'Organization for Small & Medium Enterprises and Regional Innovation, JAPAN (SMRJ)',
       'チュウショウキギョウキバンセイビキコウ', 'independent-administrative-agency', '13', 'Kanto', 'https://www.smrj.go.jp/',
       '幹事機関。創業支援と中小企業の新事業展開の支援を担う。',
       'Steering agency: start-up support and support for SMEs'' new businesses.',
       CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0
WHERE NOT EXISTS (SELECT 1 FROM organization WHERE id = 'smrj');
INSERT INTO organization_service (organization_id, service) SELECT 'smrj', 'startup-support'
WHERE NOT EXISTS (SELECT 1 FROM membership_transition WHERE organization_id = 'smrj')
  AND NOT EXISTS (SELECT 1 FROM organization_service WHERE organization_id = 'smrj' AND service = 'startup-support');
INSERT INTO organization_service (organization_id, service) SELECT 'smrj', 'sme-support'
WHERE NOT EXISTS (SELECT 1 FROM membership_transition WHERE organization_id = 'smrj')
  AND NOT EXISTS (SELECT 1 FROM organization_service WHERE organization_id = 'smrj' AND service = 'sme-support');
INSERT INTO audit_entry (occurred_at, actor_id, actor_name, source, action, target_type, target_id, changes)
SELECT CURRENT_TIMESTAMP, 'system', 'system', 'core', 'organization.registered', 'organization', 'smrj',
       '{"nameJa":"' || name_ja || '","kind":"steering-agency","status":"active","reason":"seed V3"}'
FROM organization WHERE id = 'smrj'
  AND NOT EXISTS (SELECT 1 FROM membership_transition WHERE organization_id = 'smrj');
INSERT INTO membership_transition (organization_id, occurred_at, from_status, to_status, actor_id, actor_name, reason)
SELECT 'smrj', CURRENT_TIMESTAMP, NULL, 'active', 'system', 'system', 'seed V3: a founding organization of the network'
WHERE NOT EXISTS (SELECT 1 FROM membership_transition WHERE organization_id = 'smrj');

-- jetro: Tokyo
INSERT INTO organization (id, kind, membership_class, status, name_ja, name_en, name_reading, legal_form,
                          prefecture, region, website, profile_ja, profile_en, created_at, updated_at, version)
SELECT 'jetro', 'steering-agency', NULL, 'active', '独立行政法人日本貿易振興機構', 'Japan External Trade Organization (JETRO)',
       'ニホンボウエキシンコウキコウ', 'independent-administrative-agency', '13', 'Kanto', 'https://www.jetro.go.jp/',
       '幹事機関。中小企業の海外展開の支援を担う。',
       'Steering agency: support for SMEs'' overseas expansion.',
       CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0
WHERE NOT EXISTS (SELECT 1 FROM organization WHERE id = 'jetro');
INSERT INTO organization_service (organization_id, service) SELECT 'jetro', 'overseas-expansion'
WHERE NOT EXISTS (SELECT 1 FROM membership_transition WHERE organization_id = 'jetro')
  AND NOT EXISTS (SELECT 1 FROM organization_service WHERE organization_id = 'jetro' AND service = 'overseas-expansion');
INSERT INTO audit_entry (occurred_at, actor_id, actor_name, source, action, target_type, target_id, changes)
SELECT CURRENT_TIMESTAMP, 'system', 'system', 'core', 'organization.registered', 'organization', 'jetro',
       '{"nameJa":"' || name_ja || '","kind":"steering-agency","status":"active","reason":"seed V3"}'
FROM organization WHERE id = 'jetro'
  AND NOT EXISTS (SELECT 1 FROM membership_transition WHERE organization_id = 'jetro');
INSERT INTO membership_transition (organization_id, occurred_at, from_status, to_status, actor_id, actor_name, reason)
SELECT 'jetro', CURRENT_TIMESTAMP, NULL, 'active', 'system', 'system', 'seed V3: a founding organization of the network'
WHERE NOT EXISTS (SELECT 1 FROM membership_transition WHERE organization_id = 'jetro');

-- jst: head office in Kawaguchi, Saitama; JST also has a Tokyo headquarters
INSERT INTO organization (id, kind, membership_class, status, name_ja, name_en, name_reading, legal_form,
                          prefecture, region, website, profile_ja, profile_en, created_at, updated_at, version)
SELECT 'jst', 'steering-agency', NULL, 'active', '国立研究開発法人科学技術振興機構', 'Japan Science and Technology Agency (JST)',
       'カガクギジュツシンコウキコウ', 'independent-administrative-agency', '11', 'Kanto', 'https://www.jst.go.jp/',
       '幹事機関。研究開発の支援を担う。',
       'Steering agency: support for research and development.',
       CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0
WHERE NOT EXISTS (SELECT 1 FROM organization WHERE id = 'jst');
INSERT INTO organization_service (organization_id, service) SELECT 'jst', 'rd-funding'
WHERE NOT EXISTS (SELECT 1 FROM membership_transition WHERE organization_id = 'jst')
  AND NOT EXISTS (SELECT 1 FROM organization_service WHERE organization_id = 'jst' AND service = 'rd-funding');
INSERT INTO audit_entry (occurred_at, actor_id, actor_name, source, action, target_type, target_id, changes)
SELECT CURRENT_TIMESTAMP, 'system', 'system', 'core', 'organization.registered', 'organization', 'jst',
       '{"nameJa":"' || name_ja || '","kind":"steering-agency","status":"active","reason":"seed V3"}'
FROM organization WHERE id = 'jst'
  AND NOT EXISTS (SELECT 1 FROM membership_transition WHERE organization_id = 'jst');
INSERT INTO membership_transition (organization_id, occurred_at, from_status, to_status, actor_id, actor_name, reason)
SELECT 'jst', CURRENT_TIMESTAMP, NULL, 'active', 'system', 'system', 'seed V3: a founding organization of the network'
WHERE NOT EXISTS (SELECT 1 FROM membership_transition WHERE organization_id = 'jst');
