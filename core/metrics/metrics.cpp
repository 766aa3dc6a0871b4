#include "metrics.h"

#include "io/bulk.h"
#include "storage/database.h"
#include "storage/settings.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <array>
#include <cmath>
#include <future>
#include <limits>
#include <span>
#include <sqlite3.h>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

using namespace Qt::StringLiterals;

namespace lf {

namespace {

QString trm(const char *text)
{
    return QCoreApplication::translate("Metrics", text);
}

constexpr int funnelSize = 6; // new, contacted, mql, sql, opportunity, won
using RankCounts = std::array<qint64, funnelSize>; // leads whose furthest stage has this rank

/// Funnel rank of a stage: new 0 .. won 5, -1 for the others.
int rankOfStage(Stage stage)
{
    switch (stage) {
    case Stage::New:
        return 0;
    case Stage::Contacted:
        return 1;
    case Stage::Mql:
        return 2;
    case Stage::Sql:
        return 3;
    case Stage::Opportunity:
        return 4;
    case Stage::Won:
        return 5;
    default:
        return -1;
    }
}

/// Funnel rank of a stage key as SQLite hands it over: new 0 .. won 5, -1 for lost, nurturing
/// and disqualified (they are no funnel row).
int rankOfKey(std::string_view key)
{
    // Called once per index entry: decided by length and first letter, then checked once.
    std::string_view expected;
    int rank = -1;
    switch (key.size()) {
    case 3:
        switch (key[0]) {
        case 'n':
            expected = "new", rank = 0;
            break;
        case 'm':
            expected = "mql", rank = 2;
            break;
        case 's':
            expected = "sql", rank = 3;
            break;
        case 'w':
            expected = "won", rank = 5;
            break;
        default:
            return -1;
        }
        break;
    case 9:
        expected = "contacted", rank = 1;
        break;
    case 11:
        expected = "opportunity", rank = 4;
        break;
    default:
        return -1;
    }
    return key == expected ? rank : -1;
}

/// True when a stored currency (as SQLite hands it over) is empty or, ignoring ASCII case, the
/// reporting currency upper (upper case); no QString per row.
bool inCurrency(std::string_view stored, std::string_view upper)
{
    if (stored.empty())
        return true;
    if (stored.size() != upper.size())
        return false;
    for (size_t i = 0; i < stored.size(); ++i) {
        char c = stored[i];
        if (c >= 'a' && c <= 'z')
            c = char(c - 'a' + 'A');
        if (c != upper[i])
            return false;
    }
    return true;
}

/// The column a report groups by, as SQL on leads l (or on the assignment for SLA by owner).
QString groupColumn(GroupBy group, const QString &ownerColumn = u"l.owner_id"_s)
{
    switch (group) {
    case GroupBy::None:
        return u"NULL"_s;
    case GroupBy::Source:
        return u"l.source"_s;
    case GroupBy::Campaign:
        return u"l.campaign_id"_s;
    case GroupBy::Owner:
        return ownerColumn;
    }
    return u"NULL"_s;
}

Result<QSqlQuery> run(const QSqlDatabase &db, const QString &sql, const QVariantList &binds = {})
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return fail(databaseError(query, trm("Cannot compute the metrics")));
    for (const QVariant &value : binds)
        query.addBindValue(value);
    if (!query.exec())
        return fail(databaseError(query, trm("Cannot compute the metrics")));
    return query;
}

/// One row of a scan(): typed reads of the current row of a raw SQLite statement.
class Row
{
public:
    explicit Row(sqlite3_stmt *statement)
        : m_s(statement)
    {
    }
    bool isNull(int column) const { return sqlite3_column_type(m_s, column) == SQLITE_NULL; }
    qint64 integer(int column) const { return sqlite3_column_int64(m_s, column); }
    std::string_view bytes(int column) const
    {
        const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_s, column));
        return text ? std::string_view(text, size_t(sqlite3_column_bytes(m_s, column)))
                    : std::string_view();
    }
    QString text(int column) const
    {
        const std::string_view b = bytes(column);
        return QString::fromUtf8(b.data(), qsizetype(b.size()));
    }
    /// The value as Qt would give it (for group labels).
    QVariant variant(int column) const
    {
        switch (sqlite3_column_type(m_s, column)) {
        case SQLITE_NULL:
            return {};
        case SQLITE_INTEGER:
            return integer(column);
        case SQLITE_FLOAT:
            return sqlite3_column_double(m_s, column);
        default:
            return text(column);
        }
    }

private:
    sqlite3_stmt *m_s;
};

/// Runs sql with binds through the raw SQLite handle and calls perRow(const Row &) for each row.
/// The reports read hundreds of thousands of index entries; QSqlQuery's QVariant per value costs
/// more than SQLite itself there.
template<typename PerRow>
Status scan(sqlite3 *db, const QString &sql, const QVariantList &binds, PerRow &&perRow)
{
    if (!db)
        return fail(ErrorCode::Database, trm("Cannot compute the metrics: no SQLite connection."));
    bulk::Statement statement(db, sql.toUtf8());
    if (!statement)
        return fail(bulk::sqliteError(db, trm("Cannot compute the metrics")));
    sqlite3_stmt *s = statement.get();
    int i = 0;
    for (const QVariant &value : binds) {
        ++i;
        int rc = SQLITE_OK;
        if (value.isNull()) {
            rc = sqlite3_bind_null(s, i);
        } else if (value.typeId() == QMetaType::QString) {
            const QByteArray utf8 = value.toString().toUtf8();
            rc = sqlite3_bind_text(s, i, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
        } else if (value.typeId() == QMetaType::Double) {
            rc = sqlite3_bind_double(s, i, value.toDouble());
        } else {
            rc = sqlite3_bind_int64(s, i, value.toLongLong());
        }
        if (rc != SQLITE_OK)
            return fail(bulk::sqliteError(db, trm("Cannot compute the metrics")));
    }
    const Row row(s);
    for (;;) {
        const int rc = sqlite3_step(s);
        if (rc == SQLITE_DONE)
            return {};
        if (rc != SQLITE_ROW)
            return fail(bulk::sqliteError(db, trm("Cannot compute the metrics")));
        perRow(row);
    }
}

/// Which leads a report may count: every lead that is not deleted, or the leads of a segment.
class LeadFilter
{
public:
    static Result<LeadFilter> load(sqlite3 *db, const std::optional<LeadQuery> &segment)
    {
        LeadFilter filter;
        if (!segment) {
            // Few leads are deleted (a partial index holds just them).
            auto read = scan(db,
                u"SELECT id FROM leads INDEXED BY leads_deleted WHERE deleted_at IS NOT NULL"_s, {},
                [&](const Row &row) { filter.m_deleted.insert(row.integer(0)); });
            if (!read)
                return fail(read.error());
            return filter;
        }
        LeadQuery query = *segment;
        query.deleted = LeadQuery::Deleted::Exclude;
        const LeadSql where = leadWhere(query);
        filter.m_segment = true;
        auto read =
            scan(db, u"SELECT id FROM leads"_s + where.sql, where.values, [&](const Row &row) {
                const qint64 id = row.integer(0);
                if (id < 0)
                    return;
                if (size_t(id) >= filter.m_members.size())
                    filter.m_members.resize(size_t(id) + 1, false);
                filter.m_members[size_t(id)] = true;
            });
        if (!read)
            return fail(read.error());
        return filter;
    }

    bool contains(qint64 id) const
    {
        if (m_segment)
            return id >= 0 && size_t(id) < m_members.size() && m_members[size_t(id)];
        return m_deleted.isEmpty() || !m_deleted.contains(id);
    }
    bool isSegment() const { return m_segment; }

private:
    bool m_segment = false;
    QSet<qint64> m_deleted;
    std::vector<bool> m_members; ///< by lead id
};

/// Turns raw group values into labels ("(no campaign)", a user's name, ...).
class Labels
{
public:
    static Result<Labels> load(const QSqlDatabase &db, GroupBy group)
    {
        Labels labels;
        labels.m_group = group;
        const QString table = group == GroupBy::Campaign ? u"campaigns"_s
            : group == GroupBy::Owner                    ? u"users"_s
                                                         : QString();
        if (table.isEmpty())
            return labels;
        auto query = run(db, u"SELECT id, name FROM %1"_s.arg(table));
        if (!query)
            return fail(query.error());
        while (query->next())
            labels.m_names.insert(query->value(0).toLongLong(), query->value(1).toString());
        return labels;
    }

    QString label(const QVariant &value) const
    {
        switch (m_group) {
        case GroupBy::None:
            return u"all"_s;
        case GroupBy::Source:
            return value.isNull() || value.toString().isEmpty() ? trm("(no source)")
                                                                : value.toString();
        case GroupBy::Campaign:
            if (value.isNull())
                return trm("(no campaign)");
            return m_names.value(value.toLongLong(), u"#"_s + value.toString());
        case GroupBy::Owner:
            if (value.isNull())
                return trm("(unassigned)");
            return m_names.value(value.toLongLong(), u"#"_s + value.toString());
        }
        return {};
    }

private:
    GroupBy m_group = GroupBy::None;
    QHash<qint64, QString> m_names;
};

/// Median of values (mean of the two middle ones, rounded down, for an even count); n/a if none.
/// Selection, not a sort: linear in the count (the reports take medians of 100,000s of stays).
MaybeMs median(QList<qint64> values)
{
    if (values.isEmpty())
        return std::nullopt;
    const qsizetype n = values.size();
    const auto middle = values.begin() + n / 2;
    std::nth_element(values.begin(), middle, values.end());
    const qint64 b = *middle;
    if (n % 2 == 1)
        return b;
    const qint64 a = *std::max_element(values.begin(), middle);
    return a + (b - a) / 2;
}

Maybe percentOf(double numerator, double denominator)
{
    if (denominator == 0)
        return std::nullopt;
    return numerator / denominator * 100.0;
}

MaybeMs divideMoney(qint64 amount, qint64 count)
{
    if (count == 0)
        return std::nullopt;
    return qRound64(double(amount) / double(count));
}

qint64 reachedAtLeast(const RankCounts &counts, int rank)
{
    qint64 total = 0;
    for (int r = rank; r < funnelSize; ++r)
        total += counts[r];
    return total;
}

/// Group values as a report meets them, each numbered once. By label (the default), values with
/// the same label share a number ("(no source)" for NULL and ""); by value, each value has its own
/// (campaign ids in the campaigns report).
class Groups
{
public:
    Groups(GroupBy group, const Labels &labels, bool byValue = false)
        : m_group(group)
        , m_labels(labels)
        , m_byValue(byValue)
    {
    }

    /// The number of the value in column of row.
    int index(const Row &row, int column)
    {
        if (m_group == GroupBy::None || row.isNull(column)) {
            if (m_null < 0)
                m_null = add(QVariant());
            return m_null;
        }
        // Index scans meet the same value many times in a row: the last one is kept at hand.
        if (m_group == GroupBy::Source) {
            const std::string_view bytes = row.bytes(column);
            if (m_last >= 0 && !m_lastIsId && bytes == m_lastText)
                return m_last;
            auto it = m_texts.find(bytes); // no string built per index entry
            if (it == m_texts.end())
                it = m_texts.emplace(std::string(bytes), add(row.text(column))).first;
            m_lastText = it->first;
            m_lastIsId = false;
            return m_last = it->second;
        }
        const qint64 id = row.integer(column);
        if (m_last >= 0 && m_lastIsId && id == m_lastId)
            return m_last;
        auto it = m_ids.find(id);
        if (it == m_ids.end())
            it = m_ids.emplace(id, add(id)).first;
        m_lastId = id;
        m_lastIsId = true;
        return m_last = it->second;
    }
    int size() const { return int(m_values.size()); }
    QString label(int index) const { return m_labels.label(m_values[size_t(index)]); }
    QVariant value(int index) const { return m_values[size_t(index)]; }

private:
    int add(const QVariant &value)
    {
        if (!m_byValue) {
            const QString label = m_labels.label(value);
            if (auto it = m_byLabel.constFind(label); it != m_byLabel.cend())
                return *it;
            m_byLabel.insert(label, int(m_values.size()));
        }
        m_values.push_back(value);
        return int(m_values.size()) - 1;
    }

    GroupBy m_group;
    const Labels &m_labels;
    bool m_byValue;
    int m_null = -1;
    int m_last = -1; ///< the number of the last non-null value
    bool m_lastIsId = false;
    qint64 m_lastId = 0;
    std::string_view m_lastText; ///< into m_texts, whose keys stay put
    /// Hashes std::string and std::string_view alike, so that lookups take a view.
    struct TextHash
    {
        using is_transparent = void;
        size_t operator()(std::string_view text) const
        {
            return std::hash<std::string_view> {}(text);
        }
    };
    std::unordered_map<std::string, int, TextHash, std::equal_to<>> m_texts;
    std::unordered_map<qint64, int> m_ids;
    QHash<QString, int> m_byLabel;
    std::vector<QVariant> m_values;
};

/// Grows v to hold index i.
template<typename T>
T &at(std::vector<T> &v, size_t i, const T &fill = T {})
{
    if (i >= v.size())
        v.resize(i + 1, fill);
    return v[i];
}

/// Every lead's group number by lead id (-1: none seen), from one scan of the narrow index
/// leads_metrics_groups: cheaper than a lookup in the wide leads table per history row once a
/// report reads more than a few thousand of them.
Status readLeadGroups(
    sqlite3 *db, GroupBy group, const LeadFilter &filter, Groups &groups, std::vector<int> &groupOf)
{
    return scan(db,
        u"SELECT l.id, %1 FROM leads l INDEXED BY leads_metrics_groups"_s.arg(groupColumn(group)),
        {}, [&](const Row &row) {
            const qint64 id = row.integer(0);
            if (id >= 0 && filter.contains(id))
                at(groupOf, size_t(id), -1) = groups.index(row, 1);
        });
}

/// Leads counted once per key: a bit per lead id.
class LeadBits
{
public:
    /// Marks id; true the first time.
    bool insert(qint64 id)
    {
        if (id < 0)
            return false;
        std::vector<bool> &bits = m_bits;
        if (size_t(id) >= bits.size())
            bits.resize(size_t(id) + 1 + bits.size() / 2, false);
        if (bits[size_t(id)])
            return false;
        bits[size_t(id)] = true;
        return true;
    }

private:
    std::vector<bool> m_bits;
};

/// The leads created in a period, by group: how many got furthest to each rank, and the value of
/// those that reached won (reporting currency or none).
struct Cohort
{
    std::vector<RankCounts> ranks; ///< by group number
    std::vector<qint64> wonValue; ///< by group number
    std::vector<int> groupOf; ///< by lead id: its group number, -1 outside the cohort (if asked)
};

/// Reads the cohort from the covering index leads_metrics_cohort (schema 6): the furthest rank is
/// max(rank of the current stage, funnel_rank), so no lead's history is read. Every column costs
/// SQLite a decode per entry: lead ids are read only when a segment or groupOf (leadIds) needs
/// them, value and currency only for the leads that reached won.
Status readCohort(sqlite3 *db, const Period &period, const LeadFilter &filter, GroupBy group,
    Groups &groups, const QString &currency, Cohort &out, bool leadIds = false)
{
    const std::string cur = currency.toStdString();
    const bool ids = leadIds || filter.isSegment();
    const QString sql =
        u"SELECT %1, l.stage, l.funnel_rank, %2, CASE WHEN l.funnel_rank >= 5 OR l.stage = 'won' "
        "THEN l.value END, CASE WHEN l.funnel_rank >= 5 OR l.stage = 'won' THEN l.currency END "
        "FROM leads l WHERE l.deleted_at IS NULL AND l.created_at >= ? AND l.created_at < ?"_s.arg(
            ids ? u"l.id"_s : u"NULL"_s, groupColumn(group));
    return scan(db, sql, {period.fromMs, period.toMs}, [&](const Row &row) {
        const qint64 id = ids ? row.integer(0) : -1;
        if (ids && !filter.contains(id))
            return;
        const std::string_view stage = row.bytes(1);
        const int stageRank = stage == "lost" ? 3 : std::max(rankOfKey(stage), 0);
        const int rank = std::clamp(std::max(stageRank, int(row.integer(2))), 0, funnelSize - 1);
        const int g = groups.index(row, 3);
        at(out.ranks, size_t(g))[rank] += 1;
        at(out.wonValue, size_t(g));
        if (leadIds && id >= 0)
            at(out.groupOf, size_t(id), -1) = g;
        if (rank >= 5 && !row.isNull(4) && inCurrency(row.bytes(5), cur))
            out.wonValue[size_t(g)] += row.integer(4);
    });
}

/// Completed stays (a history row to the lead's next one, schema 6's left_at) of rank 0..4, by
/// group and rank, as durations in ms.
using Stays = std::vector<std::array<QList<qint64>, funnelSize>>;

/// The completed stays of the cohort's leads, from the partial index stage_history_stays. A lead's
/// history begins at its creation, so only stays from the period's start on are read.
Status readCohortStays(sqlite3 *db, const Period &period, const Cohort &cohort, Stays &stays)
{
    return scan(db,
        u"SELECT lead_id, to_stage, left_at - at FROM stage_history WHERE left_at IS NOT NULL AND "
        "at >= ?"_s,
        {period.fromMs}, [&](const Row &row) {
            const qint64 id = row.integer(0);
            if (id < 0 || size_t(id) >= cohort.groupOf.size() || cohort.groupOf[size_t(id)] < 0)
                return;
            const int rank = rankOfKey(row.bytes(1));
            if (rank < 0 || rank >= 5)
                return;
            at(stays, size_t(cohort.groupOf[size_t(id)]))[rank].append(row.integer(2));
        });
}

/// An entry into sql, opportunity or won, for the forecast.
struct DealEntry
{
    qint64 lead = 0;
    qint64 at = 0;
    Stage stage = Stage::Sql;
};

/// The latest entry of one lead into stage at or before limit; empty when none.
MaybeMs latestEntry(std::span<const DealEntry> lead, Stage stage, qint64 limit)
{
    MaybeMs out;
    for (const DealEntry &e : lead)
        if (e.stage == stage && e.at <= limit && (!out || e.at > *out))
            out = e.at;
    return out;
}

qint64 startOfMonth(qint64 ms, const QTimeZone &zone, int addMonths = 0)
{
    const QDate day = QDateTime::fromMSecsSinceEpoch(ms, zone).date();
    return QDateTime(QDate(day.year(), day.month(), 1).addMonths(addMonths), QTime(0, 0), zone)
        .toMSecsSinceEpoch();
}

QString monthLabel(qint64 ms, const QTimeZone &zone)
{
    return QDateTime::fromMSecsSinceEpoch(ms, zone).toString(u"yyyy-MM"_s);
}

QStringList settingList(const QSqlDatabase &db, const QString &key, const QStringList &fallback)
{
    const QString value = Settings(db).value(key);
    if (value.trimmed().isEmpty())
        return fallback;
    QStringList out;
    for (const QString &item : value.split(u','))
        if (!item.trimmed().isEmpty())
            out.append(item.trimmed());
    return out;
}

/// Runs work(QSqlDatabase) in another thread on a second connection to the database file of
/// connectionName, opened and closed by that thread (a connection belongs to the thread that opens
/// it). The future holds work's result, or the failure to open the connection.
template<typename T, typename Work>
std::future<Result<T>> runAside(const QString &connectionName, Work work)
{
    return std::async(std::launch::async, [connectionName, work]() -> Result<T> {
        static QAtomicInteger<quint64> serial;
        const QString name = u"lf-metrics-aside-%1"_s.arg(serial.fetchAndAddRelaxed(1));
        Result<T> result = fail(ErrorCode::Database, QString());
        {
            QSqlDatabase db = QSqlDatabase::cloneDatabase(connectionName, name);
            if (db.open()) {
                // This connection only reads: pages mapped instead of copied per read.
                QSqlQuery(db).exec(MetricsService::readMappingPragma());
                result = work(db);
            } else
                result = fail(ErrorCode::Database,
                    trm("Cannot compute the metrics: a second connection to the database could "
                        "not be opened (%1).")
                        .arg(db.lastError().text()));
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        return result;
    });
}

/// "?, ?, ?": n SQL bind parameters, for an IN list.
QString bindMarks(qsizetype n)
{
    QStringList marks;
    for (qsizetype i = 0; i < n; ++i)
        marks.append(u"?"_s);
    return marks.join(u", "_s);
}

} // namespace

// --- Period -------------------------------------------------------------------------------------

Result<Period> Period::fromDates(QDate from, QDate to, const QTimeZone &zone)
{
    if (!from.isValid() || !to.isValid())
        return fail(ErrorCode::Invalid, trm("The period needs a valid start and end date."));
    Period period;
    period.zone = zone;
    period.fromMs = QDateTime(from, QTime(0, 0), zone).toMSecsSinceEpoch();
    period.toMs = QDateTime(to, QTime(0, 0), zone).toMSecsSinceEpoch();
    if (period.toMs <= period.fromMs)
        return fail(ErrorCode::Invalid,
            trm("The period ends (%1) before it begins (%2); --to is exclusive, so give a later "
                "date.")
                .arg(to.toString(Qt::ISODate), from.toString(Qt::ISODate)));
    return period;
}

Result<Period> Period::parse(QStringView label, const QTimeZone &zone)
{
    const QString text = label.trimmed().toString().toUpper();
    bool ok = false;
    if (text.size() == 7 && text.mid(4, 2) == u"-Q"_s) {
        const int year = text.left(4).toInt(&ok);
        const int quarter = text.mid(6).toInt();
        if (ok && quarter >= 1 && quarter <= 4) {
            const QDate start(year, (quarter - 1) * 3 + 1, 1);
            return fromDates(start, start.addMonths(3), zone);
        }
    } else if (text.size() == 7 && text[4] == u'-') {
        const QDate start = QDate::fromString(text + u"-01"_s, Qt::ISODate);
        if (start.isValid())
            return fromDates(start, start.addMonths(1), zone);
    } else if (text.size() == 4) {
        const int year = text.toInt(&ok);
        if (ok)
            return fromDates(QDate(year, 1, 1), QDate(year + 1, 1, 1), zone);
    }
    return fail(ErrorCode::Invalid,
        trm("\"%1\" is not a period; write a quarter (2027-Q1), a month (2027-03) or a year "
            "(2027).")
            .arg(label.toString()));
}

Period Period::quarterContaining(qint64 ms, const QTimeZone &zone)
{
    const QDate day = QDateTime::fromMSecsSinceEpoch(ms, zone).date();
    const QDate start(day.year(), (day.month() - 1) / 3 * 3 + 1, 1);
    return *fromDates(start, start.addMonths(3), zone);
}

QDateTime Period::from() const
{
    return QDateTime::fromMSecsSinceEpoch(fromMs, zone);
}

QDateTime Period::to() const
{
    return QDateTime::fromMSecsSinceEpoch(toMs, zone);
}

// --- small helpers ------------------------------------------------------------------------------

QString funnelViewKey(FunnelView view)
{
    return view == FunnelView::Cohort ? u"cohort"_s : u"activity"_s;
}

std::optional<GroupBy> groupByFromString(QStringView text)
{
    const QString key = text.trimmed().toString().toLower();
    if (key == u"none"_s || key.isEmpty())
        return GroupBy::None;
    if (key == u"source"_s)
        return GroupBy::Source;
    if (key == u"campaign"_s)
        return GroupBy::Campaign;
    if (key == u"owner"_s)
        return GroupBy::Owner;
    return std::nullopt;
}

QString groupByKey(GroupBy group)
{
    switch (group) {
    case GroupBy::None:
        return u"none"_s;
    case GroupBy::Source:
        return u"source"_s;
    case GroupBy::Campaign:
        return u"campaign"_s;
    case GroupBy::Owner:
        return u"owner"_s;
    }
    return {};
}

QList<Stage> funnelStages()
{
    return {Stage::New, Stage::Contacted, Stage::Mql, Stage::Sql, Stage::Opportunity, Stage::Won};
}

Maybe Ratio::percent() const
{
    return percentOf(double(numerator), double(denominator));
}

// --- MetricsService -----------------------------------------------------------------------------

MetricsService::MetricsService(QSqlDatabase db)
    : m_db(std::move(db))
{
}

QString MetricsService::readMappingPragma()
{
    return u"PRAGMA mmap_size = 4294967296"_s;
}

QStringList MetricsService::defaultMarketingSources()
{
    return {u"Webinar"_s, u"Website form"_s, u"E-book download"_s, u"Paid search"_s,
        u"Email campaign"_s, u"LinkedIn"_s, u"Trade show"_s};
}

QStringList MetricsService::defaultResponseTypes()
{
    return {u"form_submit"_s, u"demo_request"_s, u"webinar_registered"_s, u"content_download"_s};
}

Result<QTimeZone> MetricsService::timeZone() const
{
    const QString id = Settings(m_db).value(TimeZoneKey).trimmed();
    if (id.isEmpty() || id.compare(u"UTC"_s, Qt::CaseInsensitive) == 0)
        return QTimeZone::utc();
    const QTimeZone zone(id.toUtf8());
    if (!zone.isValid())
        return fail(ErrorCode::Invalid,
            trm("The setting %1 names an unknown time zone \"%2\"; use an IANA name such as "
                "Europe/Berlin, or UTC.")
                .arg(TimeZoneKey, id));
    return zone;
}

bool MetricsService::canRunAside() const
{
    if (!m_concurrent || m_db.driverName() != u"QSQLITE"_s)
        return false;
    // Inside a transaction of this connection, a second one would not see its uncommitted writes.
    sqlite3 *handle = bulk::sqliteHandle(m_db);
    if (!handle || !sqlite3_get_autocommit(handle))
        return false;
    const QString file = m_db.databaseName();
    return !file.isEmpty() && file != u":memory:"_s && !file.startsWith(u"file:"_s)
        && QFileInfo(file).isFile();
}

MetricsService MetricsService::over(QSqlDatabase db) const
{
    MetricsService other(std::move(db));
    other.m_now = m_now;
    other.m_segment = m_segment;
    other.m_concurrent = false;
    return other;
}

qint64 MetricsService::now() const
{
    return m_now ? *m_now : QDateTime::currentMSecsSinceEpoch();
}

QString MetricsService::currency() const
{
    const QString value = Settings(m_db).value(CurrencyKey).trimmed().toUpper();
    return value.isEmpty() ? u"USD"_s : value;
}

QHash<Stage, double> MetricsService::probabilities() const
{
    QHash<Stage, double> out {{Stage::Sql, 0.25}, {Stage::Opportunity, 0.5}};
    const QJsonObject object =
        QJsonDocument::fromJson(Settings(m_db).value(ProbabilitiesKey).toUtf8()).object();
    for (auto it = object.begin(); it != object.end(); ++it) {
        const auto stage = stageFromString(it.key());
        const double p = it.value().toDouble(-1);
        if (stage && (*stage == Stage::Sql || *stage == Stage::Opportunity) && p >= 0 && p <= 1)
            out.insert(*stage, p);
    }
    return out;
}

Result<QList<Funnel>> MetricsService::funnel(
    const Period &period, FunnelView view, GroupBy group) const
{
    auto labels = Labels::load(m_db, group);
    if (!labels)
        return fail(labels.error());
    sqlite3 *db = bulk::sqliteHandle(m_db);
    auto filter = LeadFilter::load(db, m_segment);
    if (!filter)
        return fail(filter.error());
    Groups groups(group, *labels);
    std::vector<RankCounts> reached;
    Stays stays;

    if (view == FunnelView::Cohort) {
        Cohort cohort;
        if (auto read = readCohort(db, period, *filter, group, groups, currency(), cohort, true);
            !read)
            return fail(read.error());
        for (const RankCounts &counts : cohort.ranks) {
            RankCounts row {};
            for (int r = 0; r < funnelSize; ++r)
                row[r] = reachedAtLeast(counts, r);
            reached.push_back(row);
        }
        if (auto read = readCohortStays(db, period, cohort, stays); !read)
            return fail(read.error());
    } else {
        // Entries and stays come from the history's own indexes; a lead's group from one scan.
        std::vector<int> groupOf;
        if (group != GroupBy::None) {
            if (auto read = readLeadGroups(db, group, *filter, groups, groupOf); !read)
                return fail(read.error());
        }
        auto groupOfLead = [&](qint64 id) {
            if (group == GroupBy::None)
                return 0;
            return id >= 0 && size_t(id) < groupOf.size() ? groupOf[size_t(id)] : -1;
        };
        std::array<LeadBits, funnelSize> entered; // a lead counts once per stage
        auto read = scan(db,
            u"SELECT lead_id, to_stage FROM stage_history WHERE to_stage IN ('new', 'contacted', "
            "'mql', 'sql', 'opportunity', 'won') AND at >= ? AND at < ?"_s,
            {period.fromMs, period.toMs}, [&](const Row &row) {
                const qint64 id = row.integer(0);
                const int rank = rankOfKey(row.bytes(1));
                if (rank < 0 || !filter->contains(id))
                    return;
                const int g = groupOfLead(id);
                if (g >= 0 && entered[size_t(rank)].insert(id))
                    at(reached, size_t(g))[rank] += 1;
            });
        if (!read)
            return fail(read.error());
        auto stayRead = scan(db,
            u"SELECT lead_id, to_stage, left_at - at FROM stage_history WHERE left_at IS NOT NULL "
            "AND at >= ? AND at < ?"_s,
            {period.fromMs, period.toMs}, [&](const Row &row) {
                const qint64 id = row.integer(0);
                const int rank = rankOfKey(row.bytes(1));
                if (rank < 0 || rank >= 5 || !filter->contains(id))
                    return;
                if (const int g = groupOfLead(id); g >= 0)
                    at(stays, size_t(g))[rank].append(row.integer(2));
            });
        if (!stayRead)
            return fail(stayRead.error());
    }

    // One funnel per label, in label order; an empty period still has a (zero) funnel.
    QMap<QString, int> order;
    for (size_t g = 0; g < reached.size(); ++g)
        if (std::ranges::any_of(reached[g], [](qint64 n) { return n > 0; }))
            order.insert(group == GroupBy::None ? labels->label({}) : groups.label(int(g)), int(g));
    if (order.isEmpty()) {
        order.insert(labels->label({}), 0);
        reached.assign(1, RankCounts {});
    }
    const QList<Stage> stages = funnelStages();
    QList<Funnel> out;
    for (auto it = order.cbegin(); it != order.cend(); ++it) {
        const RankCounts &counts = reached[size_t(*it)];
        Funnel funnel;
        funnel.view = view;
        funnel.period = period;
        funnel.group = it.key();
        for (int r = 0; r < funnelSize; ++r) {
            FunnelRow row;
            row.stage = stages[r];
            row.reached = counts[r];
            if (r > 0)
                row.conversionFromPrevious = percentOf(double(row.reached), double(counts[r - 1]));
            if (size_t(*it) < stays.size()) {
                row.medianMsInStage = median(stays[size_t(*it)][r]);
                row.completedStays = stays[size_t(*it)][r].size();
            }
            funnel.rows.append(row);
        }
        out.append(funnel);
    }
    return out;
}

Result<QList<Funnel>> MetricsService::funnels(
    const Period &period, const QList<FunnelView> &views, GroupBy group) const
{
    QList<Funnel> out;
    if (views.size() == 2 && canRunAside()) {
        // Two independent sets of scans: the second view on another connection meanwhile.
        const FunnelView second = views[1];
        auto aside = runAside<QList<Funnel>>(m_db.connectionName(),
            [self = over(QSqlDatabase()), period, second, group](
                QSqlDatabase db) { return self.over(db).funnel(period, second, group); });
        auto first = funnel(period, views[0], group);
        auto other = aside.get();
        if (!first)
            return fail(first.error());
        if (!other)
            return fail(other.error());
        return *first + *other;
    }
    for (FunnelView view : views) {
        auto one = funnel(period, view, group);
        if (!one)
            return fail(one.error());
        out << *one;
    }
    return out;
}

Result<QList<Kpis>> MetricsService::kpis(const Period &period, GroupBy group) const
{
    // SLA and acceptance read only the assignments: on another connection meanwhile.
    std::optional<std::future<Result<SlaReport>>> slaAside;
    if (canRunAside())
        slaAside = runAside<SlaReport>(
            m_db.connectionName(), [self = over(QSqlDatabase()), period, group](QSqlDatabase db) {
                return self.over(db).sla(period, group);
            });
    auto slaReport = [&]() -> Result<SlaReport> {
        return slaAside ? slaAside->get() : sla(period, group);
    };
    auto labels = Labels::load(m_db, group);
    if (!labels)
        return fail(labels.error()); // (a future of std::async waits for its task when destroyed)
    sqlite3 *db = bulk::sqliteHandle(m_db);
    auto filter = LeadFilter::load(db, m_segment);
    if (!filter)
        return fail(filter.error());
    Groups groups(group, *labels);
    QMap<QString, Kpis> rows;
    auto row = [&rows](const QString &label) -> Kpis & {
        auto it = rows.find(label);
        if (it == rows.end()) {
            it = rows.insert(label, Kpis {});
            it->group = label;
        }
        return *it;
    };
    // The row of a group number, looked up by label once per group rather than once per index
    // entry (QMap's nodes stay put while rows grows).
    std::vector<Kpis *> rowOf;
    auto rowOfGroup = [&](int g) -> Kpis & {
        Kpis *&k = at(rowOf, size_t(g), static_cast<Kpis *>(nullptr));
        if (!k)
            k = &row(groups.label(g));
        return *k;
    };
    const QString cur = currency();
    const std::string cur8 = cur.toStdString();
    const QString join =
        group == GroupBy::None ? QString() : u" JOIN leads l ON l.id = h.lead_id"_s;

    // Cohort rates.
    Cohort cohort;
    if (auto read = readCohort(db, period, *filter, group, groups, cur, cohort); !read)
        return fail(read.error());
    for (size_t g = 0; g < cohort.ranks.size(); ++g) {
        const RankCounts &counts = cohort.ranks[g];
        Kpis &k = rowOfGroup(int(g));
        k.leads = reachedAtLeast(counts, 0);
        const qint64 mql = reachedAtLeast(counts, 2);
        const qint64 sql = reachedAtLeast(counts, 3);
        const qint64 opportunity = reachedAtLeast(counts, 4);
        const qint64 won = reachedAtLeast(counts, 5);
        k.conversion = {opportunity, k.leads};
        k.mqlToSql = {sql, mql};
        k.sqlToWon = {won, sql};
    }

    // Lead velocity: distinct leads entering MQL in the period's last month against the month
    // before (a few rows: the lead's group is looked up row by row).
    const qint64 monthStart = startOfMonth(period.toMs - 1, period.zone);
    const qint64 previousStart = startOfMonth(period.toMs - 1, period.zone, -1);
    const qint64 monthEnd = startOfMonth(period.toMs - 1, period.zone, 1);
    {
        LeadBits inMonth, inPrevious;
        const QString sql = u"SELECT h.lead_id, h.at, %1 FROM stage_history h%2 WHERE h.to_stage "
                            "= 'mql' AND h.at >= ? AND h.at < ?"_s.arg(groupColumn(group), join);
        auto read = scan(db, sql, {previousStart, monthEnd}, [&](const Row &r) {
            const qint64 id = r.integer(0);
            if (!filter->contains(id))
                return;
            const bool current = r.integer(1) >= monthStart;
            if ((current ? inMonth : inPrevious).insert(id)) {
                Kpis &k = rowOfGroup(groups.index(r, 2));
                ++(current ? k.qualifiedInMonth : k.qualifiedPreviousMonth);
            }
        });
        if (!read)
            return fail(read.error());
    }

    // Closes in the period: win rate, cycle length, won revenue and its marketing share.
    std::vector<QList<qint64>> cycles; // by group number
    QSet<QString> marketing;
    for (const QString &source : settingList(m_db, MarketingSourcesKey, defaultMarketingSources()))
        marketing.insert(source.toLower());
    std::unordered_map<std::string, bool> isMarketing; // by source as stored
    auto marketingSource = [&](std::string_view source) {
        auto it = isMarketing.find(std::string(source));
        if (it == isMarketing.end())
            it = isMarketing
                     .emplace(std::string(source),
                         marketing.contains(
                             QString::fromUtf8(source.data(), qsizetype(source.size())).toLower()))
                     .first;
        return it->second;
    };
    {
        const QString sql =
            u"SELECT h.lead_id, h.to_stage, MIN(h.at) - l.created_at, l.value, l.currency, "
            "l.source, %1 FROM stage_history h JOIN leads l ON l.id = h.lead_id WHERE h.to_stage "
            "IN ('won', 'lost') AND h.at >= ? AND h.at < ? AND l.deleted_at IS NULL GROUP BY "
            "h.lead_id, h.to_stage"_s.arg(groupColumn(group));
        auto read = scan(db, sql, {period.fromMs, period.toMs}, [&](const Row &r) {
            if (!filter->contains(r.integer(0)))
                return;
            const int g = groups.index(r, 6);
            Kpis &k = rowOfGroup(g);
            if (r.bytes(1) == "lost") {
                ++k.winRate.denominator;
                return;
            }
            ++k.winRate.numerator;
            ++k.winRate.denominator;
            ++k.wonDeals;
            at(cycles, size_t(g)).append(r.integer(2));
            if (!r.isNull(3) && inCurrency(r.bytes(4), cur8)) {
                const qint64 value = r.integer(3);
                k.wonRevenue += value;
                if (marketingSource(r.bytes(5)))
                    k.marketingWonRevenue += value;
            }
        });
        if (!read)
            return fail(read.error());
    }
    for (size_t g = 0; g < cycles.size(); ++g) {
        const QList<qint64> &list = cycles[g];
        if (list.isEmpty())
            continue;
        Kpis &k = rowOfGroup(int(g));
        qint64 sum = 0;
        for (qint64 ms : list)
            sum += ms;
        k.meanCycleMs = qRound64(double(sum) / double(list.size()));
        k.medianCycleMs = median(list);
    }

    // Pipeline now.
    const QHash<Stage, double> p = probabilities();
    {
        const QString sql =
            u"SELECT l.id, l.stage, l.value, l.currency, %1 FROM leads l WHERE l.stage IN ('sql', "
            "'opportunity') AND l.deleted_at IS NULL AND l.value IS NOT NULL"_s.arg(
                groupColumn(group));
        auto read = scan(db, sql, {}, [&](const Row &r) {
            if (!filter->contains(r.integer(0)))
                return;
            if (!inCurrency(r.bytes(3), cur8))
                return;
            Kpis &k = rowOfGroup(groups.index(r, 4));
            const qint64 value = r.integer(2);
            const Stage stage = r.bytes(1) == "sql" ? Stage::Sql : Stage::Opportunity;
            k.pipelineValue += value;
            k.weightedPipeline += qRound64(double(value) * p.value(stage));
        });
        if (!read)
            return fail(read.error());
    }

    // SLA and acceptance.
    auto sla = slaReport();
    if (!sla)
        return fail(sla.error());
    for (const SlaRow &s : sla->rows) {
        Kpis &k = row(s.group);
        k.slaMet = s.compliance;
        k.medianFirstContactMs = s.medianFirstContactMs;
        k.acceptance = s.acceptance;
    }

    if (group == GroupBy::Campaign) {
        auto campaignRows = campaigns(period);
        if (!campaignRows)
            return fail(campaignRows.error());
        for (const CampaignRow &c : *campaignRows) {
            if (!c.id || !rows.contains(c.name))
                continue;
            Kpis &k = row(c.name);
            k.cost = c.cost;
            k.costPerLead = c.costPerLead;
            k.costPerWon = c.costPerWon;
        }
    }

    if (rows.isEmpty())
        row(labels->label({}));
    QList<Kpis> out;
    for (Kpis &k : rows) {
        k.velocityMonth = monthLabel(monthStart, period.zone);
        if (k.qualifiedPreviousMonth > 0)
            k.leadVelocityRate = percentOf(double(k.qualifiedInMonth - k.qualifiedPreviousMonth),
                double(k.qualifiedPreviousMonth));
        k.marketingShare = percentOf(double(k.marketingWonRevenue), double(k.wonRevenue));
        out.append(k);
    }
    return out;
}

Result<Forecast> MetricsService::forecast(const Period &period) const
{
    Forecast f;
    f.period = period;
    f.currency = currency();
    const std::string currency8 = f.currency.toStdString();
    f.probabilities = probabilities();
    sqlite3 *db = bulk::sqliteHandle(m_db);
    auto filter = LeadFilter::load(db, m_segment);
    if (!filter)
        return fail(filter.error());

    // Every lead's entries into sql, opportunity and won, from the index on (to_stage, at), then
    // sorted by lead so that each lead's entries stand together.
    std::vector<DealEntry> entries;
    {
        auto read = scan(db,
            u"SELECT lead_id, to_stage, at FROM stage_history WHERE to_stage IN ('sql', "
            "'opportunity', 'won')"_s,
            {}, [&](const Row &r) {
                const qint64 id = r.integer(0);
                if (!filter->contains(id))
                    return;
                const std::string_view stage = r.bytes(1);
                const Stage entered = stage == "sql" ? Stage::Sql
                    : stage == "won"                 ? Stage::Won
                                                     : Stage::Opportunity;
                entries.push_back({id, r.integer(2), entered});
            });
        if (!read)
            return fail(read.error());
        std::ranges::sort(entries, {}, &DealEntry::lead);
    }
    // Historic time from entering sql / opportunity (the last entry before the win) to won, over
    // every won deal.
    {
        QList<qint64> fromSql, fromOpportunity;
        for (auto first = entries.begin(); first != entries.end();) {
            const qint64 id = first->lead;
            const auto last = std::find_if(
                first, entries.end(), [id](const DealEntry &e) { return e.lead != id; });
            const std::span<const DealEntry> lead(first, last);
            for (const DealEntry &won : lead) {
                if (won.stage != Stage::Won)
                    continue;
                if (const MaybeMs entered = latestEntry(lead, Stage::Sql, won.at))
                    fromSql.append(won.at - *entered);
                if (const MaybeMs entered = latestEntry(lead, Stage::Opportunity, won.at))
                    fromOpportunity.append(won.at - *entered);
            }
            first = last;
        }
        f.medianToWonMs.insert(Stage::Sql, median(fromSql));
        f.medianToWonMs.insert(Stage::Opportunity, median(fromOpportunity));
    }

    const qint64 nowMs = now();
    QMap<QPair<QString, int>, ForecastRow> rows;
    auto read = scan(db,
        u"SELECT l.id, l.stage, l.value, l.currency, l.created_at FROM leads l WHERE l.stage IN "
        "('sql', 'opportunity') AND l.deleted_at IS NULL"_s,
        {}, [&](const Row &r) {
            if (!filter->contains(r.integer(0)))
                return;
            if (!inCurrency(r.bytes(3), currency8)) {
                ++f.otherCurrencyDeals;
                return;
            }
            const Stage stage = r.bytes(1) == "sql" ? Stage::Sql : Stage::Opportunity;
            const qint64 value = r.integer(2);
            const qint64 weighted = qRound64(double(value) * f.probabilities.value(stage));
            ++f.openDeals;
            f.pipelineValue += value;
            f.weightedPipeline += weighted;
            const MaybeMs toWon = f.medianToWonMs.value(stage);
            if (!toWon) {
                ++f.unknownCloseDeals;
                return;
            }
            // Entry into the current stage: its last history row, else the creation.
            const auto range =
                std::ranges::equal_range(entries, r.integer(0), {}, &DealEntry::lead);
            const MaybeMs entered =
                latestEntry(std::span<const DealEntry>(range.begin(), range.end()), stage,
                    std::numeric_limits<qint64>::max());
            qint64 expected = entered.value_or(r.integer(4)) + *toWon;
            if (expected < nowMs) {
                ++f.overdueDeals;
                expected = nowMs;
            }
            if (!period.contains(expected))
                return;
            ++f.periodDeals;
            f.periodValue += value;
            f.periodWeighted += weighted;
            f.periodExpectedDeals += f.probabilities.value(stage);
            const QString month = monthLabel(expected, period.zone);
            ForecastRow &row = rows[{month, rankOfStage(stage)}];
            row.month = month;
            row.stage = stage;
            ++row.deals;
            row.value += value;
            row.weighted += weighted;
        });
    if (!read)
        return fail(read.error());
    f.rows = rows.values();
    return f;
}

Result<QList<CampaignRow>> MetricsService::campaigns(const Period &period) const
{
    sqlite3 *db = bulk::sqliteHandle(m_db);
    auto filter = LeadFilter::load(db, m_segment);
    if (!filter)
        return fail(filter.error());
    const Labels noLabels;
    Groups groups(GroupBy::Campaign, noLabels, true);
    Cohort cohort;
    if (auto read = readCohort(db, period, *filter, GroupBy::Campaign, groups, currency(), cohort);
        !read)
        return fail(read.error());
    QHash<qint64, CampaignRow> byId;
    CampaignRow none;
    none.name = trm("(no campaign)");
    for (int g = 0; g < groups.size(); ++g) {
        const RankCounts &counts = cohort.ranks[size_t(g)];
        CampaignRow &r = groups.value(g).isNull() ? none : byId[groups.value(g).toLongLong()];
        r.leads = reachedAtLeast(counts, 0);
        r.mqls = reachedAtLeast(counts, 2);
        r.won = reachedAtLeast(counts, 5);
        r.wonRevenue = cohort.wonValue[size_t(g)];
    }
    auto list =
        run(m_db, u"SELECT id, name, channel, cost, currency FROM campaigns ORDER BY name"_s);
    if (!list)
        return fail(list.error());
    QList<CampaignRow> out;
    while (list->next()) {
        CampaignRow r = byId.value(list->value(0).toLongLong());
        r.id = list->value(0).toLongLong();
        r.name = list->value(1).toString();
        r.channel = list->value(2).toString();
        r.cost = list->value(3).toLongLong();
        r.currency = list->value(4).toString();
        r.costPerLead = divideMoney(*r.cost, r.leads);
        r.costPerWon = divideMoney(*r.cost, r.won);
        out.append(r);
    }
    if (none.leads > 0)
        out.append(none);
    return out;
}

Result<SlaReport> MetricsService::sla(const Period &period, GroupBy group) const
{
    auto labels = Labels::load(m_db, group);
    if (!labels)
        return fail(labels.error());
    sqlite3 *db = bulk::sqliteHandle(m_db);
    auto filter = LeadFilter::load(db, m_segment);
    if (!filter)
        return fail(filter.error());
    Groups groups(group, *labels);
    SlaReport report;
    report.period = period;
    const qint64 nowMs = now();
    // By owner: the assignment's owner, read with the rest from the covering index
    // assignments_metrics; by source or campaign the lead's column.
    const bool byLead = group == GroupBy::Source || group == GroupBy::Campaign;
    std::vector<int> groupOf;
    if (byLead) {
        if (auto read = readLeadGroups(db, group, *filter, groups, groupOf); !read)
            return fail(read.error());
    }
    const QString sql =
        u"SELECT a.lead_id, %1, a.assigned_at, a.sla_due_at, a.first_contact_at, a.accepted_at "
        "IS NOT NULL, a.rejected_at IS NOT NULL, a.rejection_reason FROM assignments a WHERE "
        "a.assigned_at >= ? AND a.assigned_at < ?"_s.arg(
            group == GroupBy::Owner ? u"a.user_id"_s : u"NULL"_s);
    std::vector<SlaRow> byGroup;
    std::vector<QList<qint64>> firstContact;
    QHash<QString, qint64> reasons;
    auto read = scan(db, sql, {period.fromMs, period.toMs}, [&](const Row &row) {
        const qint64 id = row.integer(0);
        if (!filter->contains(id))
            return;
        int lead = -1;
        if (byLead && (id < 0 || size_t(id) >= groupOf.size() || (lead = groupOf[size_t(id)]) < 0))
            return;
        const size_t g = size_t(byLead ? lead : groups.index(row, 1));
        SlaRow &r = at(byGroup, g);
        ++r.assignments;
        const qint64 assigned = row.integer(2);
        const bool contacted = !row.isNull(4);
        const qint64 contact = row.integer(4);
        if (contacted)
            at(firstContact, g).append(contact - assigned);
        if (!row.isNull(3)) {
            ++r.withSla;
            const qint64 due = row.integer(3);
            if (contacted && contact <= due)
                ++r.met;
            else if (contacted || due <= nowMs)
                ++r.breached;
            else
                ++r.pending;
        }
        if (row.integer(5))
            ++r.accepted;
        if (row.integer(6)) {
            ++r.rejected;
            const QString reason = row.text(7).trimmed();
            ++reasons[reason.isEmpty() ? trm("(no reason given)") : reason];
        }
    });
    if (!read)
        return fail(read.error());
    QMap<QString, SlaRow> rows;
    for (size_t g = 0; g < byGroup.size(); ++g) {
        SlaRow r = byGroup[g];
        if (r.assignments == 0)
            continue; // a group met only in the leads' groups, not in an assignment
        r.group = groups.label(int(g));
        r.compliance = {r.met, r.met + r.breached};
        r.acceptance = {r.accepted, r.accepted + r.rejected};
        r.medianFirstContactMs =
            median(g < firstContact.size() ? firstContact[g] : QList<qint64>());
        rows.insert(r.group, r);
    }
    if (rows.isEmpty()) {
        SlaRow empty;
        empty.group = labels->label({});
        rows.insert(empty.group, empty);
    }
    report.rows = rows.values();
    for (auto it = reasons.begin(); it != reasons.end(); ++it)
        report.rejectionReasons.append({it.key(), it.value()});
    std::sort(report.rejectionReasons.begin(), report.rejectionReasons.end(),
        [](const auto &a, const auto &b) {
            return a.second != b.second ? a.second > b.second : a.first < b.first;
        });
    return report;
}

Result<Rates> MetricsService::ratesFromJson(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (!document.isObject())
        return fail(ErrorCode::Parse,
            trm("The rates are not a JSON object (%1 at byte %2).")
                .arg(error.errorString())
                .arg(error.offset));
    const QJsonObject object = document.object();
    const QStringList known {u"average_deal"_s, u"sql_to_won"_s, u"mql_to_sql"_s, u"lead_to_mql"_s,
        u"responses_per_lead"_s};
    Rates rates;
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!known.contains(it.key()))
            return fail(ErrorCode::Invalid,
                trm("Unknown rate \"%1\"; the rates are %2.").arg(it.key(), known.join(u", "_s)),
                it.key());
        const double value = it.value().toDouble(-1);
        const bool fraction = it.key() != u"average_deal"_s && it.key() != u"responses_per_lead"_s;
        if (!it.value().isDouble() || value <= 0 || (fraction && value > 1))
            return fail(ErrorCode::Invalid,
                fraction ? trm("The rate \"%1\" must be a number above 0 and at most 1 (0.25 for "
                               "25 %).")
                               .arg(it.key())
                         : trm("\"%1\" must be a number above 0.").arg(it.key()),
                it.key());
        if (it.key() == u"average_deal"_s)
            rates.averageDeal = qRound64(value * 100);
        else if (it.key() == u"sql_to_won"_s)
            rates.sqlToWon = value;
        else if (it.key() == u"mql_to_sql"_s)
            rates.mqlToSql = value;
        else if (it.key() == u"lead_to_mql"_s)
            rates.leadToMql = value;
        else
            rates.responsesPerLead = value;
    }
    return rates;
}

Result<Plan> MetricsService::plan(
    qint64 revenueGoal, const Period &period, const Rates &typed) const
{
    if (revenueGoal <= 0)
        return fail(ErrorCode::Invalid, trm("The revenue goal must be above 0."));
    Plan plan;
    plan.revenueGoal = revenueGoal;
    plan.period = period;
    plan.currency = currency();
    // Historic rates: the twelve months (in the period's zone) before the period begins.
    plan.historicWindow.zone = period.zone;
    plan.historicWindow.toMs = period.fromMs;
    plan.historicWindow.fromMs = startOfMonth(period.fromMs, period.zone, -12);
    const Period &window = plan.historicWindow;

    // The forecast reads the open deals and the history into sql, opportunity and won: on another
    // connection meanwhile.
    std::optional<std::future<Result<Forecast>>> forecastAside;
    if (canRunAside())
        forecastAside = runAside<Forecast>(
            m_db.connectionName(), [self = over(QSqlDatabase()), period](QSqlDatabase db) {
                return self.over(db).forecast(period);
            });

    sqlite3 *db = bulk::sqliteHandle(m_db);
    auto filter = LeadFilter::load(db, m_segment);
    if (!filter)
        return fail(filter.error());
    Rates historic;
    const Labels noLabels;
    Groups all(GroupBy::None, noLabels);
    Cohort cohort;
    if (auto read = readCohort(db, window, *filter, GroupBy::None, all, plan.currency, cohort);
        !read)
        return fail(read.error());
    const RankCounts counts = cohort.ranks.empty() ? RankCounts {} : cohort.ranks.front();
    const qint64 leads = reachedAtLeast(counts, 0);
    auto fraction = [](qint64 a, qint64 b) -> Maybe {
        if (b == 0 || a == 0)
            return std::nullopt;
        return double(a) / double(b);
    };
    historic.leadToMql = fraction(reachedAtLeast(counts, 2), leads);
    historic.mqlToSql = fraction(reachedAtLeast(counts, 3), reachedAtLeast(counts, 2));
    historic.sqlToWon = fraction(reachedAtLeast(counts, 5), reachedAtLeast(counts, 3));
    {
        qint64 deals = 0;
        double sum = 0;
        auto read = scan(db,
            u"SELECT l.id, l.value FROM leads l WHERE l.deleted_at IS NULL AND l.value IS NOT "
            "NULL AND (l.currency IS NULL OR l.currency = '' OR UPPER(l.currency) = ?) AND l.id "
            "IN (SELECT h.lead_id FROM stage_history h WHERE h.to_stage = 'won' AND h.at >= ? AND "
            "h.at < ?)"_s,
            {plan.currency, window.fromMs, window.toMs}, [&](const Row &r) {
                if (!filter->contains(r.integer(0)))
                    return;
                ++deals;
                sum += double(r.integer(1));
            });
        if (!read)
            return fail(read.error());
        if (deals > 0)
            historic.averageDeal = qRound64(sum / double(deals));
    }
    {
        const QStringList types = settingList(m_db, ResponseTypesKey, defaultResponseTypes());
        QVariantList binds;
        for (const QString &type : types)
            binds.append(type);
        binds << window.fromMs << window.toMs;
        qint64 responses = 0;
        const QString responseRows = u"FROM touchpoints t WHERE t.type IN (%1) AND t.occurred_at "
                                     ">= ? AND t.occurred_at < ?"_s.arg(bindMarks(types.size()));
        // Without a segment SQLite counts them (a year holds 100,000s), less those of the few
        // deleted leads; a segment's are checked lead by lead.
        auto read = filter->isSegment()
            ? scan(db, u"SELECT t.lead_id "_s + responseRows, binds,
                [&](const Row &r) {
                    if (filter->contains(r.integer(0)))
                        ++responses;
                })
            : scan(db,
                u"SELECT COUNT(*) "_s + responseRows
                    + u" AND t.lead_id NOT IN (SELECT id FROM leads INDEXED BY leads_deleted "
                      "WHERE deleted_at IS NOT NULL)"_s,
                binds, [&](const Row &r) { responses = r.integer(0); });
        if (!read)
            return fail(read.error());
        if (leads > 0 && responses > 0)
            historic.responsesPerLead = double(responses) / double(leads);
    }

    auto pick = [](const auto &typedValue, const auto &historicValue, QString &source) {
        source = typedValue ? u"typed"_s : u"historic"_s;
        return typedValue ? typedValue : historicValue;
    };
    QString averageSource, winSource, sqlSource, mqlSource, responseSource;
    const auto averageDeal = pick(typed.averageDeal, historic.averageDeal, averageSource);
    const Maybe sqlToWon = pick(typed.sqlToWon, historic.sqlToWon, winSource);
    const Maybe mqlToSql = pick(typed.mqlToSql, historic.mqlToSql, sqlSource);
    const Maybe leadToMql = pick(typed.leadToMql, historic.leadToMql, mqlSource);
    const Maybe responsesPerLead =
        pick(typed.responsesPerLead, historic.responsesPerLead, responseSource);
    QStringList missing;
    if (!averageDeal)
        missing << u"average_deal"_s;
    if (!sqlToWon)
        missing << u"sql_to_won"_s;
    if (!mqlToSql)
        missing << u"mql_to_sql"_s;
    if (!leadToMql)
        missing << u"lead_to_mql"_s;
    if (!responsesPerLead)
        missing << u"responses_per_lead"_s;
    if (!missing.isEmpty())
        return fail(ErrorCode::Invalid,
            trm("The history from %1 to %2 has no data for %3; type these rates in a JSON file "
                "and pass it with --rates FILE.")
                .arg(window.from().date().toString(Qt::ISODate),
                    window.to().date().toString(Qt::ISODate), missing.join(u", "_s)));

    auto fc = forecastAside ? forecastAside->get() : forecast(period);
    if (!fc)
        return fail(fc.error());
    // Open leads per stage from the stage index alone; deleted leads are taken off afterwards
    // (a segment is checked lead by lead).
    QHash<QString, qint64> open;
    {
        const QString stages = u"stage IN ('new', 'contacted', 'mql', 'sql', 'opportunity')"_s;
        auto read = filter->isSegment()
            ? scan(db, u"SELECT id, stage FROM leads WHERE "_s + stages, {},
                [&](const Row &r) {
                    if (filter->contains(r.integer(0)))
                        ++open[r.text(1)];
                })
            // One count per stage (an index range SQLite only counts: half the work of a GROUP
            // BY, which reads every entry's stage), less the deleted leads of the stage.
            : scan(db,
                u"SELECT s.column1, (SELECT COUNT(*) FROM leads l WHERE l.stage = s.column1) - "
                "(SELECT COUNT(*) FROM leads d INDEXED BY leads_deleted WHERE d.deleted_at IS NOT "
                "NULL AND d.stage = s.column1) FROM (VALUES ('new'), ('contacted'), ('mql'), "
                "('sql'), ('opportunity')) s"_s,
                {}, [&](const Row &r) { open[r.text(0)] += r.integer(1); });
        if (!read)
            return fail(read.error());
    }

    auto up = [](double x) {
        return qint64(std::ceil(x - 1e-9));
    };
    const qint64 revenueGap = std::max<qint64>(0, revenueGoal - fc->periodWeighted);
    PlanStep revenue {u"revenue"_s, revenueGoal, fc->periodWeighted, revenueGap, std::nullopt, {}};
    const qint64 deals = up(double(revenueGoal) / double(*averageDeal));
    const qint64 dealsGap = up(double(revenueGap) / double(*averageDeal));
    PlanStep dealStep {u"deals"_s, deals, qRound64(fc->periodExpectedDeals), dealsGap, std::nullopt,
        averageSource};
    PlanStep sqls {u"sqls"_s, up(deals / *sqlToWon),
        open.value(u"sql"_s) + open.value(u"opportunity"_s), up(dealsGap / *sqlToWon),
        *sqlToWon * 100, winSource};
    PlanStep mqls {u"mqls"_s, up(sqls.needed / *mqlToSql), open.value(u"mql"_s),
        up(sqls.gap / *mqlToSql), *mqlToSql * 100, sqlSource};
    PlanStep leadStep {u"leads"_s, up(mqls.needed / *leadToMql),
        open.value(u"new"_s) + open.value(u"contacted"_s), up(mqls.gap / *leadToMql),
        *leadToMql * 100, mqlSource};
    PlanStep responses {u"responses"_s, up(leadStep.needed * *responsesPerLead), std::nullopt,
        up(leadStep.gap * *responsesPerLead), *responsesPerLead, responseSource};
    plan.steps = {revenue, dealStep, sqls, mqls, leadStep, responses};
    return plan;
}

} // namespace lf
