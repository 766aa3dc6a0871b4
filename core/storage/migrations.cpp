#include "migrations.h"

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
    QStringList out;
    const QStringList parts = QString::fromUtf8(script).split(u';');
    for (const QString &part : parts) {
        const QString statement = part.trimmed();
        if (!statement.isEmpty())
            out.append(statement);
    }
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

} // namespace

const QList<Migration> &migrations()
{
    static const QList<Migration> list {
        {1,
            QStringLiteral(
                "Leads, touchpoints, users, assignments, campaigns, stage history, audit "
                "log, import batches, settings"),
            splitStatements(schemaV1)},
    };
    return list;
}

} // namespace lf
