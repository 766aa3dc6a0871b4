#include "migrations.h"

#include "leads/leadsearch.h"

using namespace Qt::StringLiterals;

namespace lf {

namespace {

// Schema notes (see docs/schema.md):
// - times are INTEGER milliseconds since the epoch, UTC; money is INTEGER minor units + ISO
// currency;
// - ids are INTEGER; booleans INTEGER 0/1; JSON as TEXT;
// - the DDL keeps to types and constraints PostgreSQL accepts too, except INTEGER PRIMARY KEY
//   (bigserial there);
// - columns that are often empty (email, phone, owner, domain) have partial indexes: a lookup by
//   value implies IS NOT NULL, and the index holds only the rows that have one.
QStringList splitStatements(const char *script)
{
    // Statements end at a semicolon outside a quoted string (seed data may contain semicolons).
    QStringList out;
    const QString text = QString::fromUtf8(script);
    QString statement;
    bool quoted = false;
    for (QChar c : text) {
        if (c == u'\'')
            quoted = !quoted;
        if (c == u';' && !quoted) {
            if (!statement.trimmed().isEmpty())
                out.append(statement.trimmed());
            statement.clear();
            continue;
        }
        statement.append(c);
    }
    if (!statement.trimmed().isEmpty())
        out.append(statement.trimmed());
    return out;
}

const char *const schemaV1 = R"sql(
CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT
);

CREATE TABLE users (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    email TEXT UNIQUE,
    role TEXT NOT NULL DEFAULT 'rep' CHECK (role IN ('rep', 'manager', 'admin')),
    active INTEGER NOT NULL DEFAULT 1,
    capacity_per_week INTEGER NOT NULL DEFAULT 0,
    territories TEXT,
    manager_id INTEGER REFERENCES users(id) ON DELETE SET NULL,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);

CREATE TABLE user_absences (
    id INTEGER PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    starts_at INTEGER NOT NULL,
    ends_at INTEGER NOT NULL,
    note TEXT,
    CHECK (ends_at > starts_at)
);
CREATE INDEX user_absences_user ON user_absences(user_id, starts_at);

CREATE TABLE campaigns (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    channel TEXT,
    cost INTEGER NOT NULL DEFAULT 0,
    currency TEXT NOT NULL DEFAULT 'USD',
    starts_at INTEGER,
    ends_at INTEGER,
    created_at INTEGER NOT NULL
);

CREATE TABLE mapping_profiles (
    name TEXT PRIMARY KEY,
    kind TEXT NOT NULL DEFAULT 'leads',
    columns TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);

CREATE TABLE import_batches (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('leads', 'touchpoints', 'campaigns')),
    file_name TEXT NOT NULL,
    file_size INTEGER,
    options TEXT,
    status TEXT NOT NULL DEFAULT 'running' CHECK (status IN ('running', 'committed', 'undone')),
    rows_read INTEGER NOT NULL DEFAULT 0,
    created INTEGER NOT NULL DEFAULT 0,
    updated INTEGER NOT NULL DEFAULT 0,
    skipped INTEGER NOT NULL DEFAULT 0,
    rejected INTEGER NOT NULL DEFAULT 0,
    actor TEXT,
    started_at INTEGER NOT NULL,
    finished_at INTEGER,
    undone_at INTEGER
);

CREATE TABLE leads (
    id INTEGER PRIMARY KEY,
    first_name TEXT,
    last_name TEXT,
    email TEXT,
    email_normalized TEXT,
    email_state INTEGER NOT NULL DEFAULT 0,
    phone TEXT,
    phone_e164 TEXT,
    company TEXT,
    company_domain TEXT,
    title TEXT,
    website TEXT,
    industry TEXT,
    employees TEXT,
    employee_count INTEGER,
    annual_revenue INTEGER,
    currency TEXT,
    street TEXT,
    city TEXT,
    region TEXT,
    postal_code TEXT,
    country TEXT,
    source TEXT,
    campaign_id INTEGER REFERENCES campaigns(id) ON DELETE SET NULL,
    stage TEXT NOT NULL DEFAULT 'new' CHECK (stage IN ('new', 'contacted', 'mql', 'sql',
        'opportunity', 'won', 'lost', 'nurturing', 'disqualified')),
    owner_id INTEGER REFERENCES users(id) ON DELETE SET NULL,
    score INTEGER NOT NULL DEFAULT 0,
    fit_score INTEGER NOT NULL DEFAULT 0,
    engagement_score INTEGER NOT NULL DEFAULT 0,
    grade TEXT,
    bant_budget INTEGER,
    bant_authority TEXT,
    bant_need TEXT,
    bant_timeline TEXT,
    notes TEXT,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    first_contact_due_at INTEGER,
    first_contacted_at INTEGER,
    accepted_at INTEGER,
    converted_at INTEGER,
    closed_at INTEGER,
    value INTEGER,
    lost_reason TEXT,
    recycle_reason TEXT,
    nurture_until INTEGER,
    import_batch_id INTEGER REFERENCES import_batches(id) ON DELETE SET NULL,
    version INTEGER NOT NULL DEFAULT 1,
    custom_fields TEXT,
    deleted_at INTEGER,
    search_text TEXT
);
CREATE INDEX leads_email ON leads(email_normalized) WHERE email_normalized IS NOT NULL;
CREATE INDEX leads_phone ON leads(phone_e164) WHERE phone_e164 IS NOT NULL;
CREATE INDEX leads_owner ON leads(owner_id) WHERE owner_id IS NOT NULL;
CREATE INDEX leads_stage ON leads(stage);
CREATE INDEX leads_created ON leads(created_at);
CREATE INDEX leads_domain ON leads(company_domain) WHERE company_domain IS NOT NULL;

CREATE TABLE import_row_changes (
    id INTEGER PRIMARY KEY,
    batch_id INTEGER NOT NULL REFERENCES import_batches(id) ON DELETE CASCADE,
    line INTEGER NOT NULL,
    lead_id INTEGER REFERENCES leads(id) ON DELETE CASCADE,
    action TEXT NOT NULL CHECK (action IN ('updated', 'skipped', 'rejected')),
    previous_values TEXT,
    previous_version INTEGER,
    new_version INTEGER,
    reason TEXT
);
CREATE INDEX import_row_changes_batch ON import_row_changes(batch_id, action);
CREATE INDEX import_row_changes_lead ON import_row_changes(lead_id);

CREATE TABLE touchpoints (
    id INTEGER PRIMARY KEY,
    lead_id INTEGER NOT NULL REFERENCES leads(id) ON DELETE CASCADE,
    type TEXT NOT NULL,
    channel TEXT,
    campaign_id INTEGER REFERENCES campaigns(id) ON DELETE SET NULL,
    occurred_at INTEGER NOT NULL,
    detail TEXT,
    outcome TEXT,
    points INTEGER NOT NULL DEFAULT 0,
    actor TEXT,
    import_batch_id INTEGER REFERENCES import_batches(id) ON DELETE SET NULL,
    created_at INTEGER NOT NULL
);
CREATE INDEX touchpoints_lead ON touchpoints(lead_id, occurred_at);
CREATE INDEX touchpoints_campaign ON touchpoints(campaign_id);
CREATE INDEX touchpoints_batch ON touchpoints(import_batch_id);

CREATE TABLE assignments (
    id INTEGER PRIMARY KEY,
    lead_id INTEGER NOT NULL REFERENCES leads(id) ON DELETE CASCADE,
    user_id INTEGER NOT NULL REFERENCES users(id),
    assigned_at INTEGER NOT NULL,
    assigned_by TEXT NOT NULL,
    rule TEXT,
    reason TEXT NOT NULL,
    sla_due_at INTEGER,
    accepted_at INTEGER,
    rejected_at INTEGER,
    rejection_reason TEXT,
    ended_at INTEGER,
    end_reason TEXT
);
CREATE INDEX assignments_lead ON assignments(lead_id, assigned_at);
CREATE INDEX assignments_user ON assignments(user_id, ended_at);

CREATE TABLE stage_history (
    id INTEGER PRIMARY KEY,
    lead_id INTEGER NOT NULL REFERENCES leads(id) ON DELETE CASCADE,
    from_stage TEXT,
    to_stage TEXT NOT NULL,
    at INTEGER NOT NULL,
    lead_version INTEGER,
    actor TEXT,
    rule TEXT,
    reason TEXT
);
CREATE INDEX stage_history_lead ON stage_history(lead_id, at);
CREATE INDEX stage_history_to ON stage_history(to_stage, at);

CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY,
    entity TEXT NOT NULL,
    entity_id INTEGER NOT NULL,
    entity_version INTEGER,
    action TEXT NOT NULL CHECK (action IN ('create', 'update', 'delete', 'restore')),
    field TEXT,
    old_value TEXT,
    new_value TEXT,
    actor TEXT,
    at INTEGER NOT NULL
);
CREATE INDEX audit_log_entity ON audit_log(entity, entity_id, entity_version)
)sql";

// Version 2: scoring rules, the versioned qualification definition, score index. The shipped rules
// and definition are written here so a new database starts with a stored, editable set
// (QualificationDefinition::shipped() and docs/scoring.md describe the same).
const char *const schemaV2 = R"sql(
CREATE TABLE scoring_rules (
    id INTEGER PRIMARY KEY,
    position INTEGER NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('fit', 'engagement')),
    name TEXT NOT NULL,
    attribute TEXT NOT NULL,
    operator TEXT NOT NULL CHECK (operator IN ('in', 'range', 'at_least', 'matches', 'present')),
    arguments TEXT NOT NULL,
    points INTEGER NOT NULL CHECK (points <> 0),
    cap INTEGER CHECK (cap IS NULL OR cap > 0),
    half_life_days REAL CHECK (half_life_days IS NULL OR half_life_days > 0),
    enabled INTEGER NOT NULL DEFAULT 1,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);

CREATE TABLE qualification_definitions (
    version INTEGER PRIMARY KEY,
    definition TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    actor TEXT
);

CREATE INDEX leads_score ON leads(score);

INSERT INTO scoring_rules (position, kind, name, attribute, operator, arguments, points, cap,
    half_life_days, created_at, updated_at) VALUES
 (1, 'fit', 'Target industry', 'industry', 'in',
  '{"values":["Software","Financial Services","Manufacturing","Healthcare","Logistics"]}', 15,
  NULL, NULL, 0, 0),
 (2, 'fit', 'Company of 51 to 1,000 people', 'employee_count', 'range', '{"min":51,"max":1000}',
  15, NULL, NULL, 0, 0),
 (3, 'fit', 'Enterprise (over 1,000 people)', 'employee_count', 'at_least', '{"min":1001}', 10,
  NULL, NULL, 0, 0),
 (4, 'fit', 'Decision maker', 'title', 'matches',
  '{"pattern":"\\b(ceo|cfo|cto|coo|cio|chief|owner|founder|president|vp|vice president|director|head)\\b"}',
  20, NULL, NULL, 0, 0),
 (5, 'fit', 'Core market', 'country', 'in', '{"values":["US","DE","FR","ES","GB"]}', 10, NULL,
  NULL, 0, 0),
 (6, 'fit', 'Revenue of 10 million or more', 'annual_revenue', 'at_least', '{"min":10000000}',
  10, NULL, NULL, 0, 0),
 (7, 'fit', 'Reachable by phone', 'phone_e164', 'present', '{}', 5, NULL, NULL, 0, 0),
 (8, 'fit', 'Un-ideal: students, interns, job seekers', 'title', 'matches',
  '{"pattern":"\\b(student|intern|trainee|job seeker)\\b"}', -30, NULL, NULL, 0, 0),
 (9, 'fit', 'Un-ideal: schools and non-profits', 'industry', 'in',
  '{"values":["Education","Non-profit"]}', -10, NULL, NULL, 0, 0),
 (10, 'engagement', 'Asked for a demo', 'type', 'in', '{"values":["demo_request"]}', 30, 30, 60,
  0, 0),
 (11, 'engagement', 'Visited the pricing page', 'type', 'in', '{"values":["pricing_page_visit"]}',
  10, 20, 30, 0, 0),
 (12, 'engagement', 'Submitted a form', 'type', 'in', '{"values":["form_submit"]}', 10, 20, 30,
  0, 0),
 (13, 'engagement', 'Attended a webinar', 'type', 'in', '{"values":["webinar_attended"]}', 10,
  20, 45, 0, 0),
 (14, 'engagement', 'Registered for a webinar', 'type', 'in',
  '{"values":["webinar_registered"]}', 5, 10, 45, 0, 0),
 (15, 'engagement', 'Downloaded content', 'type', 'in', '{"values":["content_download"]}', 5, 15,
  45, 0, 0),
 (16, 'engagement', 'Clicked an email', 'type', 'in', '{"values":["email_click"]}', 3, 15, 30,
  0, 0),
 (17, 'engagement', 'Opened an email', 'type', 'in', '{"values":["email_open"]}', 1, 5, 14, 0, 0),
 (18, 'engagement', 'Visited the website', 'type', 'in', '{"values":["web_visit"]}', 1, 10, 14,
  0, 0),
 (19, 'engagement', 'Met us', 'type', 'in', '{"values":["meeting"]}', 15, 30, 60, 0, 0),
 (20, 'engagement', 'Spoke on the phone', 'type', 'in', '{"values":["call"]}', 5, 15, 30, 0, 0),
 (21, 'engagement', 'Met at a trade show', 'channel', 'in', '{"values":["In person"]}', 5, 10, 90,
  0, 0),
 (22, 'engagement', 'Unsubscribed', 'type', 'in', '{"values":["unsubscribe"]}', -30, 30, NULL,
  0, 0);

INSERT INTO qualification_definitions (version, definition, created_at, actor) VALUES (1,
 '{"ideal_profile":"B2B companies with 51 to 1,000 employees in software, financial services, manufacturing, healthcare or logistics, in the United States or Western Europe, where the contact decides or shapes the purchase (owner, C-level, VP, director, head of).","unideal_profile":"Students, interns and job seekers; schools and non-profits without a budget; one-person companies; competitors.","mql_threshold":60,"auto_mql":true,"grades":{"A":50,"B":30,"C":10},"sql_requires":["budget","authority","need"],"lost_reasons":["Chose a competitor","No budget","No decision","Bad timing","Price","Went silent"],"disqualify_reasons":["Spam or fake","Student or job seeker","Competitor","Outside target market","No need","Duplicate"],"notes":"Sales accepts an MQL within one business day, or sends it back with a reason."}',
 0, 'Leadflow');

UPDATE scoring_rules SET created_at = CAST(strftime('%s', 'now') AS INTEGER) * 1000,
    updated_at = CAST(strftime('%s', 'now') AS INTEGER) * 1000;
UPDATE qualification_definitions SET created_at = CAST(strftime('%s', 'now') AS INTEGER) * 1000
)sql";

// Version 3: routing (rules, SLA bookkeeping on assignments, holidays), nurturing (sequences,
// steps, enrolments, tasks) and the score reset of recycled leads (touchpoints.scored).
const char *const schemaV3 = R"sql(
CREATE TABLE routing_rules (
    id INTEGER PRIMARY KEY,
    position INTEGER NOT NULL,
    name TEXT NOT NULL,
    conditions TEXT NOT NULL DEFAULT '[]',
    target_user_id INTEGER REFERENCES users(id) ON DELETE SET NULL,
    pool TEXT,
    sla_hours REAL CHECK (sla_hours IS NULL OR sla_hours > 0),
    enabled INTEGER NOT NULL DEFAULT 1,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);

ALTER TABLE assignments ADD COLUMN first_contact_at INTEGER;
ALTER TABLE assignments ADD COLUMN breached_at INTEGER;
ALTER TABLE assignments ADD COLUMN escalated_to INTEGER REFERENCES users(id) ON DELETE SET NULL;
CREATE INDEX assignments_open_sla ON assignments(sla_due_at) WHERE ended_at IS NULL
    AND first_contact_at IS NULL AND sla_due_at IS NOT NULL;

CREATE TABLE holidays (
    day TEXT PRIMARY KEY,
    name TEXT
);

CREATE TABLE sequences (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    description TEXT,
    enrol_on_nurturing INTEGER NOT NULL DEFAULT 0,
    active INTEGER NOT NULL DEFAULT 1,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);

CREATE TABLE sequence_steps (
    id INTEGER PRIMARY KEY,
    sequence_id INTEGER NOT NULL REFERENCES sequences(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('email', 'call', 'wait')),
    wait_days INTEGER NOT NULL DEFAULT 0 CHECK (wait_days >= 0),
    subject TEXT,
    body TEXT,
    UNIQUE (sequence_id, position)
);

CREATE TABLE enrolments (
    id INTEGER PRIMARY KEY,
    lead_id INTEGER NOT NULL REFERENCES leads(id) ON DELETE CASCADE,
    sequence_id INTEGER NOT NULL REFERENCES sequences(id) ON DELETE CASCADE,
    status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'completed', 'exited')),
    step_position INTEGER NOT NULL DEFAULT 0,
    next_due_at INTEGER,
    enrolled_at INTEGER NOT NULL,
    enrolled_by TEXT,
    stage_at_enrolment TEXT NOT NULL,
    ended_at INTEGER,
    exit_reason TEXT
);
CREATE UNIQUE INDEX enrolments_active ON enrolments(lead_id, sequence_id) WHERE status = 'active';
CREATE INDEX enrolments_due ON enrolments(status, next_due_at);
CREATE INDEX enrolments_lead ON enrolments(lead_id);

CREATE TABLE tasks (
    id INTEGER PRIMARY KEY,
    lead_id INTEGER NOT NULL REFERENCES leads(id) ON DELETE CASCADE,
    user_id INTEGER REFERENCES users(id) ON DELETE SET NULL,
    kind TEXT NOT NULL CHECK (kind IN ('call', 'email', 'follow_up', 'escalation')),
    title TEXT NOT NULL,
    detail TEXT,
    due_at INTEGER NOT NULL,
    done_at INTEGER,
    enrolment_id INTEGER REFERENCES enrolments(id) ON DELETE CASCADE,
    step_position INTEGER,
    created_at INTEGER NOT NULL,
    created_by TEXT
);
CREATE INDEX tasks_user_due ON tasks(user_id, done_at, due_at);
CREATE INDEX tasks_lead ON tasks(lead_id);

ALTER TABLE touchpoints ADD COLUMN scored INTEGER NOT NULL DEFAULT 1;
CREATE INDEX leads_company_owner ON leads(company_domain, owner_id) WHERE owner_id IS NOT NULL
    AND company_domain IS NOT NULL
)sql";

// Version 4: each lead's engagement kept as per-rule decayed sums (core/scoring/scorer.cpp), so
// rescoring the base reads the leads once instead of every touchpoint again.
const char *const schemaV4 = R"sql(
ALTER TABLE leads ADD COLUMN engagement_state BLOB
)sql";

// Version 5: indexes for the metrics reports (core/metrics, docs/metrics.md): a lead's furthest
// stage and its entry into a given stage from the index alone, stage entries per period with the
// lead, assignments per period, response touchpoints per period, and the few deleted leads.
const char *const schemaV5 = R"sql(
CREATE INDEX stage_history_lead_stage ON stage_history(lead_id, to_stage, at);
CREATE INDEX stage_history_to_lead ON stage_history(to_stage, at, lead_id);
CREATE INDEX assignments_assigned ON assignments(assigned_at);
CREATE INDEX touchpoints_type_time ON touchpoints(type, occurred_at, lead_id);
CREATE INDEX leads_deleted ON leads(id) WHERE deleted_at IS NOT NULL
)sql";

// >>> REGION v6 (metrics) — only the metrics work edits between these markers <<<
// Version 6: what the metrics reports (core/metrics, docs/metrics.md) need to answer on a million
// leads without reading each lead's history again, kept current by triggers so that every writer
// (services, importers, plain SQL) keeps it right:
// - leads.funnel_rank: the furthest funnel rank (new 0, contacted 1, mql 2, sql 3, opportunity 4,
//   won 5; lost 3) of the lead's stage history. The cohort funnel is max(rank of the current
//   stage, funnel_rank), read from one covering index by creation time.
// - stage_history.left_at: when the stay that row began ended, i.e. the time of the lead's next
//   history row (ordered by at, then id); NULL while the stay is open. The importers' creation
//   rows (rule 'import', no from_stage) are a new lead's first row, so they are skipped: the bulk
//   import may have dropped the indexes the lookups need.
// - covering indexes for cohorts by creation time, completed stays by start time and assignments
//   by assignment time (it replaces assignments_assigned).

/// The funnel rank of a stage column as SQL: new 0, contacted 1, mql 2, sql 3, opportunity 4,
/// won 5; lost 3 (a lead is lost from sql or opportunity); nurturing and disqualified 0.
QString funnelRankSql(const char *column)
{
    return QStringLiteral("(CASE %1 WHEN 'contacted' THEN 1 WHEN 'mql' THEN 2 WHEN 'sql' THEN 3 "
                          "WHEN 'opportunity' THEN 4 WHEN 'won' THEN 5 WHEN 'lost' THEN 3 ELSE 0 "
                          "END)")
        .arg(QLatin1StringView(column));
}

QStringList schemaV6()
{
    QStringList statements = splitStatements(R"sql(
ALTER TABLE leads ADD COLUMN funnel_rank INTEGER NOT NULL DEFAULT 0;
ALTER TABLE stage_history ADD COLUMN left_at INTEGER;
DROP INDEX assignments_assigned;
CREATE INDEX assignments_metrics ON assignments(assigned_at, lead_id, user_id, sla_due_at,
    first_contact_at, accepted_at, rejected_at, rejection_reason);
UPDATE stage_history SET left_at = n.next
    FROM (SELECT id, LEAD(at) OVER (PARTITION BY lead_id ORDER BY at, id) AS next
        FROM stage_history) n
    WHERE n.id = stage_history.id AND n.next IS NOT NULL
)sql");
    const QString rankTo = funnelRankSql("h.to_stage");
    statements << QStringLiteral(R"sql(
UPDATE leads SET funnel_rank = r.rank
    FROM (SELECT h.lead_id, MAX(%1) AS rank FROM stage_history h GROUP BY h.lead_id) r
    WHERE r.lead_id = leads.id AND r.rank > 0)sql")
                      .arg(rankTo);
    // Cohorts by creation time; every lead's groups (owner, campaign, source) in one narrow scan
    // instead of a lookup per history row; the open deals; completed stays by start. deleted_at
    // is in the partial ones so that they cover the queries that test it.
    statements << splitStatements(R"sql(
CREATE INDEX leads_metrics_cohort ON leads(created_at, stage, funnel_rank, source, campaign_id,
    owner_id, value, currency, deleted_at) WHERE deleted_at IS NULL;
CREATE INDEX leads_metrics_groups ON leads(owner_id, campaign_id, source);
CREATE INDEX leads_metrics_open ON leads(stage, value, currency, created_at, source, campaign_id,
    owner_id, deleted_at) WHERE deleted_at IS NULL AND stage IN ('sql', 'opportunity');
CREATE INDEX stage_history_stays ON stage_history(at, to_stage, lead_id, left_at)
    WHERE left_at IS NOT NULL
)sql");
    // funnel_rank only grows on an insert; an update or delete that may lower it counts again.
    statements << QStringLiteral(R"sql(
CREATE TRIGGER stage_history_rank_insert AFTER INSERT ON stage_history WHEN %1 > 0 BEGIN
    UPDATE leads SET funnel_rank = %1 WHERE id = NEW.lead_id AND funnel_rank < %1;
END)sql")
                      .arg(funnelRankSql("NEW.to_stage"));
    statements << QStringLiteral(R"sql(
CREATE TRIGGER stage_history_rank_update AFTER UPDATE OF lead_id, to_stage ON stage_history BEGIN
    UPDATE leads SET funnel_rank = COALESCE((SELECT MAX(%1) FROM stage_history h
        WHERE h.lead_id = leads.id), 0) WHERE id IN (OLD.lead_id, NEW.lead_id);
END)sql")
                      .arg(rankTo);
    statements << QStringLiteral(R"sql(
CREATE TRIGGER stage_history_rank_delete AFTER DELETE ON stage_history WHEN %2 > 0 BEGIN
    UPDATE leads SET funnel_rank = COALESCE((SELECT MAX(%1) FROM stage_history h
        WHERE h.lead_id = OLD.lead_id), 0) WHERE id = OLD.lead_id AND funnel_rank <= %2;
END)sql")
                      .arg(rankTo, funnelRankSql("OLD.to_stage"));
    // left_at: the row before the new one (by at, then id) now ends at it; the new one ends where
    // the next one begins, if any.
    statements << QStringLiteral(R"sql(
CREATE TRIGGER stage_history_stay_insert AFTER INSERT ON stage_history
WHEN NEW.from_stage IS NOT NULL OR NEW.rule IS NOT 'import' BEGIN
    UPDATE stage_history SET left_at = NEW.at WHERE id = (SELECT p.id FROM stage_history p
        WHERE p.lead_id = NEW.lead_id AND (p.at < NEW.at OR (p.at = NEW.at AND p.id < NEW.id))
        ORDER BY p.at DESC, p.id DESC LIMIT 1);
    UPDATE stage_history SET left_at = (SELECT MIN(n.at) FROM stage_history n
        WHERE n.lead_id = NEW.lead_id AND (n.at > NEW.at OR (n.at = NEW.at AND n.id > NEW.id)))
        WHERE id = NEW.id AND EXISTS (SELECT 1 FROM stage_history n WHERE n.lead_id = NEW.lead_id
            AND (n.at > NEW.at OR (n.at = NEW.at AND n.id > NEW.id)));
END)sql");
    // A deleted row's stay passes to the row before it.
    statements << QStringLiteral(R"sql(
CREATE TRIGGER stage_history_stay_delete AFTER DELETE ON stage_history BEGIN
    UPDATE stage_history SET left_at = OLD.left_at WHERE id = (SELECT p.id FROM stage_history p
        WHERE p.lead_id = OLD.lead_id AND (p.at < OLD.at OR (p.at = OLD.at AND p.id < OLD.id))
        ORDER BY p.at DESC, p.id DESC LIMIT 1);
END)sql");
    // Moving a row in time or to another lead: the stays of the leads concerned again.
    statements << QStringLiteral(R"sql(
CREATE TRIGGER stage_history_stay_update AFTER UPDATE OF lead_id, at ON stage_history BEGIN
    UPDATE stage_history SET left_at = (SELECT MIN(n.at) FROM stage_history n
        WHERE n.lead_id = stage_history.lead_id AND (n.at > stage_history.at
            OR (n.at = stage_history.at AND n.id > stage_history.id)))
        WHERE lead_id IN (OLD.lead_id, NEW.lead_id);
END)sql");
    return statements;
}
// <<< END REGION v6 >>>

// >>> REGION v7 (lead table) — only the lead-table work edits between these markers <<<
// Version 7: saved lead filters ("saved views" in the lead table, segments in the reports), kept
// as the JSON of LeadQuery's filters (core/leads/leadquery.h); name_key is the case-folded name,
// so names are unique without regard to case in any script.
const char *const schemaV7 = R"sql(
CREATE TABLE segments (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    name_key TEXT NOT NULL UNIQUE,
    query TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
)
)sql";
// <<< END REGION v7 >>>

// Version 8: the full-text index of the quick search (core/leads/leadsearch.h). It indexes
// leads.search_text without a copy (external content), word occurrences only (detail=none: no
// positions, the search needs none), and is kept by triggers, so every writer of leads keeps it.
QStringList schemaV8()
{
    QStringList statements;
    statements << u"CREATE VIRTUAL TABLE lead_search USING fts5(search_text, content='leads', "
                  "content_rowid='id', tokenize=\"%1\", detail=none, columnsize=0)"_s.arg(
                      LeadSearch::tokenizer());
    statements << u"INSERT INTO lead_search(lead_search) VALUES ('rebuild')"_s;
    statements << QStringLiteral(R"sql(
CREATE TRIGGER leads_search_insert AFTER INSERT ON leads WHEN NEW.search_text IS NOT NULL BEGIN
    INSERT INTO lead_search (rowid, search_text) VALUES (NEW.id, NEW.search_text);
END)sql");
    statements << QStringLiteral(R"sql(
CREATE TRIGGER leads_search_delete AFTER DELETE ON leads WHEN OLD.search_text IS NOT NULL BEGIN
    INSERT INTO lead_search (lead_search, rowid, search_text)
        VALUES ('delete', OLD.id, OLD.search_text);
END)sql");
    statements << QStringLiteral(R"sql(
CREATE TRIGGER leads_search_update AFTER UPDATE OF id, search_text ON leads
WHEN OLD.search_text IS NOT NEW.search_text OR OLD.id <> NEW.id BEGIN
    INSERT INTO lead_search (lead_search, rowid, search_text)
        SELECT 'delete', OLD.id, OLD.search_text WHERE OLD.search_text IS NOT NULL;
    INSERT INTO lead_search (rowid, search_text)
        SELECT NEW.id, NEW.search_text WHERE NEW.search_text IS NOT NULL;
END)sql");
    return statements;
}

// Version 9: fewer indexes to build after an import, none that a query needs. stage_history_to
// (to_stage, at) is the start of stage_history_to_lead; leads_owner (owner_id) is the start of
// leads_metrics_groups; leads_domain and leads_company_owner become one index that answers both
// a lookup by domain and "an owned lead of this account" (the router's same-account rule).
const char *const schemaV9 = R"sql(
DROP INDEX stage_history_to;
DROP INDEX leads_owner;
DROP INDEX leads_company_owner;
DROP INDEX leads_domain;
CREATE INDEX leads_domain ON leads(company_domain, owner_id) WHERE company_domain IS NOT NULL
)sql";

// Version 10: the lead table's text sorts (name, company, email) from an index: the list puts
// empty values last, so the index holds that test first. A first page, a jump to the middle and
// the last page read a few hundred entries instead of sorting every lead
// (core/leads/leadquery.cpp).
const char *const schemaV10 = R"sql(
CREATE INDEX leads_sort_first_name ON leads(first_name IS NULL, first_name COLLATE NOCASE);
CREATE INDEX leads_sort_company ON leads(company IS NULL, company COLLATE NOCASE);
CREATE INDEX leads_sort_email ON leads(email IS NULL, email COLLATE NOCASE)
)sql";

// Version 11: follow-up work a committed change still owes (rescoring and routing after an
// import or an undo), written in the change's own transaction and removed in the transaction that
// does the work, so an interruption between the two leaves a record that the next command or
// automation pass finishes (core/workflow/pendingwork.h).
const char *const schemaV11 = R"sql(
CREATE TABLE pending_work (
    kind TEXT PRIMARY KEY NOT NULL,
    reason TEXT NOT NULL,
    since INTEGER NOT NULL
)
)sql";

// Version 12: the automation pass (core/workflow/automationpass.h). One row holds the lease of
// the runner doing a pass, so two runners on one database never do the same work at once; every
// pass is logged with what it did; tasks record why they were closed when nobody did them; open
// tasks and recycled leads are found by the moment they come due.
const char *const schemaV12 = R"sql(
CREATE TABLE automation_lock (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    runner TEXT NOT NULL,
    acquired_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL
);
CREATE TABLE automation_runs (
    id INTEGER PRIMARY KEY,
    runner TEXT NOT NULL,
    clock_at INTEGER NOT NULL,
    started_at INTEGER NOT NULL,
    finished_at INTEGER,
    summary TEXT
);
ALTER TABLE tasks ADD COLUMN closed_reason TEXT;
CREATE INDEX tasks_open_due ON tasks(due_at) WHERE done_at IS NULL;
CREATE INDEX tasks_open_created ON tasks(created_at) WHERE done_at IS NULL;
CREATE INDEX leads_nurture_until ON leads(nurture_until) WHERE nurture_until IS NOT NULL
    AND stage = 'nurturing';
CREATE INDEX assignments_unbreached ON assignments(sla_due_at) WHERE ended_at IS NULL
    AND first_contact_at IS NULL AND breached_at IS NULL;
CREATE INDEX assignments_rejected ON assignments(lead_id, user_id) WHERE rejected_at IS NOT NULL;
CREATE INDEX leads_unowned_mql ON leads(id) WHERE stage = 'mql' AND owner_id IS NULL
    AND deleted_at IS NULL
)sql";

} // namespace

const QList<Migration> &migrations()
{
    static const QList<Migration> list {
        {1,
            QStringLiteral(
                "Leads, touchpoints, users, assignments, campaigns, stage history, audit "
                "log, import batches, settings"),
            splitStatements(schemaV1)},
        {2, QStringLiteral("Scoring rules, qualification definition, score index"),
            splitStatements(schemaV2)},
        {3,
            QStringLiteral("Routing rules, SLA on assignments, holidays, nurture sequences and "
                           "tasks, score reset"),
            splitStatements(schemaV3)},
        {4, QStringLiteral("Engagement state per lead"), splitStatements(schemaV4)},
        {5, QStringLiteral("Indexes for the metrics reports"), splitStatements(schemaV5)},
        // REGION v6 entry (metrics work edits this line only)
        {6, QStringLiteral("Funnel rank, stay ends and covering indexes for the metrics"),
            schemaV6()},
        // REGION v7 entry (lead-table work edits this line only)
        {7, QStringLiteral("Saved lead filters (segments)"), splitStatements(schemaV7)},
        {8, QStringLiteral("Full-text index of the quick search"), schemaV8()},
        {9, QStringLiteral("Redundant indexes folded into the ones that cover them"),
            splitStatements(schemaV9)},
        {10, QStringLiteral("Indexes for sorting leads by name, company and email"),
            splitStatements(schemaV10)},
        {11, QStringLiteral("Follow-up work owed by a committed change"),
            splitStatements(schemaV11)},
        {12, QStringLiteral("Automation: runner lease, run log, why a task was closed"),
            splitStatements(schemaV12)},
    };
    return list;
}

} // namespace lf
