#include "scorer.h"

#include "domain/normalizer.h"
#include "io/bulk.h"
#include "leads/leadservice.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>

#include <cmath>
#include <sqlite3.h>
#include <string>
#include <string_view>
#include <unordered_map>

using namespace Qt::StringLiterals;

namespace lf {

namespace {

QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("Scoring", text, nullptr, n);
}

constexpr double msPerDay = 86'400'000.0;
constexpr qsizetype maxEngagementRules = 64;

QString points(double value)
{
    return QString::number(value, 'f', std::abs(value - std::round(value)) < 0.05 ? 0 : 1);
}

} // namespace

// --- ScoreCard -----------------------------------------------------------------------------------

double ScoreCard::decayLost() const
{
    double lost = 0;
    // A magnitude per rule, like capLost(): decay shrinks negative rules too.
    for (const RuleOutcome &rule : rules)
        lost += std::abs(rule.points - rule.afterDecay);
    return lost;
}

double ScoreCard::capLost() const
{
    double lost = 0;
    // A magnitude per rule: what a cap held back from a negative rule must not cancel what another
    // cap took from a positive one.
    for (const RuleOutcome &rule : rules)
        lost += std::abs(rule.afterDecay - rule.counted);
    return lost;
}

QString ScoreCard::toText() const
{
    QString text;
    QTextStream out(&text);
    out << tr("Score %1 = fit %2 + engagement %3; grade %4.")
               .arg(score)
               .arg(fit)
               .arg(engagement)
               .arg(grade)
        << '\n';
    out << '\n' << tr("Fit (the lead's fields):") << '\n';
    bool any = false;
    for (const RuleOutcome &rule : rules) {
        if (rule.kind != ScoringRule::Kind::Fit)
            continue;
        any = true;
        out << "  " << (rule.counted >= 0 ? "+" : "") << points(rule.counted) << "  " << rule.name
            << "  (" << rule.condition << ")\n";
    }
    if (!any)
        out << "  " << tr("no fit rule applies") << '\n';
    out << '\n' << tr("Engagement (touchpoints):") << '\n';
    any = false;
    for (const RuleOutcome &rule : rules) {
        if (rule.kind != ScoringRule::Kind::Engagement)
            continue;
        any = true;
        out << "  " << (rule.counted >= 0 ? "+" : "") << points(rule.counted) << "  " << rule.name
            << "  " << tr("(%n touchpoint(s), %1 points", rule.matches).arg(points(rule.points));
        if (rule.halfLifeDays)
            out << tr(", %1 after decay with a %2-day half-life")
                       .arg(points(rule.afterDecay), points(*rule.halfLifeDays));
        if (rule.cap && std::abs(rule.afterDecay - rule.counted) > 1e-9)
            out << tr(", capped at %1").arg(*rule.cap);
        out << ")\n";
    }
    if (!any)
        out << "  " << tr("no engagement rule applies") << '\n';
    if (engagementRaw > 100.0 || engagementRaw < 0.0)
        out << "  " << tr("engagement %1 held to the 0-100 range").arg(points(engagementRaw))
            << '\n';
    out << '\n'
        << tr("Decay took away %1 points; caps held back %2.")
               .arg(points(decayLost()), points(capLost()))
        << '\n';
    out.flush();
    return text;
}

// --- ScoringModel --------------------------------------------------------------------------------

struct ScoringModel::Caches
{
    // Per fit rule: folded "is one of" values, the compiled pattern, answers by value seen.
    QList<QSet<QString>> fitValues;
    QList<QRegularExpression> fitPatterns;
    QList<LeadField> fitFields;
    mutable QList<QHash<QString, bool>> fitAnswers;
    // Per engagement rule: folded values.
    QList<QSet<QString>> engagementValues;
    QList<double> halfLifeMs;
};

ScoringModel::ScoringModel(
    const QList<ScoringRule> &rules, const QualificationDefinition &definition)
    : m_definition(definition)
    , m_caches(std::make_unique<Caches>())
{
    for (const ScoringRule &rule : rules) {
        if (!rule.enabled || !rule.validate())
            continue;
        if (rule.kind == ScoringRule::Kind::Fit) {
            const LeadField field = *rule.field();
            QSet<QString> values;
            for (const QString &value : rule.values) {
                // Countries by ISO code, folded like every other value: fitMatches folds the
                // lead's stored code ("DE" → "de") before the lookup.
                values.insert(field == LeadField::Country
                        ? Normalizer::countryCode(value).toCaseFolded()
                        : value.trimmed().toCaseFolded());
            }
            m_fit << rule;
            m_caches->fitFields << field;
            m_caches->fitValues << values;
            m_caches->fitPatterns << QRegularExpression(
                rule.pattern, QRegularExpression::CaseInsensitiveOption);
            m_caches->fitAnswers << QHash<QString, bool>();
        } else if (m_engagement.size() < maxEngagementRules) {
            QSet<QString> values;
            for (const QString &value : rule.values)
                values.insert(value.trimmed().toCaseFolded());
            m_engagement << rule;
            m_caches->engagementValues << values;
            m_caches->halfLifeMs << (rule.halfLifeDays ? *rule.halfLifeDays * msPerDay : 0.0);
        }
    }
}

ScoringModel::~ScoringModel() = default;
ScoringModel::ScoringModel(ScoringModel &&) noexcept = default;
ScoringModel &ScoringModel::operator=(ScoringModel &&) noexcept = default;

bool ScoringModel::fitMatches(qsizetype i, const QVariant &value) const
{
    const ScoringRule &rule = m_fit[i];
    if (value.isNull())
        return false;
    switch (rule.op) {
    case ScoringRule::Operator::Present:
        return !value.toString().trimmed().isEmpty();
    case ScoringRule::Operator::Range:
    case ScoringRule::Operator::AtLeast: {
        bool ok = false;
        double number = value.toDouble(&ok);
        if (!ok)
            return false;
        if (fieldInfo(m_caches->fitFields[i]).type == FieldType::Money)
            number /= 100.0; // rules speak whole currency units, leads store cents
        if (rule.min && number < *rule.min)
            return false;
        if (rule.op == ScoringRule::Operator::Range && rule.max && number > *rule.max)
            return false;
        return true;
    }
    case ScoringRule::Operator::In:
    case ScoringRule::Operator::Matches: {
        const QString text = value.toString();
        auto &answers = m_caches->fitAnswers[i];
        if (const auto it = answers.constFind(text); it != answers.cend())
            return *it;
        const bool match = rule.op == ScoringRule::Operator::In
            ? m_caches->fitValues[i].contains(text.trimmed().toCaseFolded())
            : m_caches->fitPatterns[i].match(text).hasMatch();
        if (answers.size() < 100'000)
            answers.insert(text, match);
        return match;
    }
    }
    return false;
}

quint64 ScoringModel::engagementMask(
    const QString &type, const QString &channel, const QString &campaign) const
{
    quint64 mask = 0;
    const QString folded[] = {type.trimmed().toCaseFolded(), channel.trimmed().toCaseFolded(),
        campaign.trimmed().toCaseFolded()};
    for (qsizetype i = 0; i < m_engagement.size(); ++i) {
        const QString &attribute = m_engagement[i].attribute;
        const int which = attribute == u"type"_s ? 0 : attribute == u"channel"_s ? 1 : 2;
        if (!folded[which].isEmpty() && m_caches->engagementValues[i].contains(folded[which]))
            mask |= quint64(1) << i;
    }
    return mask;
}

double ScoringModel::decayWeight(qsizetype i, qint64 ageMs) const
{
    const double halfLife = m_caches->halfLifeMs[i];
    if (halfLife <= 0 || ageMs <= 0)
        return 1.0;
    return std::exp2(-double(ageMs) / halfLife);
}

double ScoringModel::capped(qsizetype i, double total) const
{
    const auto &cap = m_engagement[i].cap;
    if (!cap)
        return total;
    return std::clamp(total, -double(*cap), double(*cap));
}

void ScoringModel::finish(ScoreCard &card) const
{
    card.engagement = int(std::clamp(std::lround(card.engagementRaw), 0L, 100L));
    card.score = card.fit + card.engagement;
    card.grade = m_definition.grade(card.fit);
}

ScoreCard ScoringModel::score(const Lead &lead, const QList<TouchFacts> &touches, qint64 now) const
{
    ScoreCard card;
    card.at = now;
    for (qsizetype i = 0; i < m_fit.size(); ++i) {
        if (!fitMatches(i, lead.value(m_caches->fitFields[i])))
            continue;
        const ScoringRule &rule = m_fit[i];
        card.fit += rule.points;
        card.rules << RuleOutcome {rule.id, rule.name, rule.kind, rule.condition(), 1,
            double(rule.points), double(rule.points), double(rule.points), std::nullopt,
            std::nullopt};
    }
    QList<RuleOutcome> engagement(m_engagement.size());
    for (const TouchFacts &touch : touches) {
        const quint64 mask = engagementMask(touch.type, touch.channel, touch.campaign);
        for (qsizetype i = 0; i < m_engagement.size(); ++i) {
            if (!(mask & (quint64(1) << i)))
                continue;
            RuleOutcome &outcome = engagement[i];
            outcome.matches += 1;
            outcome.points += m_engagement[i].points;
            outcome.afterDecay += m_engagement[i].points * decayWeight(i, now - touch.at);
        }
    }
    for (qsizetype i = 0; i < m_engagement.size(); ++i) {
        RuleOutcome &outcome = engagement[i];
        if (outcome.matches == 0)
            continue;
        const ScoringRule &rule = m_engagement[i];
        outcome.ruleId = rule.id;
        outcome.name = rule.name;
        outcome.kind = rule.kind;
        outcome.condition = rule.condition();
        outcome.cap = rule.cap;
        outcome.halfLifeDays = rule.halfLifeDays;
        outcome.counted = capped(i, outcome.afterDecay);
        card.engagementRaw += outcome.counted;
        card.rules << outcome;
    }
    finish(card);
    return card;
}

bool ScoringModel::promotesToMql(
    Stage stage, int previousScore, int score, qint64 nurtureUntil, qint64 now) const
{
    const int threshold = m_definition.mqlThreshold;
    if (!m_definition.autoMql || score < threshold)
        return false;
    switch (stage) {
    case Stage::New:
    case Stage::Contacted:
        return true;
    case Stage::Nurturing:
        return previousScore < threshold || (nurtureUntil > 0 && nurtureUntil <= now);
    default:
        return false;
    }
}

QString ScoringModel::mqlReason(int score) const
{
    return tr("Score %1 reached the MQL threshold %2 (qualification definition v%3).")
        .arg(score)
        .arg(m_definition.mqlThreshold)
        .arg(m_definition.version);
}

// --- ScoringService ------------------------------------------------------------------------------

namespace {

const QString mqlRule = u"mql_threshold"_s;

Status promote(QSqlDatabase &db, qint64 leadId, const QString &fromStage, qint64 version,
    const QString &reason, const QString &actor, qint64 now)
{
    const qint64 next = version + 1;
    if (auto done = bulk::exec(db,
            u"UPDATE leads SET stage = 'mql', version = ?, updated_at = ? "
            "WHERE id = ? AND version = ?"_s,
            {next, now, leadId, version}, tr("Cannot move lead %1 to MQL").arg(leadId));
        !done)
        return done;
    if (auto done = bulk::exec(db,
            u"INSERT INTO stage_history (lead_id, lead_version, from_stage, to_stage, at, "
            "actor, rule, reason) VALUES (?, ?, ?, 'mql', ?, ?, ?, ?)"_s,
            {leadId, next, fromStage, now, actor, mqlRule, reason},
            tr("Cannot write the stage history"));
        !done)
        return done;
    return bulk::exec(db,
        u"INSERT INTO audit_log (entity, entity_id, entity_version, action, field, old_value, "
        "new_value, actor, at) VALUES ('lead', ?, ?, 'update', 'stage', ?, 'mql', ?, ?)"_s,
        {leadId, next, fromStage, actor, now}, tr("Cannot write the audit log"));
}

} // namespace

ScoringService::ScoringService(QSqlDatabase db)
    : m_db(std::move(db))
    , m_actor(tr("Leadflow scoring"))
{
}

qint64 ScoringService::now() const
{
    return m_now > 0 ? m_now : QDateTime::currentMSecsSinceEpoch();
}

Result<ScoringModel> ScoringService::model() const
{
    auto rules = ScoringRuleStore(m_db).list();
    if (!rules)
        return fail(rules.error());
    auto definition = QualificationStore(m_db).current();
    if (!definition)
        return fail(definition.error());
    qsizetype engagement = 0;
    for (const ScoringRule &rule : std::as_const(*rules))
        engagement += rule.enabled && rule.kind == ScoringRule::Kind::Engagement ? 1 : 0;
    if (engagement > maxEngagementRules)
        return fail(ErrorCode::Invalid,
            tr("%1 engagement rules are enabled; Leadflow scores with at most %2. Disable or "
               "merge some.")
                .arg(engagement)
                .arg(maxEngagementRules));
    return ScoringModel(*rules, *definition);
}

Result<ScoreCard> ScoringService::explain(qint64 leadId) const
{
    auto scoring = model();
    if (!scoring)
        return fail(scoring.error());
    auto lead = LeadService(m_db).get(leadId, true);
    if (!lead)
        return fail(lead.error());
    QSqlQuery query(m_db);
    query.prepare(u"SELECT t.occurred_at, t.type, t.channel, c.name FROM touchpoints t "
                  "LEFT JOIN campaigns c ON c.id = t.campaign_id WHERE t.lead_id = ? "
                  "ORDER BY t.occurred_at"_s);
    query.addBindValue(leadId);
    if (!query.exec())
        return fail(databaseError(query, tr("Cannot read lead %1's touchpoints").arg(leadId)));
    QList<TouchFacts> touches;
    while (query.next()) {
        touches << TouchFacts {query.value(0).toLongLong(), query.value(1).toString(),
            query.value(2).toString(), query.value(3).toString()};
    }
    return scoring->score(*lead, touches, now());
}

Result<ScoringService::Outcome> ScoringService::rescore(qint64 leadId)
{
    Transaction transaction(m_db);
    if (auto begun = transaction.begin(); !begun)
        return fail(begun.error());
    auto scoring = model();
    if (!scoring)
        return fail(scoring.error());
    auto lead = LeadService(m_db).get(leadId, true);
    if (!lead)
        return fail(lead.error());
    auto card = explain(leadId);
    if (!card)
        return fail(card.error());
    Outcome outcome {*card, false, false};
    if (lead->isDeleted())
        return outcome;

    const int previousScore = int(lead->integer(LeadField::Score));
    if (previousScore != card->score || lead->integer(LeadField::FitScore) != card->fit
        || lead->integer(LeadField::EngagementScore) != card->engagement
        || lead->text(LeadField::Grade) != QString(card->grade)) {
        if (auto done = bulk::exec(m_db,
                u"UPDATE leads SET fit_score = ?, engagement_score = ?, score = ?, grade = ? "
                "WHERE id = ?"_s,
                {card->fit, card->engagement, card->score, QString(card->grade), leadId},
                tr("Cannot save lead %1's score").arg(leadId));
            !done)
            return fail(done.error());
        outcome.changed = true;
    }
    if (scoring->promotesToMql(lead->stage(), previousScore, card->score,
            lead->integer(LeadField::NurtureUntil), now())) {
        if (auto done = promote(m_db, leadId, lead->text(LeadField::Stage), lead->version(),
                scoring->mqlReason(card->score), m_actor, now());
            !done)
            return fail(done.error());
        outcome.promoted = true;
    }
    if (auto committed = transaction.commit(); !committed)
        return fail(committed.error());
    return outcome;
}

namespace {

struct StringHash
{
    using is_transparent = void;
    size_t operator()(std::string_view text) const { return std::hash<std::string_view> {}(text); }
};

std::string_view columnText(sqlite3_stmt *statement, int column)
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(statement, column));
    return text ? std::string_view(text, size_t(sqlite3_column_bytes(statement, column)))
                : std::string_view();
}

/// Answers per distinct raw value, so the bulk pass builds a QString once per value, not per row.
template<typename Answer, typename Compute>
Answer cachedByText(std::unordered_map<std::string, Answer, StringHash, std::equal_to<>> &cache,
    std::string_view key, Compute compute)
{
    if (const auto it = cache.find(key); it != cache.end())
        return it->second;
    const Answer answer = compute(QString::fromUtf8(key.data(), qsizetype(key.size())));
    if (cache.size() < 200'000)
        cache.emplace(std::string(key), answer);
    return answer;
}

struct Change
{
    qint64 id;
    qint64 version;
    int fit;
    int engagement;
    int score;
    char grade;
    bool changed; ///< the stored scores differ (a lead can also be here only to move to MQL)
    bool promote;
    Stage from;
};

} // namespace

Result<ScoringService::Totals> ScoringService::rescoreAll(Progress *progress)
{
    QElapsedTimer timer;
    timer.start();
    sqlite3 *handle = bulk::sqliteHandle(m_db);
    if (!handle)
        return fail(ErrorCode::Database, tr("Rescoring needs an SQLite database."));
    Transaction transaction(m_db);
    if (auto begun = transaction.begin(); !begun)
        return fail(begun.error());
    auto scoringModel = model();
    if (!scoringModel)
        return fail(scoringModel.error());
    const ScoringModel &scoring = *scoringModel;
    const qint64 at = now();
    Totals totals;

    QSqlQuery query(m_db);
    if (!query.exec(u"SELECT COALESCE(MAX(id), 0), COUNT(*) FROM leads"_s) || !query.next())
        return fail(databaseError(query, tr("Cannot count the leads")));
    const qint64 maxId = query.value(0).toLongLong();
    const qint64 leadCount = query.value(1).toLongLong();

    // 1. Engagement: every touchpoint once, in storage order, summed per lead and rule. In double,
    // as score() sums: float sums round differently at .5 (2.49999998 → 2.5 → 3 instead of 2).
    const qsizetype rules = scoring.engagementRules().size();
    std::vector<double> sums;
    if (rules > 0) {
        sums.assign(size_t(maxId + 1) * size_t(rules), 0.0);
        std::vector<quint64> campaignMask;
        if (!query.exec(u"SELECT id, name FROM campaigns"_s))
            return fail(databaseError(query, tr("Cannot read the campaigns")));
        while (query.next()) {
            const qint64 id = query.value(0).toLongLong();
            if (id < 0 || id > 10'000'000)
                continue;
            if (size_t(id) >= campaignMask.size())
                campaignMask.resize(size_t(id) + 1, 0);
            campaignMask[size_t(id)] = scoring.engagementMask({}, {}, query.value(1).toString());
        }
        std::unordered_map<std::string, quint64, StringHash, std::equal_to<>> typeMask;
        std::unordered_map<std::string, quint64, StringHash, std::equal_to<>> channelMask;
        std::vector<double> rulePoints;
        for (const ScoringRule &rule : scoring.engagementRules())
            rulePoints.push_back(double(rule.points));

        bulk::Statement touchpoints(
            handle, "SELECT lead_id, type, channel, campaign_id, occurred_at FROM touchpoints");
        if (!touchpoints)
            return fail(bulk::sqliteError(handle, tr("Cannot read the touchpoints")));
        sqlite3_stmt *statement = touchpoints.get();
        int step = SQLITE_ROW;
        while ((step = sqlite3_step(statement)) == SQLITE_ROW) {
            ++totals.touchpoints;
            const qint64 leadId = sqlite3_column_int64(statement, 0);
            quint64 mask = cachedByText(typeMask, columnText(statement, 1),
                [&](const QString &type) { return scoring.engagementMask(type, {}, {}); });
            mask |= cachedByText(channelMask, columnText(statement, 2),
                [&](const QString &channel) { return scoring.engagementMask({}, channel, {}); });
            if (sqlite3_column_type(statement, 3) == SQLITE_INTEGER) {
                const qint64 campaign = sqlite3_column_int64(statement, 3);
                if (campaign >= 0 && size_t(campaign) < campaignMask.size())
                    mask |= campaignMask[size_t(campaign)];
            }
            if (mask == 0 || leadId <= 0 || leadId > maxId)
                continue;
            const qint64 age = at - sqlite3_column_int64(statement, 4);
            double *lead = sums.data() + size_t(leadId) * size_t(rules);
            for (; mask; mask &= mask - 1) {
                const int i = std::countr_zero(mask);
                lead[i] += rulePoints[size_t(i)] * scoring.decayWeight(i, age);
            }
            if ((totals.touchpoints & 0xffff) == 0 && progress && progress->isCancelled())
                return fail(ErrorCode::Cancelled, tr("Rescoring was cancelled; no score changed."));
        }
        if (step != SQLITE_DONE)
            return fail(bulk::sqliteError(handle, tr("Cannot read the touchpoints")));
    }

    // 2. Fit from the leads' own fields, then the stored numbers compared with the new ones.
    QList<int> fitColumns;
    QByteArray select = "SELECT id, version, stage, score, fit_score, engagement_score, grade, "
                        "nurture_until";
    for (const ScoringRule &rule : scoring.fitRules()) {
        select += ", ";
        select += fieldInfo(*rule.field()).column;
        fitColumns << int(8 + fitColumns.size());
    }
    select += " FROM leads WHERE deleted_at IS NULL";
    std::vector<std::unordered_map<std::string, bool, StringHash, std::equal_to<>>> fitCache(
        size_t(fitColumns.size()));
    std::vector<Change> changes;
    {
        bulk::Statement leads(handle, select);
        if (!leads)
            return fail(bulk::sqliteError(handle, tr("Cannot read the leads")));
        sqlite3_stmt *statement = leads.get();
        int step = SQLITE_ROW;
        while ((step = sqlite3_step(statement)) == SQLITE_ROW) {
            ScoreCard card;
            const qint64 id = sqlite3_column_int64(statement, 0);
            for (qsizetype i = 0; i < fitColumns.size(); ++i) {
                const int column = fitColumns[i];
                bool match = false;
                switch (sqlite3_column_type(statement, column)) {
                case SQLITE_NULL:
                    break;
                case SQLITE_INTEGER:
                    match =
                        scoring.fitMatches(i, QVariant(sqlite3_column_int64(statement, column)));
                    break;
                case SQLITE_FLOAT:
                    match =
                        scoring.fitMatches(i, QVariant(sqlite3_column_double(statement, column)));
                    break;
                default:
                    match = cachedByText(fitCache[size_t(i)], columnText(statement, column),
                        [&](const QString &text) { return scoring.fitMatches(i, QVariant(text)); });
                }
                if (match)
                    card.fit += scoring.fitRules()[i].points;
            }
            if (rules > 0 && id > 0 && id <= maxId) {
                const double *lead = sums.data() + size_t(id) * size_t(rules);
                for (qsizetype i = 0; i < rules; ++i)
                    card.engagementRaw += scoring.capped(i, lead[i]);
            }
            scoring.finish(card);

            const int previousScore = sqlite3_column_int(statement, 3);
            const std::string_view grade = columnText(statement, 6);
            const Stage stage =
                stageFromString(QString::fromLatin1(columnText(statement, 2))).value_or(Stage::New);
            const bool promote = scoring.promotesToMql(
                stage, previousScore, card.score, sqlite3_column_int64(statement, 7), at);
            const bool changed = previousScore != card.score
                || sqlite3_column_int(statement, 4) != card.fit
                || sqlite3_column_int(statement, 5) != card.engagement || grade.size() != 1
                || grade[0] != char(card.grade.unicode());
            if (changed || promote) {
                changes.push_back(
                    Change {id, sqlite3_column_int64(statement, 1), card.fit, card.engagement,
                        card.score, char(card.grade.unicode()), changed, promote, stage});
            }
            ++totals.leads;
            if ((totals.leads & 0x3fff) == 0 && progress) {
                if (progress->isCancelled())
                    return fail(
                        ErrorCode::Cancelled, tr("Rescoring was cancelled; no score changed."));
                progress->update(totals.leads / 2, leadCount);
            }
        }
        if (step != SQLITE_DONE)
            return fail(bulk::sqliteError(handle, tr("Cannot read the leads")));
    }

    // 3. Write what changed.
    {
        bulk::Statement update(handle,
            "UPDATE leads SET fit_score = ?1, engagement_score = ?2, score = ?3, grade = ?4 "
            "WHERE id = ?5");
        bulk::Statement stage(
            handle, "UPDATE leads SET stage = 'mql', version = ?2, updated_at = ?3 WHERE id = ?1");
        bulk::Statement history(handle,
            "INSERT INTO stage_history (lead_id, lead_version, from_stage, to_stage, at, actor, "
            "rule, reason) VALUES (?1, ?2, ?3, 'mql', ?4, ?5, ?6, ?7)");
        bulk::Statement audit(handle,
            "INSERT INTO audit_log (entity, entity_id, entity_version, action, field, old_value, "
            "new_value, actor, at) VALUES ('lead', ?1, ?2, 'update', 'stage', ?3, 'mql', ?4, ?5)");
        if (!update || !stage || !history || !audit)
            return fail(bulk::sqliteError(handle, tr("Cannot save the scores")));
        const QByteArray actor = m_actor.toUtf8();
        const QByteArray rule = mqlRule.toUtf8();
        const auto run = [&](sqlite3_stmt *statement) {
            const int rc = sqlite3_step(statement);
            sqlite3_reset(statement);
            return rc == SQLITE_DONE;
        };
        qint64 written = 0;
        for (const Change &change : changes) {
            sqlite3_stmt *s = update.get();
            if (change.changed) {
                sqlite3_bind_int(s, 1, change.fit);
                sqlite3_bind_int(s, 2, change.engagement);
                sqlite3_bind_int(s, 3, change.score);
                sqlite3_bind_text(s, 4, &change.grade, 1, SQLITE_STATIC);
                sqlite3_bind_int64(s, 5, change.id);
                if (!run(s))
                    return fail(bulk::sqliteError(handle, tr("Cannot save the scores")));
                ++totals.changed;
            }
            if (change.promote) {
                const QByteArray from = stageKey(change.from).toUtf8();
                const QByteArray reason = scoring.mqlReason(change.score).toUtf8();
                const qint64 version = change.version + 1;
                s = stage.get();
                sqlite3_bind_int64(s, 1, change.id);
                sqlite3_bind_int64(s, 2, version);
                sqlite3_bind_int64(s, 3, at);
                if (!run(s))
                    return fail(bulk::sqliteError(handle, tr("Cannot move a lead to MQL")));
                s = history.get();
                sqlite3_bind_int64(s, 1, change.id);
                sqlite3_bind_int64(s, 2, version);
                sqlite3_bind_text(s, 3, from.constData(), int(from.size()), SQLITE_TRANSIENT);
                sqlite3_bind_int64(s, 4, at);
                sqlite3_bind_text(s, 5, actor.constData(), int(actor.size()), SQLITE_STATIC);
                sqlite3_bind_text(s, 6, rule.constData(), int(rule.size()), SQLITE_STATIC);
                sqlite3_bind_text(s, 7, reason.constData(), int(reason.size()), SQLITE_TRANSIENT);
                if (!run(s))
                    return fail(bulk::sqliteError(handle, tr("Cannot write the stage history")));
                s = audit.get();
                sqlite3_bind_int64(s, 1, change.id);
                sqlite3_bind_int64(s, 2, version);
                sqlite3_bind_text(s, 3, from.constData(), int(from.size()), SQLITE_TRANSIENT);
                sqlite3_bind_text(s, 4, actor.constData(), int(actor.size()), SQLITE_STATIC);
                sqlite3_bind_int64(s, 5, at);
                if (!run(s))
                    return fail(bulk::sqliteError(handle, tr("Cannot write the audit log")));
                ++totals.promoted;
            }
            if ((++written & 0x3fff) == 0 && progress) {
                if (progress->isCancelled())
                    return fail(
                        ErrorCode::Cancelled, tr("Rescoring was cancelled; no score changed."));
                progress->update(
                    leadCount / 2 + written * leadCount / qint64(2 * changes.size()), leadCount);
            }
        }
    }
    if (auto done = bulk::exec(m_db,
            u"INSERT INTO settings (key, value) VALUES ('scoring.rescored_at', ?) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s,
            {QString::number(at)}, tr("Cannot save the settings"));
        !done)
        return fail(done.error());
    // The checks above run every so many rows; a cancel that came in between (or before a pass
    // too small to reach one) still undoes everything.
    if (progress && progress->isCancelled())
        return fail(ErrorCode::Cancelled, tr("Rescoring was cancelled; no score changed."));
    if (auto committed = transaction.commit(); !committed)
        return fail(committed.error());
    if (progress)
        progress->update(leadCount, leadCount);
    totals.elapsedMs = timer.elapsed();
    return totals;
}

} // namespace lf
