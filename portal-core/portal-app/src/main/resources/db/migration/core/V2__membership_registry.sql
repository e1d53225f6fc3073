-- Membership: the organization record grows into the registry's full profile, with its lifecycle history.
-- Portable between H2 (PostgreSQL mode) and PostgreSQL.

ALTER TABLE organization ADD COLUMN membership_class VARCHAR(16);
ALTER TABLE organization ADD COLUMN member_number INTEGER;
ALTER TABLE organization ADD COLUMN name_reading VARCHAR(200);
ALTER TABLE organization ADD COLUMN postal_code VARCHAR(16);
ALTER TABLE organization ADD COLUMN address_ja VARCHAR(400);
ALTER TABLE organization ADD COLUMN address_en VARCHAR(400);
ALTER TABLE organization ADD COLUMN website VARCHAR(400);
ALTER TABLE organization ADD COLUMN profile_ja VARCHAR(4000);
ALTER TABLE organization ADD COLUMN profile_en VARCHAR(4000);
ALTER TABLE organization ADD COLUMN created_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE organization ADD COLUMN updated_at TIMESTAMP WITH TIME ZONE;
UPDATE organization SET created_at = CURRENT_TIMESTAMP, updated_at = CURRENT_TIMESTAMP, status = LOWER(status);
UPDATE organization SET membership_class = 'full' WHERE kind = 'member';
ALTER TABLE organization ALTER COLUMN created_at SET NOT NULL;
ALTER TABLE organization ALTER COLUMN updated_at SET NOT NULL;

-- Prefectures were stored by English name; they are stored by JIS X 0401 code from now on.
UPDATE organization SET prefecture = '01' WHERE prefecture = 'Hokkaido';
UPDATE organization SET prefecture = '02' WHERE prefecture = 'Aomori';
UPDATE organization SET prefecture = '03' WHERE prefecture = 'Iwate';
UPDATE organization SET prefecture = '04' WHERE prefecture = 'Miyagi';
UPDATE organization SET prefecture = '05' WHERE prefecture = 'Akita';
UPDATE organization SET prefecture = '06' WHERE prefecture = 'Yamagata';
UPDATE organization SET prefecture = '07' WHERE prefecture = 'Fukushima';
UPDATE organization SET prefecture = '08' WHERE prefecture = 'Ibaraki';
UPDATE organization SET prefecture = '09' WHERE prefecture = 'Tochigi';
UPDATE organization SET prefecture = '10' WHERE prefecture = 'Gunma';
UPDATE organization SET prefecture = '11' WHERE prefecture = 'Saitama';
UPDATE organization SET prefecture = '12' WHERE prefecture = 'Chiba';
UPDATE organization SET prefecture = '13' WHERE prefecture = 'Tokyo';
UPDATE organization SET prefecture = '14' WHERE prefecture = 'Kanagawa';
UPDATE organization SET prefecture = '15' WHERE prefecture = 'Niigata';
UPDATE organization SET prefecture = '16' WHERE prefecture = 'Toyama';
UPDATE organization SET prefecture = '17' WHERE prefecture = 'Ishikawa';
UPDATE organization SET prefecture = '18' WHERE prefecture = 'Fukui';
UPDATE organization SET prefecture = '19' WHERE prefecture = 'Yamanashi';
UPDATE organization SET prefecture = '20' WHERE prefecture = 'Nagano';
UPDATE organization SET prefecture = '21' WHERE prefecture = 'Gifu';
UPDATE organization SET prefecture = '22' WHERE prefecture = 'Shizuoka';
UPDATE organization SET prefecture = '23' WHERE prefecture = 'Aichi';
UPDATE organization SET prefecture = '24' WHERE prefecture = 'Mie';
UPDATE organization SET prefecture = '25' WHERE prefecture = 'Shiga';
UPDATE organization SET prefecture = '26' WHERE prefecture = 'Kyoto';
UPDATE organization SET prefecture = '27' WHERE prefecture = 'Osaka';
UPDATE organization SET prefecture = '28' WHERE prefecture = 'Hyogo';
UPDATE organization SET prefecture = '29' WHERE prefecture = 'Nara';
UPDATE organization SET prefecture = '30' WHERE prefecture = 'Wakayama';
UPDATE organization SET prefecture = '31' WHERE prefecture = 'Tottori';
UPDATE organization SET prefecture = '32' WHERE prefecture = 'Shimane';
UPDATE organization SET prefecture = '33' WHERE prefecture = 'Okayama';
UPDATE organization SET prefecture = '34' WHERE prefecture = 'Hiroshima';
UPDATE organization SET prefecture = '35' WHERE prefecture = 'Yamaguchi';
UPDATE organization SET prefecture = '36' WHERE prefecture = 'Tokushima';
UPDATE organization SET prefecture = '37' WHERE prefecture = 'Kagawa';
UPDATE organization SET prefecture = '38' WHERE prefecture = 'Ehime';
UPDATE organization SET prefecture = '39' WHERE prefecture = 'Kochi';
UPDATE organization SET prefecture = '40' WHERE prefecture = 'Fukuoka';
UPDATE organization SET prefecture = '41' WHERE prefecture = 'Saga';
UPDATE organization SET prefecture = '42' WHERE prefecture = 'Nagasaki';
UPDATE organization SET prefecture = '43' WHERE prefecture = 'Kumamoto';
UPDATE organization SET prefecture = '44' WHERE prefecture = 'Oita';
UPDATE organization SET prefecture = '45' WHERE prefecture = 'Miyazaki';
UPDATE organization SET prefecture = '46' WHERE prefecture = 'Kagoshima';
UPDATE organization SET prefecture = '47' WHERE prefecture = 'Okinawa';
UPDATE organization SET prefecture = NULL WHERE LENGTH(prefecture) <> 2;

CREATE INDEX organization_status ON organization (status, kind);

CREATE TABLE organization_field (
    organization_id VARCHAR(64) NOT NULL REFERENCES organization (id),
    field           VARCHAR(32) NOT NULL,
    PRIMARY KEY (organization_id, field)
);
CREATE INDEX organization_field_field ON organization_field (field);

CREATE TABLE organization_service (
    organization_id VARCHAR(64) NOT NULL REFERENCES organization (id),
    service         VARCHAR(32) NOT NULL,
    PRIMARY KEY (organization_id, service)
);

CREATE TABLE organization_contact (
    organization_id VARCHAR(64)  NOT NULL REFERENCES organization (id),
    position        INTEGER      NOT NULL,
    name            VARCHAR(200) NOT NULL,
    title           VARCHAR(200),
    email           VARCHAR(254) NOT NULL,
    phone           VARCHAR(32),
    is_primary      BOOLEAN      NOT NULL,
    PRIMARY KEY (organization_id, position)
);

CREATE TABLE organization_domain (
    organization_id VARCHAR(64)  NOT NULL REFERENCES organization (id),
    domain          VARCHAR(253) NOT NULL,
    PRIMARY KEY (organization_id, domain)
);
CREATE UNIQUE INDEX organization_domain_unique ON organization_domain (domain);

-- Every step of an organization's membership lifecycle: dated, attributed, kept.
CREATE TABLE membership_transition (
    id              BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    organization_id VARCHAR(64)  NOT NULL REFERENCES organization (id),
    occurred_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    from_status     VARCHAR(32),
    to_status       VARCHAR(32)  NOT NULL,
    actor_id        VARCHAR(64)  NOT NULL,
    actor_name      VARCHAR(200) NOT NULL,
    reason          VARCHAR(2000)
);
CREATE INDEX membership_transition_organization ON membership_transition (organization_id, occurred_at);
